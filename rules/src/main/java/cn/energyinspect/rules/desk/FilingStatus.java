package cn.energyinspect.rules.desk;

/** Whether a unit that had to file did, by the round's due date. */
public enum FilingStatus {
    ON_TIME,
    /** Filed after the due date (accepted, and a signal). */
    LATE,
    /** No report at the due date. */
    NOT_FILED
}
