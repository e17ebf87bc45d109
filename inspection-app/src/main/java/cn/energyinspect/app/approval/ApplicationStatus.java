package cn.energyinspect.app.approval;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands; names in {@code DisplayNames} (category approvalStatus). */
public enum ApplicationStatus {
    DRAFT,
    CITY_REVIEW,
    RETURNED,
    PROVINCE_REVIEW,
    HEARING,
    PUBLICITY,
    OBJECTIONS,
    DECISION,
    /** 已批准 (capacity: follow-ups running) or 已列入 (white-list listing valid). */
    APPROVED,
    COMPLETED,
    REFUSED,
    /** Withdrawn on a substantiated objection during the 公示. */
    WITHDRAWN,
    SUSPENDED,
    REVOKED,
    DELISTED;

    private static final Set<ApplicationStatus> FINAL =
            EnumSet.of(COMPLETED, REFUSED, WITHDRAWN, SUSPENDED, REVOKED, DELISTED);
    /** Pending or approved: its exiting lines are taken (the double-use register). */
    private static final Set<ApplicationStatus> HOLDS_LINES = EnumSet.of(
            CITY_REVIEW, RETURNED, PROVINCE_REVIEW, HEARING, PUBLICITY, OBJECTIONS, DECISION, APPROVED, COMPLETED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean holdsLines() {
        return HOLDS_LINES.contains(this);
    }

    /** The enterprise may change the form (a draft, or returned for changes). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    static Set<String> holdingLines() {
        return HOLDS_LINES.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
