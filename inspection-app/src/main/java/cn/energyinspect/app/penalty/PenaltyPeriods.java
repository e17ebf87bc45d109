package cn.energyinspect.app.penalty;

import cn.energyinspect.app.calendar.BusinessCalendar;
import cn.energyinspect.rules.calendar.Deadline;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import cn.energyinspect.rules.procedure.StatutoryPeriod;
import cn.energyinspect.workflow.PenaltyStart;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The periods of a penalty case as this deployment counts them: the rules library's statutory values, the settings a
 * province may change, and the working-day calendar in force (the same one the engine's timers read), so a date the API
 * shows is the date the timer fires on.
 */
@Component
public class PenaltyPeriods {
    private final PenaltyProcedure rules = PenaltyProcedure.standard();
    private final PenaltyProperties settings;
    private final BusinessCalendar calendar;

    PenaltyPeriods(PenaltyProperties settings, BusinessCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public PenaltyProcedure rules() {
        return rules;
    }

    public PenaltyProperties settings() {
        return settings;
    }

    /** The periods the procedure's timers count (for {@code PenaltyWorkflow.start…}). */
    public PenaltyStart.Periods forProcess() {
        return new PenaltyStart.Periods(
                settings.statementWorkingDays(),
                value(PenaltyProcedure.HEARING_REQUEST_WORKING_DAYS),
                value(PenaltyProcedure.DECISION_NATURAL_DAYS),
                settings.decisionWarningDays(),
                value(PenaltyProcedure.DECISION_SERVICE_WORKING_DAYS),
                value(PenaltyProcedure.PAYMENT_NATURAL_DAYS),
                value(PenaltyProcedure.DEMAND_WORKING_DAYS));
    }

    public int value(String code) {
        return rules.period(code).value();
    }

    public StatutoryPeriod period(String code) {
        return rules.period(code);
    }

    /** The last day of {@code days} working days after {@code from} (not counted). */
    public Deadline workingDays(LocalDate from, int days) {
        return calendar.provisional().addWorkingDays(from, days);
    }

    /** The last day of {@code days} natural days after {@code from}, rolled to the next working day. */
    public Deadline naturalDays(LocalDate from, int days) {
        return calendar.provisional().addNaturalDays(from, days, true);
    }

    /** Working days from {@code from} to {@code to} (0 on the same day). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.provisional().workingDaysBetween(from, to);
    }

    public LocalDate decisionLimit(LocalDate registeredOn) {
        return naturalDays(registeredOn, value(PenaltyProcedure.DECISION_NATURAL_DAYS))
                .deadline();
    }

    public LocalDate statementDeadline(LocalDate noticeServedOn) {
        return workingDays(noticeServedOn, settings.statementWorkingDays()).deadline();
    }

    public LocalDate hearingDeadline(LocalDate noticeServedOn) {
        return workingDays(noticeServedOn, value(PenaltyProcedure.HEARING_REQUEST_WORKING_DAYS))
                .deadline();
    }

    public LocalDate paymentDue(LocalDate servedOn) {
        return naturalDays(servedOn, value(PenaltyProcedure.PAYMENT_NATURAL_DAYS))
                .deadline();
    }

    /** The last day to challenge the decision: the 6-month 起诉期限 (the reading of 行政强制法 Art. 53, UNCONFIRMED). */
    public LocalDate challengePeriodEnds(LocalDate servedOn) {
        return servedOn.plusMonths(value(PenaltyProcedure.CHALLENGE_MONTHS));
    }

    public LocalDate publicationDue(LocalDate decidedOn) {
        return workingDays(decidedOn, value(PenaltyProcedure.PUBLICATION_WORKING_DAYS))
                .deadline();
    }

    public LocalDate withdrawalDue(LocalDate changedOn) {
        return workingDays(changedOn, value(PenaltyProcedure.WITHDRAWAL_WORKING_DAYS))
                .deadline();
    }

    public LocalDate repairDecisionDue(LocalDate requestedOn) {
        return workingDays(requestedOn, settings.repairDecisionWorkingDays()).deadline();
    }
}
