package cn.energyinspect.app.inspection;

import java.time.Instant;

/**
 * A case list query: the caller's filters, always narrowed by its jurisdiction (scope prefix, own enterprise).
 *
 * @param openedFrom first instant of the first business day of the period, or {@code null}
 * @param openedToExclusive first instant after the last business day of the period, or {@code null}
 * @param findingKind only cases with at least one finding of this kind, or {@code null}
 * @param enterpriseText part of the enterprise's name, or the start of its code, or {@code null}
 * @param industryPrefix only cases of enterprises whose GB/T 4754 code starts with this, or {@code null}
 */
public record CaseQuery(
        String scopePrefix,
        String scopeUscc,
        CaseStatus status,
        String regionPrefix,
        InspectionType type,
        String enterpriseUscc,
        String enterpriseText,
        Instant openedFrom,
        Instant openedToExclusive,
        Long campaignId,
        String findingKind,
        String industryPrefix,
        int offset,
        int limit) {}
