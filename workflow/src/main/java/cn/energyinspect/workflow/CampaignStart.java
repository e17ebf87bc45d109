package cn.energyinspect.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Start data of a plan's campaign process.
 *
 * @param splitNeeded the plan is split to the tier below (false for county plans: the process starts with the draw)
 * @param splitDue last day of the split phase (also given when there is no split; then unused)
 * @param drawDue last day of the draw phase
 * @param executionDue last day of the execution phase
 * @param summaryDue last day of the summary phase
 */
public record CampaignStart(
        long planId,
        long agencyId,
        boolean splitNeeded,
        LocalDate splitDue,
        LocalDate drawDue,
        LocalDate executionDue,
        LocalDate summaryDue) {

    public CampaignStart {
        Objects.requireNonNull(splitDue, "splitDue");
        Objects.requireNonNull(drawDue, "drawDue");
        Objects.requireNonNull(executionDue, "executionDue");
        Objects.requireNonNull(summaryDue, "summaryDue");
    }
}
