package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;
import java.math.BigDecimal;

/**
 * One threshold of the desk review with its source, e.g. {@code TCE_TOLERANCE_PERCENT = 2 %}.
 *
 * @param code stable code, the key a province overrides
 * @param value the value in force (the default, or the province's)
 * @param unit as shown, e.g. {@code %}
 * @param nameZh the label forms show
 * @param min lowest value a province may set
 * @param max highest value a province may set
 * @param basis where the default comes from and how firm it is
 * @param overridden whether the province set the value (its basis is then the province's setting)
 */
public record DeskParameter(
        String code,
        BigDecimal value,
        String unit,
        String nameZh,
        BigDecimal min,
        BigDecimal max,
        Basis basis,
        boolean overridden) {

    public double doubleValue() {
        return value.doubleValue();
    }

    public int intValue() {
        return value.intValue();
    }

    /** Whether a verdict resting on this value must say it is unconfirmed. */
    public boolean unconfirmed() {
        return !overridden && basis.unconfirmed();
    }
}
