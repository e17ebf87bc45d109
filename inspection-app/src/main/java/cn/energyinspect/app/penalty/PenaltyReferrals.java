package cn.energyinspect.app.penalty;

/**
 * What the inspection case calls when it is referred for 行政处罚 (its rectification deadline passed without an answer):
 * a penalty case is opened with the case's current-round findings, its evidence, the proposed article of 节约能源法 and
 * its fine range, and its procedure starts at 立案审批. Runs in the caller's transaction (the engine's, when a timer
 * refers the case); idempotent, since a retried job calls again.
 */
public interface PenaltyReferrals {
    void referred(long inspectionCaseId);
}
