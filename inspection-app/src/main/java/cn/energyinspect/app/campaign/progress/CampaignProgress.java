package cn.energyinspect.app.campaign.progress;

import cn.energyinspect.app.campaign.phase.CampaignPhases;
import cn.energyinspect.app.campaign.plan.PlanLookup;
import cn.energyinspect.app.campaign.plan.PlanRef;
import cn.energyinspect.app.inspection.OverdueSteps;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.SiteInspectionProcess.Outcomes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll-up of a plan: its own figures and those of every lower plan in the viewer's region, and their sums. Six
 * grouped queries over the plan ids, whatever the number of cases; never a scan of Camunda's history.
 */
@Service
@Transactional(readOnly = true)
public class CampaignProgress {
    private final PlanLookup plans;
    private final CampaignPhases phases;
    private final ProgressMapper progress;
    private final BusinessTime time;

    CampaignProgress(PlanLookup plans, CampaignPhases phases, ProgressMapper progress, BusinessTime time) {
        this.plans = plans;
        this.phases = phases;
        this.progress = progress;
        this.time = time;
    }

    public Progress of(long planId, CurrentUser user) {
        plans.visible(planId, user);
        String prefix = user.jurisdiction().regionPrefix();
        List<PlanRef> shown = plans.subtree(planId).stream()
                .filter(p -> p.regionCode().startsWith(prefix))
                .toList();
        List<Long> ids = shown.stream().map(PlanRef::id).toList();
        Map<Long, Tally> tallies = new HashMap<>();
        ids.forEach(id -> tallies.put(id, new Tally()));
        if (!ids.isEmpty()) {
            progress.casesByStatus(ids)
                    .forEach(c -> tallies.get(c.planId()).casesByStatus.put(c.key(), c.n()));
            progress.findingsByKind(ids)
                    .forEach(c -> tallies.get(c.planId()).findingsByKind.put(c.key(), c.n()));
            progress.overQuotaEnterprises(ids).forEach(c -> tallies.get(c.planId()).overQuota = c.n());
            progress.outcomes(ids).forEach(c -> tallies.get(c.planId()).outcomes.put(c.key(), c.n()));
            progress.targets(ids).forEach(c -> tallies.get(c.planId()).targets = c.n());
            progress.overdue(ids, time.today()).forEach(o -> tallies.get(o.planId()).overdue = o.steps());
        }
        Tally total = new Tally();
        List<Progress.PlanFigures> rows = new ArrayList<>();
        for (PlanRef p : shown) {
            Tally t = tallies.get(p.id());
            total.add(t);
            rows.add(new Progress.PlanFigures(
                    p.id(),
                    p.parentPlanId(),
                    p.agencyId(),
                    p.regionCode(),
                    p.tier(),
                    p.status(),
                    p.quota(),
                    t.figures()));
        }
        return new Progress(
                planId, phases.current(planId).orElse(null), phases.overdue(planId), time.now(), total.figures(), rows);
    }

    /** Figures of one plan while they are added up. */
    private static final class Tally {
        final Map<String, Long> casesByStatus = new TreeMap<>();
        final Map<String, Long> findingsByKind = new TreeMap<>();
        final Map<String, Long> outcomes = new TreeMap<>();
        long targets;
        long overQuota;
        OverdueSteps overdue = OverdueSteps.NONE;

        void add(Tally other) {
            other.casesByStatus.forEach((k, v) -> casesByStatus.merge(k, v, Long::sum));
            other.findingsByKind.forEach((k, v) -> findingsByKind.merge(k, v, Long::sum));
            other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
            targets += other.targets;
            overQuota += other.overQuota;
            overdue = overdue.plus(other.overdue);
        }

        Progress.Figures figures() {
            long rectified = outcomes.getOrDefault(Outcomes.CLOSED_RECTIFIED, 0L);
            long referred = outcomes.getOrDefault(Outcomes.REFERRED_FOR_PENALTY, 0L);
            return new Progress.Figures(
                    targets,
                    casesByStatus.values().stream().mapToLong(Long::longValue).sum(),
                    Map.copyOf(casesByStatus),
                    Map.copyOf(findingsByKind),
                    overdue,
                    rectified,
                    referred,
                    rectified + referred == 0
                            ? null
                            : BigDecimal.valueOf(rectified)
                                    .divide(BigDecimal.valueOf(rectified + referred), 4, RoundingMode.HALF_UP),
                    overQuota);
        }
    }
}
