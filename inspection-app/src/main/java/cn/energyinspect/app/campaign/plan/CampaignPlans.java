package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.campaign.phase.CampaignPhases;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
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
    private final cn.energyinspect.app.inspection.Checklists checklists;

    CampaignPlans(
            PlanMapper plans,
            PlanAccess access,
            PlanViews views,
            AuditLog audit,
            PlanLookup lookup,
            CampaignPhases phases,
            cn.energyinspect.app.inspection.Checklists checklists) {
        this.checklists = checklists;
        this.plans = plans;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.lookup = lookup;
        this.phases = phases;
    }

    public PlanView create(PlanForm form, CurrentUser user) {
        Agency agency = access.managedAgency(user);
        List<FieldError> errors = new java.util.ArrayList<>(PlanValidation.check(form));
        checkTemplate(form, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
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

    /**
     * Changes a plan its agency holds (a top-level draft or an accepted sub-plan) until it is published: title, type,
     * checklist, scope and, for a top-level plan, the quota (never below what its sub-plans hold). Year and deadlines
     * are fixed once the plan's process runs on them; a sub-plan's quota is its parent's to change.
     */
    public PlanView update(long id, PlanForm form, CurrentUser user) {
        PlanView held = lookup.heldByOwnAgency(id, user, "只有计划所属机构可以修改计划");
        PlanRow plan = plans.findById(id).orElseThrow();
        if (held.publishedAt() != null) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "计划已公开，不能修改");
        }
        List<FieldError> errors = new java.util.ArrayList<>(PlanValidation.check(form));
        checkTemplate(form, errors);
        if (form.year() != null && !form.year().equals(plan.planYear())) {
            errors.add(new FieldError("year", "计划年度不可修改"));
        }
        fixed(errors, "splitDue", form.splitDue(), plan.splitDue());
        fixed(errors, "drawDue", form.drawDue(), plan.drawDue());
        fixed(errors, "executionDue", form.executionDue(), plan.executionDue());
        fixed(errors, "summaryDue", form.summaryDue(), plan.summaryDue());
        int children = plans.children(id).stream().mapToInt(PlanRow::quota).sum();
        if (form.quota() != null && plan.parentPlanId() != null && !form.quota().equals(plan.quota())) {
            errors.add(new FieldError("quota", "下级计划的抽取数由上级计划分配，不能自行修改"));
        } else if (form.quota() != null && form.quota() < children) {
            errors.add(new FieldError("quota", "不得少于已分配给下级计划的 " + children + " 家"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        PlanAccess.requireUpdated(plans.update(
                id,
                plan.version(),
                form.title().strip(),
                form.inspectionType(),
                form.checklistTemplateCode(),
                views.toJson(form.industries() == null ? List.of() : form.industries()),
                Boolean.TRUE.equals(form.keyEnergyUnitsOnly()),
                form.quota()));
        PlanRow after = plans.findById(id).orElseThrow();
        audit.record(null, ENTITY, id, "UPDATE", user.username(), plan, after);
        return views.view(after, user);
    }

    private static void fixed(
            List<FieldError> errors, String field, java.time.LocalDate wanted, java.time.LocalDate is) {
        if (wanted != null && !wanted.equals(is)) {
            errors.add(new FieldError(field, "计划流程已按原期限运行，期限不可修改（原为 " + is + "）"));
        }
    }

    @Transactional(readOnly = true)
    public PlanView get(long id, CurrentUser user) {
        return views.view(access.visible(id, user), user);
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(Integer year, CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) {
            throw Refusal.forbidden("企业用户无权查看监察计划");
        }
        return views.views(plans.listVisible(user.jurisdiction().regionPrefix(), year), user);
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
            throw Refusal.invalid("reason", "退回须说明理由");
        }
        if (reason.length() > 500) {
            throw Refusal.invalid("reason", "不得超过 500 字");
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
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "计划状态为 " + plan.status() + "，只有已下达（ISSUED）的计划可以接收或退回");
        }
    }

    /** The template a plan chooses must be published, of the plan's type (its cases start with its newest version). */
    private void checkTemplate(PlanForm form, List<FieldError> errors) {
        String code = form.checklistTemplateCode();
        if (code == null
                || code.isBlank()
                || code.length() > 64
                || errors.stream().anyMatch(e -> e.field().equals("inspectionType"))) {
            return;
        }
        if (!checklists.isPublished(
                code, cn.energyinspect.app.inspection.InspectionType.valueOf(form.inspectionType()))) {
            errors.add(new FieldError("checklistTemplateCode", "不是已发布的、与监察类型一致的检查表模板"));
        }
    }
}
