package cn.energyinspect.rules.identifier;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * 统一社会信用代码 (GB 32100-2015): 1 registration authority, 2 organisation type, 3–8 GB/T 2260 region code, 9–17
 * subject identifier (GB 11714 organisation code), 18 check character = (31 − Σ value·3^(i−1) mod 31) mod 31.
 */
public final class UnifiedSocialCreditCode {
    static final int LENGTH = 18;

    /** The algorithm is the standard itself, so its basis lives here rather than in a data file. */
    static final Basis BASIS = new Basis(
            "GB 32100",
            "2015",
            "代码结构; 校验码",
            null,
            null,
            Confidence.THIRD_PARTY,
            "GB 32100-2015 code structure and check character as implemented by Hutool CreditCodeUtil and independent"
                    + " validators, recomputed on 91350100M000100Y43");

    private UnifiedSocialCreditCode() {}

    /**
     * The code as people type it, in the form the register keeps: full-width characters folded to half-width (NFKC),
     * letters in upper case, surrounding blanks removed. {@code ９１３３…ａ} and {@code 9133…a} both become {@code 9133…A};
     * the result is still to be {@link #check checked}. {@code null} stays {@code null}.
     */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        return java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC)
                .strip()
                .toUpperCase(java.util.Locale.ROOT);
    }

    /** Checks {@code code}; a malformed code is a result with {@code valid = false}, never an exception. */
    public static UsccCheck check(String code) {
        if (code == null) {
            throw InvalidInputException.of("code", "统一社会信用代码不能为空");
        }
        List<String> errors = new ArrayList<>();
        if (code.length() != LENGTH) {
            errors.add("长度应为18位，实际为" + code.length() + "位");
        }
        errors.addAll(characterErrors(code));
        String expected = null;
        // the first 17 characters can be weighted even when the code is one short or its 18th character is foreign
        if (code.length() >= LENGTH - 1
                && characterErrors(code.substring(0, LENGTH - 1)).isEmpty()) {
            expected = String.valueOf(UsccAlphabet.checkCharacter(code));
        }
        if (errors.isEmpty() && code.charAt(LENGTH - 1) != expected.charAt(0)) {
            errors.add("校验码应为" + expected + "，实际为" + code.charAt(LENGTH - 1));
        }
        if (!errors.isEmpty()) {
            return new UsccCheck(code, false, errors, null, expected, null, BASIS);
        }
        boolean organisationCode = OrganisationCode.isConsistent(code.substring(8, 17));
        return new UsccCheck(code, true, List.of(), code.substring(2, 8), expected, organisationCode, BASIS);
    }

    /**
     * The check character for the first 17 characters of a code, e.g. {@code "3"} for {@code 91350100M000100Y4}.
     *
     * @throws InvalidInputException when {@code first17} does not have 17 characters of the GB 32100 structure
     */
    public static String checkCharacterFor(String first17) {
        List<Violation> violations = new ArrayList<>();
        if (first17 == null || first17.length() != LENGTH - 1) {
            violations.add(new Violation("first17", "应为17位，实际为" + (first17 == null ? "空" : first17.length() + "位")));
        }
        if (first17 != null) {
            characterErrors(first17).forEach(message -> violations.add(new Violation("first17", message)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return String.valueOf(UsccAlphabet.checkCharacter(first17));
    }

    /** Positions 3–8 must be digits, every other position a character of the set. */
    private static List<String> characterErrors(String code) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < Math.min(code.length(), LENGTH); i++) {
            char c = code.charAt(i);
            boolean regionPosition = i >= 2 && i <= 7;
            if (regionPosition && (c < '0' || c > '9')) {
                errors.add("第" + (i + 1) + "位应为数字（第3–8位是行政区划码），实际为“" + c + "”");
            } else if (!regionPosition && UsccAlphabet.valueOf(c) < 0) {
                errors.add("第" + (i + 1) + "位“" + c + "”不在代码字符集内（0–9及除I、O、S、V、Z外的大写字母）");
            }
        }
        return errors;
    }
}
