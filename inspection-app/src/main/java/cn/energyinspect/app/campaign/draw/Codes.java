package cn.energyinspect.app.campaign.draw;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Codes that are sorted or joined into keys are restricted to ASCII, so that Java's string order, byte order and
 * code-point order agree and any verifier, in any language, sorts the same way.
 */
final class Codes {
    private static final Pattern USCC = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z._@-]{1,64}");

    private Codes() {}

    static String uscc(String value) {
        Objects.requireNonNull(value, "uscc");
        if (!USCC.matcher(value).matches()) {
            throw new IllegalArgumentException("统一社会信用代码 must be 18 characters [0-9A-Z]: " + value);
        }
        return value;
    }

    static String code(String field, String value) {
        Objects.requireNonNull(value, field);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1-64 characters [0-9A-Za-z._@-]: " + value);
        }
        return value;
    }
}
