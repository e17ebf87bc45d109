package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.agency.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the API shows it. {@code ownQuota} is what the plan's agency draws itself: its quota less its sub-plans'.
 * {@code children} lists the sub-plans the caller may see;
 * {@code namedTargetCount} counts the enterprises named without a draw (listed at {@code /{id}/named-targets}).
 * {@code publishedAt} is when the plan was made public (after that it cannot be changed) and {@code
 * resultsPublishedAt} when its results were; both {@code null} until then.
 */
public record PlanView(
        long id,
        long agencyId,
        String regionCode,
        Agency.Tier tier,
        Long parentPlanId,
        int year,
        String title,
        String inspectionType,
        String checklistTemplateCode,
        List<String> industries,
        boolean keyEnergyUnitsOnly,
        int quota,
        int ownQuota,
        PlanStatus status,
        String returnReason,
        Deadlines deadlines,
        String createdBy,
        int version,
        int namedTargetCount,
        Instant publishedAt,
        Instant resultsPublishedAt,
        List<ChildSummary> children,
        String stage,
        String stageLabel) {

    public record Deadlines(LocalDate splitDue, LocalDate drawDue, LocalDate executionDue, LocalDate summaryDue) {}

    public record ChildSummary(long id, long agencyId, String regionCode, int quota, PlanStatus status) {}
}
