package cn.energyinspect.app.penalty;

import cn.energyinspect.app.dictionary.DisplayNames;

/**
 * Where a penalty case stands, kept in our table so lists never scan Camunda; which status may follow which is {@link
 * PenaltyTransitions}'s, the names people read are the dictionary's.
 */
public enum PenaltyStatus {
    /** Referred (or opened by hand), awaiting 立案审批. */
    REFERRED,
    /** 立案: under investigation. */
    INVESTIGATING,
    /** 案件审核 (法制审核). */
    UNDER_REVIEW,
    /** 事先告知书 served: the party's statement and hearing periods run. */
    NOTIFIED,
    /** The party asked for a hearing. */
    HEARING,
    /** 行政处罚决定书 made, not yet served. */
    DECIDED,
    /** Served: the 15 days to pay run. */
    SERVED,
    /** Not paid in time: 加处罚款 accrues, 催告 and court enforcement follow. */
    PAYMENT_OVERDUE,
    /** Paid: awaiting 结案审批. */
    PAID,
    CLOSED,
    NOT_REGISTERED,
    NO_PENALTY,
    TRANSFERRED,
    WITHDRAWN,
    REVOKED;

    public String label() {
        return DisplayNames.of(DisplayNames.Category.PENALTY_STATUS, name());
    }

    /** No step of the procedure follows (a closed case may still be revoked by a court). */
    public boolean isFinal() {
        return this == CLOSED
                || this == NOT_REGISTERED
                || this == NO_PENALTY
                || this == TRANSFERRED
                || this == WITHDRAWN
                || this == REVOKED;
    }

    /** A decision exists and stands. */
    public boolean decided() {
        return this == DECIDED || this == SERVED || this == PAYMENT_OVERDUE || this == PAID || this == CLOSED;
    }
}
