package cn.energyinspect.rules.basis;

/**
 * How firm a sourced value is, as tagged in the domain brief (regulations.md). A result that rests on an {@link
 * #UNCONFIRMED} value must say so to its reader.
 */
public enum Confidence {
    /** Checked against the stored full text of the law or rule. */
    LAW,
    /** Checked against a public web page quoting the rule. */
    PAGE,
    /** Checked against a third-party transcription of the standard; re-check before go-live. */
    THIRD_PARTY,
    /** Not verified against a source: configurable placeholder, reported as such. */
    UNCONFIRMED;

    /** Parses the tags used in the data files: {@code LAW}, {@code PAGE}, {@code 3P}, {@code UNCONFIRMED}. */
    public static Confidence fromTag(String tag) {
        return switch (tag.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "LAW" -> LAW;
            case "PAGE" -> PAGE;
            case "3P", "THIRD_PARTY" -> THIRD_PARTY;
            case "UNCONFIRMED", "U" -> UNCONFIRMED;
            default -> throw new IllegalArgumentException("unknown confidence tag: " + tag);
        };
    }

    /** The weaker of two confidences: a result is only as firm as its weakest input. */
    public Confidence weakest(Confidence other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
