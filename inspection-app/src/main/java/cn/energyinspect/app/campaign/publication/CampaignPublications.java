package cn.energyinspect.app.campaign.publication;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.campaign.phase.CampaignPhases;
import cn.energyinspect.app.campaign.plan.PlanLookup;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.CampaignProcess;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一公开: publishing a plan (before its draw, so the commitment is public before the seed is used) and, at the end,
 * the results of its closed cases. Published is final; both acts are audited (entity {@code campaign_plan}).
 */
@Service
@Transactional
public class CampaignPublications {
    private static final String ENTITY = "campaign_plan";

    private final PublicationMapper publications;
    private final PlanLookup plans;
    private final CampaignPhases phases;
    private final AuditLog audit;
    private final BusinessTime time;

    CampaignPublications(
            PublicationMapper publications,
            PlanLookup plans,
            CampaignPhases phases,
            AuditLog audit,
            BusinessTime time) {
        this.publications = publications;
        this.plans = plans;
        this.phases = phases;
        this.audit = audit;
        this.time = time;
    }

    /** Makes the plan public; publishing twice changes nothing. */
    public PublicPlan publishPlan(long planId, CurrentUser user) {
        plans.heldByOwnAgency(planId, user, "只有计划所属机构可以公开计划");
        Instant now = time.now();
        if (publications.publishPlan(planId, now, user.username()) == 1) {
            audit.record(null, ENTITY, planId, "PUBLISH_PLAN", user.username(), null, Map.of("publishedAt", now));
        }
        return published(planId);
    }

    /** Publishes the results of the plan's closed cases; ends the plan's publication phase. */
    public PublicPlan publishResults(long planId, CurrentUser user) {
        plans.heldByOwnAgency(planId, user, "只有计划所属机构可以公开检查结果");
        requirePlanPublished(planId);
        phases.requireCurrent(planId, CampaignProcess.Phases.PUBLICATION);
        Instant now = time.now();
        if (publications.publishResults(planId, now, user.username()) == 1) {
            audit.record(null, ENTITY, planId, "PUBLISH_RESULTS", user.username(), null, Map.of("publishedAt", now));
        }
        phases.completeIfCurrent(planId, CampaignProcess.Phases.PUBLICATION);
        return published(planId);
    }

    @Transactional(readOnly = true)
    public boolean isPlanPublished(long planId) {
        return publications.find(planId).isPresent();
    }

    /** A commitment is only worth something if the public can see it before the draw: the plan must be public. */
    public void requirePlanPublished(long planId) {
        if (!isPlanPublished(planId)) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT,
                    "计划尚未公开：请先公开计划（POST /api/v1/campaigns/" + planId + "/publish），抽取承诺才能向社会公布");
        }
    }

    private PublicPlan published(long planId) {
        return publications.publishedPlans(planId, null, null, 1, 0).get(0);
    }
}
