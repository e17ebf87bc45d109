package cn.energyinspect.rules.quota;

/** A plant condition the grading accepts (rules/quota/conditions.csv): its range and unit. */
record ConditionSpec(String name, boolean flag, Interval range, String unit, String description) {

    /** The problem with {@code value}, or {@code null} when it is acceptable. */
    String problemWith(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "must be a finite number";
        }
        if (flag && value != 0 && value != 1) {
            return "must be 0 (no) or 1 (yes)";
        }
        if (!range.contains(value)) {
            return "must lie in " + range + (unit.isEmpty() ? "" : " " + unit) + ", was " + value;
        }
        return null;
    }
}
