package cn.energyinspect.workflow;

import java.time.LocalDate;

/**
 * What the approval processes tell the application; implemented by inspection-app. Each call runs inside the engine's
 * transaction: throw on a technical failure and the engine rolls back, retries and finally raises an incident.
 * Implementations must be idempotent, since a retried job calls again. {@code programme} is {@code
 * CAPACITY_REPLACEMENT} or {@code WHITE_LIST}.
 */
public interface ApprovalPort {

    /** The 公示 of a window of working days, both end dates counted (programmes.md §0.2). */
    record PublicityWindow(LocalDate firstDay, int workingDays) {
        public PublicityWindow {
            if (workingDays < 1) {
                throw new IllegalArgumentException("a 公示 lasts at least one working day, was " + workingDays);
            }
        }
    }

    /** The province passed the application (after the hearing, if any): publish it; answers the window. */
    PublicityWindow publicityStarts(String programme, long applicationId);

    /** The 公示's last day ended; answers whether objections are still open. */
    boolean publicityEnded(String programme, long applicationId);

    /** Approved: issue the 公告 and 批复; answers the day the first follow-up is due (shut-down, or re-assessment). */
    LocalDate approved(String programme, long applicationId);

    /** Refused at review, withdrawn on an objection, or refused by the decision. */
    void refused(String programme, long applicationId);

    /** A follow-up milestone ({@code ApprovalSkeleton.Milestones}) passed its due day unconfirmed: open a case. */
    void milestoneOverdue(String programme, long applicationId, String milestone);

    /** Every follow-up confirmed. */
    void completed(String programme, long applicationId);

    /** Suspended or withdrawn ({@code SUSPEND}, {@code WITHDRAW}) after the decision or during the 公示. */
    void revoked(String programme, long applicationId, String kind);

    /** A listing kept at its re-assessment; answers the next re-assessment day. */
    LocalDate listingRenewed(String programme, long applicationId);

    /** A listing ended at its re-assessment. */
    void delisted(String programme, long applicationId);
}
