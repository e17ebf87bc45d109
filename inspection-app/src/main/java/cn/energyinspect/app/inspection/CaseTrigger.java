package cn.energyinspect.app.inspection;

/** Why a case was opened. Complaints, spot checks and transfers skip the written notice (regulations.md §1.2). */
public enum CaseTrigger {
    CAMPAIGN,
    COMPLAINT,
    TRANSFER,
    MANUAL,
    SPOT_CHECK,
    /** 书面监察 opened from the screening of an 能源利用状况报告 (starts in the desk-review process). */
    DESK_SCREENING,
    /** An on-site inspection a desk review escalated to. */
    DESK_REVIEW;

    public boolean needsWrittenNotice() {
        return this == CAMPAIGN || this == MANUAL || this == DESK_REVIEW;
    }
}
