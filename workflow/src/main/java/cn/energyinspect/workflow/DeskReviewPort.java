package cn.energyinspect.workflow;

/**
 * What the desk-review process tells the application; implemented by inspection-app. Each call runs inside the
 * engine's transaction; implementations must be idempotent (a retried job calls again).
 */
public interface DeskReviewPort {

    /** The desk case ends (see {@code DeskReviewProcess.Outcomes}). */
    void closed(long caseId, String outcome);

    /** The enterprise sent nothing by the end of the answer day: recorded, the review goes on without it. */
    void answerPeriodOver(long caseId);

    /** The review ordered rectification: continue the case at its rectification notice. */
    void rectificationOrdered(long caseId);

    /** The review escalated to an on-site inspection: open it, and close this case. */
    void escalated(long caseId);
}
