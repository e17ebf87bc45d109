package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.campaign.phase.CampaignPhases;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.app.web.ProblemType;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading plans, and the lower agency's accept or return of a plan issued to it. See package-info. */
@Service
@Transactional
public class CampaignPlans {
    static final String ENTITY = "campaign_plan";

    private final PlanMapper plans;
    private final PlanAccess access;
    private final PlanViews views;
    private final AuditLog audit;
    private final PlanLookup lookup;
    private final CampaignPhases phases;

    CampaignPlans(
            PlanMapper plans,
            PlanAccess access,
            PlanViews views,
            AuditLog audit,
            PlanLookup lookup,
            CampaignPhases phases) {
        this.plans = plans;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.lookup = lookup;
        this.phases = phases;
    }

    public PlanView create(PlanForm form, CurrentUser user) {
        Agency agency = access.managedAgency(user);
        List<FieldError> errors = PlanValidation.check(form);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        PlanRow row = new PlanRow(
                null,
                agency.id(),
                agency.regionCode(),
                agency.tier(),
                null,
                form.year(),
                form.title().strip(),
                form.inspectionType(),
                form.checklistTemplateCode(),
                views.toJson(form.industries() == null ? List.of() : form.industries()),
                Boolean.TRUE.equals(form.keyEnergyUnitsOnly()),
                form.quota(),
                PlanStatus.DRAFT,
                null,
                form.splitDue(),
                form.drawDue(),
                form.executionDue(),
                form.summaryDue(),
                user.username(),
                0);
        long id = plans.insertRow(row);
        PlanRow created = plans.findById(id).orElseThrow();
        audit.record(null, ENTITY, id, "CREATE", user.username(), null, created);
        phases.start(lookup.find(id).orElseThrow());
        return views.view(created, user);
    }

    @Transactional(readOnly = true)
    public PlanView get(long id, CurrentUser user) {
        return views.view(access.visible(id, user), user);
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(Integer year, CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) {
            throw ApiProblem.forbidden("企业用户无权查看监察计划");
        }
        return plans.listVisible(user.jurisdiction().regionPrefix(), year).stream()
                .map(row -> views.view(row, user))
                .toList();
    }

    public PlanView accept(long id, CurrentUser user) {
        PlanRow plan = access.lockedVisible(id, user);
        PlanAccess.requireOwnAgency(plan, user, "只有计划下达到的机构可以接收");
        requireIssued(plan);
        change(plan, PlanStatus.ACCEPTED, null, "ACCEPT", user);
        phases.start(lookup.find(id).orElseThrow());
        return views.view(plans.findById(id).orElseThrow(), user);
    }

    public PlanView returnPlan(long id, ReturnRequest request, CurrentUser user) {
        PlanRow plan = access.lockedVisible(id, user);
        PlanAccess.requireOwnAgency(plan, user, "只有计划下达到的机构可以退回");
        String reason = request == null || request.reason() == null
                ? ""
                : request.reason().strip();
        if (reason.isEmpty()) {
            throw ApiProblem.invalid("reason", "退回须说明理由");
        }
        if (reason.length() > 500) {
            throw ApiProblem.invalid("reason", "不得超过 500 字");
        }
        requireIssued(plan);
        change(plan, PlanStatus.RETURNED, reason, "RETURN", user);
        return views.view(plans.findById(id).orElseThrow(), user);
    }

    private void change(PlanRow plan, PlanStatus status, String reason, String action, CurrentUser user) {
        PlanAccess.requireUpdated(plans.setStatus(plan.id(), plan.version(), status, reason));
        audit.record(
                null,
                ENTITY,
                plan.id(),
                action,
                user.username(),
                plan,
                plans.findById(plan.id()).orElseThrow());
    }

    private static void requireIssued(PlanRow plan) {
        if (plan.status() != PlanStatus.ISSUED) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "计划状态为 " + plan.status() + "，只有已下达（ISSUED）的计划可以接收或退回");
        }
    }
}
