package cn.energyinspect.workflow;

/**
 * What the site-inspection process tells the application; implemented by inspection-app. Each call runs inside the
 * engine's transaction (same DataSource): throw on a technical failure and the engine rolls back, retries the job and
 * finally raises an incident. Implementations must be idempotent, since a retried job calls again.
 */
public interface CaseLifecyclePort {

    /** The enterprise made no statement (陈述) within the statement period; the case goes on to the notice. */
    void statementPeriodOver(long caseId);

    /**
     * The rectification notice is still not served 15 days after the inspection ended: tell the agency's supervisors
     * (the limit is 20 days).
     */
    void noticeServiceEscalated(long caseId);

    /** The 20-day limit to serve the rectification notice passed: mark the case late (the process goes on). */
    void noticeServiceLate(long caseId);

    /**
     * The rectification deadline passed without an answer: record the referral for 行政处罚 and tell the supervisors.
     * {@link #closed} with {@code REFERRED_FOR_PENALTY} follows in the same transaction.
     */
    void referredForPenalty(long caseId);

    /**
     * The case left the process.
     *
     * @param outcome {@code CLOSED_NO_FINDINGS}, {@code CLOSED_RECTIFIED} or {@code REFERRED_FOR_PENALTY} (see {@code
     *     SiteInspectionProcess.Outcomes})
     */
    void closed(long caseId, String outcome);

    /** An approved withdrawal (撤销立案) ended every open step of the case: close it as withdrawn. */
    void withdrawn(long caseId);
}
