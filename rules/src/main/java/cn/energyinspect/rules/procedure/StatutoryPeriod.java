package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;

/**
 * A period or count of the procedure with its source.
 *
 * @param code e.g. {@code NOTICE_DAYS_BEFORE_VISIT}
 * @param value the number
 * @param unit natural days, working days or persons
 */
public record StatutoryPeriod(String code, int value, Unit unit, Basis basis) {
    public enum Unit {
        NATURAL_DAYS,
        WORKING_DAYS,
        PERSONS
    }

    public boolean unconfirmed() {
        return basis.unconfirmed();
    }
}
