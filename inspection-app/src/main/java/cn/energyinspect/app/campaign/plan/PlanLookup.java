package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the rest of the campaign capability (draws, cases, progress, publication) reaches plans: with the same
 * jurisdiction and agency checks as the plan API, and without their tables.
 */
@Component
public class PlanLookup {
    private final PlanMapper plans;
    private final PlanAccess access;
    private final PlanViews views;

    PlanLookup(PlanMapper plans, PlanAccess access, PlanViews views) {
        this.plans = plans;
        this.access = access;
        this.views = views;
    }

    /** The plan as the user may see it; 404 outside the user's jurisdiction. */
    @Transactional(readOnly = true)
    public PlanView visible(long id, CurrentUser user) {
        return views.view(access.visible(id, user), user);
    }

    /**
     * The plan, locked for the rest of the transaction, for an action of its own agency on work it holds: a top-level
     * plan or an accepted sub-plan (404 outside the jurisdiction, 403 for another agency, 409 for a plan not taken on).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanView heldByOwnAgency(long id, CurrentUser user, String forbiddenMessage) {
        PlanRow plan = access.lockedVisible(id, user);
        PlanAccess.requireOwnAgency(plan, user, forbiddenMessage);
        boolean held = plan.parentPlanId() == null
                ? plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.ACCEPTED
                : plan.status() == PlanStatus.ACCEPTED;
        if (!held) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "计划状态为 " + plan.status() + "，下达的计划须先接收（ACCEPTED）才能执行");
        }
        return views.view(plan, user);
    }

    /** The plan without any user's view (for the process and public pages); children unfiltered. */
    @Transactional(readOnly = true)
    public Optional<PlanRef> find(long id) {
        return plans.findById(id).map(PlanLookup::ref);
    }

    /** The plan and every plan split from it, down the tiers: the plan first, then breadth first. */
    @Transactional(readOnly = true)
    public List<PlanRef> subtree(long id) {
        List<PlanRef> all = new ArrayList<>();
        plans.findById(id).ifPresent(p -> all.add(ref(p)));
        for (int i = 0; i < all.size(); i++) {
            plans.children(all.get(i).id()).forEach(c -> all.add(ref(c)));
        }
        return all;
    }

    private static PlanRef ref(PlanRow p) {
        return new PlanRef(
                p.id(),
                p.agencyId(),
                p.regionCode(),
                p.tier(),
                p.parentPlanId(),
                p.planYear(),
                p.title(),
                p.inspectionType(),
                p.quota(),
                p.status(),
                new PlanView.Deadlines(p.splitDue(), p.drawDue(), p.executionDue(), p.summaryDue()));
    }
}
