package cn.energyinspect.app.penalty;

import cn.energyinspect.rules.procedure.PenaltyProcedure;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Penalty settings under {@code energyinspect.penalty}; the statutory values come from the rules library ({@code
 * procedure/penalty-periods.csv}, with their sources), a province may set those the law leaves open.
 *
 * @param statementWorkingDays 陈述申辩 period (not fixed by law; 3 working days by default, UNCONFIRMED)
 * @param repairDecisionWorkingDays working days the agency takes to decide a repair request (UNCONFIRMED: 令第36号
 *     Chapter 3 not read)
 * @param openEndedValidity CF_YXQ (处罚有效期) of a penalty without an end of its own, e.g. a fine (2099-12-31,
 *     UNCONFIRMED practice of the exchange)
 * @param decisionWarningDays natural days from 立案 to the reminder before the 90-day limit
 */
@ConfigurationProperties("energyinspect.penalty")
public record PenaltyProperties(
        Integer statementWorkingDays,
        Integer repairDecisionWorkingDays,
        LocalDate openEndedValidity,
        Integer decisionWarningDays) {

    public PenaltyProperties {
        PenaltyProcedure rules = PenaltyProcedure.standard();
        statementWorkingDays = positive(
                statementWorkingDays,
                rules.period(PenaltyProcedure.STATEMENT_WORKING_DAYS).value());
        repairDecisionWorkingDays = positive(
                repairDecisionWorkingDays,
                rules.period(PenaltyProcedure.REPAIR_DECISION_WORKING_DAYS).value());
        openEndedValidity = openEndedValidity == null ? LocalDate.of(2099, 12, 31) : openEndedValidity;
        decisionWarningDays = positive(
                decisionWarningDays,
                rules.period(PenaltyProcedure.DECISION_WARNING_NATURAL_DAYS).value());
    }

    private static int positive(Integer value, int fallback) {
        return value == null || value <= 0 ? fallback : value;
    }
}
