package cn.energyinspect.app.notification;

/** What a message is about; its display name is in the dictionary ({@code noticeKind}). */
public enum NoticeKind {
    TASK_OFFERED,
    DEADLINE_APPROACHING,
    DEADLINE_PASSED,
    STATEMENT_PERIOD_OVER,
    NOTICE_SERVICE_ESCALATED,
    NOTICE_SERVICE_LATE,
    REFERRED_FOR_PENALTY,
    PLAN_SPLIT,
    ENTERPRISE_ANSWERED,
    CONFLICT_DECLARED,
    CONFLICT_DECIDED
}
