package cn.energyinspect.app.campaign.plan;

/** Where a plan stands: drafted by its own agency, or issued to it by the tier above and accepted or returned. */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    ACCEPTED,
    RETURNED
}
