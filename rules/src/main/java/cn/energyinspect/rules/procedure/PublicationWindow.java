package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;
import java.time.LocalDate;

/**
 * How long a penalty record is published and from when its credit may be repaired, under the regime in force on the
 * decision date.
 *
 * @param regime {@code R527}, {@code L58} or {@code L36}
 * @param regimeName e.g. 国家发展改革委令第36号
 * @param repairFrom the first day a repair (信用修复) may be applied for: the minimum period has passed
 * @param publicUntil the last day the record is published (CF_GSJZQ); it stops by itself after this day
 * @param optional true when the regime publishes the tier only where the agency finds it necessary (令第36号 轻微)
 * @param basis the regime's row: instrument, clause, confidence, source
 */
public record PublicationWindow(
        String regime,
        String regimeName,
        SeverityTier tier,
        LocalDate decidedOn,
        LocalDate repairFrom,
        LocalDate publicUntil,
        boolean optional,
        Basis basis) {

    /** Whether the record is still published on {@code day}. */
    public boolean publishedOn(LocalDate day) {
        return !day.isBefore(decidedOn) && !day.isAfter(publicUntil);
    }
}
