package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;

/**
 * A period or count of the procedure with its source.
 *
 * @param code e.g. {@code NOTICE_DAYS_BEFORE_VISIT}
 * @param value the number
 * @param unit natural days, working days, persons, months or a per-cent rate
 */
public record StatutoryPeriod(String code, int value, Unit unit, Basis basis) {
    public enum Unit {
        NATURAL_DAYS,
        WORKING_DAYS,
        PERSONS,
        /** Calendar months, to the same day of the month. */
        MONTHS,
        /** A rate in per cent (the 加处罚款 per day). */
        PERCENT
    }

    public boolean unconfirmed() {
        return basis.unconfirmed();
    }
}
