package cn.energyinspect.app.campaign.progress;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.plan.PlanStatus;
import cn.energyinspect.app.inspection.OverdueSteps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Live progress of a plan and the lower plans the viewer may see, from our tables only.
 *
 * @param total the sums over {@code plans}
 * @param plans the plan first, then the lower plans down the tiers (only those in the viewer's region)
 */
public record Progress(
        long planId, String phase, List<String> overduePhases, Instant asOf, Figures total, List<PlanFigures> plans) {

    public record PlanFigures(
            long planId,
            Long parentPlanId,
            long agencyId,
            String regionCode,
            Agency.Tier tier,
            PlanStatus status,
            int quota,
            Figures figures) {}

    /**
     * @param targets targets of the current draw (named, drawn, replacements)
     * @param cases cases started for the plan
     * @param casesByStatus cases by {@code CaseStatus}
     * @param findingsByKind findings by kind (OVER_QUOTA, BELOW_EFFICIENCY_LIMIT, …)
     * @param overdueSteps open cases with a step past its time: visit, rectification deadline, notice service
     * @param closedRectified cases closed after the enterprise rectified
     * @param referredForPenalty cases referred for 行政处罚 (no rectification in time)
     * @param rectificationRate closedRectified ÷ (closedRectified + referredForPenalty), null before any
     * @param overQuotaEnterprises enterprises with a finding of energy use over the quota (超限额)
     */
    public record Figures(
            long targets,
            long cases,
            Map<String, Long> casesByStatus,
            Map<String, Long> findingsByKind,
            OverdueSteps overdueSteps,
            long closedRectified,
            long referredForPenalty,
            BigDecimal rectificationRate,
            long overQuotaEnterprises) {}
}
