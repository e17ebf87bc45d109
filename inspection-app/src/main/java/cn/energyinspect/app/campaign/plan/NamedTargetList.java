package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprises a plan names without a draw: checked against the register and the plan's region. */
@Service
@Transactional
public class NamedTargetList {
    private final PlanMapper plans;
    private final EnterpriseMapper enterprises;
    private final PlanAccess access;
    private final PlanViews views;
    private final AuditLog audit;

    NamedTargetList(
            PlanMapper plans, EnterpriseMapper enterprises, PlanAccess access, PlanViews views, AuditLog audit) {
        this.plans = plans;
        this.enterprises = enterprises;
        this.access = access;
        this.views = views;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<NamedTargets.View> namedTargets(long id, CurrentUser user) {
        access.visible(id, user);
        return withNames(plans.namedTargetViews(id));
    }

    static List<NamedTargets.View> withNames(List<NamedTargets.View> rows) {
        return rows.stream()
                .map(t -> new NamedTargets.View(
                        t.uscc(),
                        t.enterpriseName(),
                        t.reason(),
                        DisplayNames.of(DisplayNames.Category.NAMED_TARGET_REASON, t.reason()),
                        t.note()))
                .toList();
    }

    /** The plan, locked, if its own agency holds it and may still change what it names (DRAFT or ACCEPTED, unpublished). */
    PlanRow editable(long id, CurrentUser user) {
        PlanRow plan = access.lockedVisible(id, user);
        PlanAccess.requireOwnAgency(plan, user, "只有本计划所属机构可以点名检查对象");
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.ACCEPTED) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT,
                    "计划状态为"
                            + DisplayNames.of(
                                    DisplayNames.Category.PLAN_STAGE,
                                    plan.status().name()) + "，指定检查对象只能在草稿或已接收时修改");
        }
        // the named targets are part of what was published, and of the pool a committed draw is bound to
        if (views.view(plan, user).publishedAt() != null) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "计划已公开，指定检查对象不能再修改");
        }
        return plan;
    }

    /** Replaces the plan's named targets; only while its own agency holds it (DRAFT or ACCEPTED). */
    public PlanView replaceNamedTargets(long id, NamedTargets request, CurrentUser user) {
        PlanRow plan = editable(id, user);
        if (request == null || request.targets() == null) {
            throw Refusal.invalid("targets", "必填");
        }
        List<NamedTargets.Target> targets = request.targets();
        List<FieldError> errors = new ArrayList<>();
        List<NamedTargets.Reason> reasons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            NamedTargets.Target target = targets.get(i);
            String at = "targets[" + i + "]";
            if (target == null) {
                errors.add(new FieldError(at, "必填"));
                reasons.add(null);
                continue;
            }
            reasons.add(reason(target.reason(), at, errors));
            if (target.note() != null && target.note().length() > 300) {
                errors.add(new FieldError(at + ".note", "不能超过 300 个字符"));
            }
            checkNamedEnterprise(plan, target.uscc(), at + ".uscc", seen, errors);
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        List<NamedTargets.Target> before = plans.namedTargets(id);
        Map<String, String> notes = new HashMap<>();
        before.forEach(t -> notes.put(t.uscc() + "/" + t.reason(), t.note()));
        plans.deleteNamedTargets(id);
        for (int i = 0; i < targets.size(); i++) {
            NamedTargets.Target target = targets.get(i);
            String note = target.note() == null || target.note().isBlank()
                    ? notes.get(target.uscc() + "/" + reasons.get(i).name())
                    : target.note().strip();
            plans.insertNamedTarget(id, target.uscc(), reasons.get(i), note);
        }
        audit.record(null, CampaignPlans.ENTITY, id, "NAME_TARGETS", user.username(), before, plans.namedTargets(id));
        return views.view(plans.findById(id).orElseThrow(), user);
    }

    private static NamedTargets.Reason reason(String value, String at, List<FieldError> errors) {
        for (NamedTargets.Reason reason : NamedTargets.Reason.values()) {
            if (reason.name().equals(value)) {
                return reason;
            }
        }
        errors.add(new FieldError(at + ".reason", "须为 NATIONAL_LIST、REINSPECTION 或 COMPLAINT"));
        return null;
    }

    private void checkNamedEnterprise(
            PlanRow plan, String uscc, String field, Set<String> seen, List<FieldError> errors) {
        if (uscc == null || uscc.isBlank()) {
            errors.add(new FieldError(field, "必填"));
        } else if (!seen.add(uscc)) {
            errors.add(new FieldError(field, "同一企业重复出现"));
        } else {
            String region =
                    enterprises.findByUscc(uscc).map(EnterpriseRow::regionCode).orElse(null);
            if (region == null) {
                errors.add(new FieldError(field, "不在企业名录中"));
            } else if (!region.startsWith(PlanAccess.prefix(plan.regionCode()))) {
                errors.add(new FieldError(field, "企业不在本计划的辖区（" + plan.regionCode() + "）内"));
            }
        }
    }
}
