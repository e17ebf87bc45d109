package cn.energyinspect.workflow;

/**
 * What the filing round tells the application; implemented by inspection-app. Each call runs inside the engine's
 * transaction: throw on a technical failure and the engine retries the job, then raises an incident. Implementations
 * must be idempotent, since a retried job calls again.
 */
public interface ReportRoundPort {

    /** {@code workingDaysBefore} working days are left to the due day: remind the units that have not filed. */
    void remind(long roundId, int workingDaysBefore);

    /** The due day ended: list the units that have not filed (each a candidate for an Art. 82 case). */
    void listMissing(long roundId);

    /** The province closed the round. */
    void closed(long roundId);
}
