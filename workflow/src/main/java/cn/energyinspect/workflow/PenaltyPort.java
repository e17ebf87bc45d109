package cn.energyinspect.workflow;

/**
 * What the penalty process ({@code penalty.bpmn}) tells the application; implemented by inspection-app. Each call runs
 * inside the engine's transaction: throw on a technical failure and the job is retried, then an incident is raised.
 * Implementations must be idempotent, since a retried job calls again.
 */
public interface PenaltyPort {

    /** The party made no statement (陈述申辩) within its period; the procedure goes on. */
    void partyStatementPeriodOver(long penaltyId);

    /** The day of the reminder before the 90-day decision limit: tell the agency's supervisors. */
    void decisionDue(long penaltyId);

    /** The 90 days from 立案 passed without a decision: mark the case late (the procedure goes on). */
    void decisionLate(long penaltyId);

    /** The decision was not served within 7 working days: mark it late (service goes on). */
    void serviceLate(long penaltyId);

    /**
     * The decision was served: compose its credit record and start its publication through {@link
     * PenaltyWorkflow#startPublication} (idempotent).
     */
    void decisionServed(long penaltyId);

    /** The 15 days to pay passed: 加处罚款 accrues from the next day. */
    void paymentOverdue(long penaltyId);

    /**
     * The penalty case left the process.
     *
     * @param outcome one of {@code PenaltyProcess.Outcomes}
     */
    void penaltyClosed(long penaltyId, String outcome);
}
