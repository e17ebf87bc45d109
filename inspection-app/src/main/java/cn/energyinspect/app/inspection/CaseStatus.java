package cn.energyinspect.app.inspection;

import cn.energyinspect.app.dictionary.DisplayNames;

/**
 * Where a case stands, kept in our table so lists and roll-ups never scan Camunda's history. Which status may follow
 * which is {@link CaseTransitions}'s; the names people read are the dictionary's.
 */
public enum CaseStatus {
    OPENED,
    TEAM_ASSIGNED,
    NOTICE_SERVED,
    /** 书面监察: the written answer to the desk notice is in, or its period ran out; the supervisors review it. */
    WRITTEN_REVIEW,
    INSPECTED,
    NOTICE_DRAFTED,
    NOTICE_RETURNED,
    NOTICE_APPROVED,
    RECTIFYING,
    ANSWERED,
    REINSPECTING,
    CLOSURE_PENDING,
    CLOSED,
    REFERRED_FOR_PENALTY,
    WITHDRAWN;

    public String label() {
        return DisplayNames.of(DisplayNames.Category.CASE_STATUS, name());
    }

    public boolean isFinal() {
        return this == CLOSED || this == REFERRED_FOR_PENALTY || this == WITHDRAWN;
    }
}
