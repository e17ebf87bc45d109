package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Interval;
import java.util.List;

/**
 * A plant condition the grading accepts (rules/quota/conditions.csv): its kind, accepted range or choices, unit and
 * Chinese name.
 *
 * @param kind NUMBER (any value in range), FLAG (0 or 1) or CHOICE (one of {@code choices})
 * @param choices the accepted values of a CHOICE condition, otherwise empty
 */
record ConditionSpec(
        String name, Kind kind, Interval range, List<Double> choices, String unit, String nameZh, String description) {

    enum Kind {
        NUMBER,
        FLAG,
        CHOICE
    }

    boolean flag() {
        return kind == Kind.FLAG;
    }

    /** The problem with {@code value} (in Chinese, for the person who entered it), or {@code null} when acceptable. */
    String problemWith(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "须为有限数值";
        }
        if (flag() && value != 0 && value != 1) {
            return "须为 0（否）或 1（是）";
        }
        if (kind == Kind.CHOICE && !choices.contains(value)) {
            return "须为 " + choicesText() + " 之一" + (unit.isEmpty() ? "" : "（" + unit + "）") + "，实为 " + value;
        }
        if (!range.contains(value)) {
            return "须在 " + range + (unit.isEmpty() ? "" : " " + unit) + " 之内，实为 " + value;
        }
        return null;
    }

    String choicesText() {
        StringBuilder text = new StringBuilder();
        for (Double c : choices) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(c == Math.rint(c) ? String.valueOf(c.longValue()) : String.valueOf(c));
        }
        return text.toString();
    }

    /** The public view of this condition. */
    QuotaCondition describe(boolean required) {
        return new QuotaCondition(name, nameZh, kind.name(), range.toString(), choices, unit, required, description);
    }
}
