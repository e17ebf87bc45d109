package cn.energyinspect.rules.basis;

import java.util.List;

/**
 * Bad input to a rule (negative output, unknown product code, missing condition a correction needs). Lists every
 * problem found, never a wrong grade. Business outcomes (over quota, rejected) are results, not exceptions.
 */
public final class InvalidInputException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(v.field()).append(": ").append(v.message());
        }
        return text.toString();
    }
}
