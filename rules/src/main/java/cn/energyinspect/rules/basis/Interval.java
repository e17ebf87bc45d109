package cn.energyinspect.rules.basis;

/** A numeric range in interval notation as written in the data files: {@code [50,70)}, {@code (25,)}, {@code [0,1]}. */
public record Interval(double low, boolean lowInclusive, double high, boolean highInclusive, String text) {

    public static Interval parse(String text) {
        String t = text.trim();
        if (t.length() < 3 || "[(".indexOf(t.charAt(0)) < 0 || "])".indexOf(t.charAt(t.length() - 1)) < 0) {
            throw new IllegalArgumentException("not an interval like [0,50): " + text);
        }
        int comma = t.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("not an interval like [0,50): " + text);
        }
        String low = t.substring(1, comma).trim();
        String high = t.substring(comma + 1, t.length() - 1).trim();
        return new Interval(
                low.isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(low),
                t.charAt(0) == '[',
                high.isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(high),
                t.charAt(t.length() - 1) == ']',
                t);
    }

    public boolean contains(double x) {
        return (lowInclusive ? x >= low : x > low) && (highInclusive ? x <= high : x < high);
    }

    /** An interval written as an empty cell: every value. */
    public static Interval any() {
        return new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, "(,)");
    }

    /** {@code any()} for a blank cell, else the parsed interval. */
    public static Interval parseOrAny(String text) {
        return text == null || text.isBlank() ? any() : parse(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
