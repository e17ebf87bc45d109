package cn.energyinspect.app.inspection;

/** Why a case was opened. Complaints, spot checks and transfers skip the written notice (regulations.md §1.2). */
public enum CaseTrigger {
    CAMPAIGN,
    COMPLAINT,
    TRANSFER,
    MANUAL,
    SPOT_CHECK;

    public boolean needsWrittenNotice() {
        return this == CAMPAIGN || this == MANUAL;
    }
}
