package cn.energyinspect.app.penalty;

/**
 * Filters of the penalty list, with the caller's scope (region prefix; an enterprise's own code) always applied.
 *
 * @param publication a publication status ({@code PENDING}, {@code PUBLISHED} …), or null
 * @param enterprise part of the party's name or its code
 */
public record PenaltyQuery(
        String scopePrefix,
        String scopeUscc,
        PenaltyStatus status,
        String articleCode,
        String publication,
        String enterprise,
        int limit,
        int offset) {}
