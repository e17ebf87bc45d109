package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
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

/** Splitting a plan into sub-plans of the tier below, and re-splitting it (see package-info for the rules). */
@Service
@Transactional
public class PlanSplits {
    private final PlanMapper plans;
    private final AgencyMapper agencies;
    private final PlanAccess access;
    private final PlanViews views;
    private final AuditLog audit;
    private final cn.energyinspect.app.notification.PlanNotices notices;

    PlanSplits(
            PlanMapper plans,
            AgencyMapper agencies,
            PlanAccess access,
            PlanViews views,
            AuditLog audit,
            cn.energyinspect.app.notification.PlanNotices notices) {
        this.notices = notices;
        this.plans = plans;
        this.agencies = agencies;
        this.access = access;
        this.views = views;
        this.audit = audit;
    }

    public PlanView split(long id, SplitRequest request, CurrentUser user) {
        PlanRow parent = access.lockedVisible(id, user);
        PlanAccess.requireOwnAgency(parent, user, "只有本计划所属机构可以分解本计划");
        if (parent.status() != PlanStatus.DRAFT && parent.status() != PlanStatus.ACCEPTED) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "计划状态为 " + parent.status() + "，须先接收（ACCEPTED）才能再分解");
        }
        Agency.Tier below = tierBelow(parent.tier());
        List<SplitRequest.Child> wanted = request == null || request.children() == null ? null : request.children();
        if (wanted == null) {
            throw Refusal.invalid("children", "必填");
        }
        checkChildren(parent, below, wanted);
        QuotaSplit.overParent(
                        parent.quota(),
                        wanted.stream().map(SplitRequest.Child::quota).toList())
                .ifPresent(error -> {
                    throw Refusal.invalid(List.of(error));
                });
        reconcile(parent, wanted, user);
        return views.view(plans.findById(id).orElseThrow(), user);
    }

    private void checkChildren(PlanRow parent, Agency.Tier below, List<SplitRequest.Child> wanted) {
        List<FieldError> errors = new ArrayList<>();
        if (below == null) {
            throw Refusal.invalid("children", "县级计划不能再向下分解");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            SplitRequest.Child child = wanted.get(i);
            String at = "children[" + i + "]";
            if (child == null) {
                errors.add(new FieldError(at, "必填"));
                continue;
            }
            if (child.quota() == null) {
                errors.add(new FieldError(at + ".quota", "必填"));
            } else if (child.quota() < 0) {
                errors.add(new FieldError(at + ".quota", "不得为负数"));
            }
            if (child.agencyId() == null) {
                errors.add(new FieldError(at + ".agencyId", "必填"));
                continue;
            }
            if (!seen.add(child.agencyId())) {
                errors.add(new FieldError(at + ".agencyId", "同一机构重复出现"));
                continue;
            }
            Agency agency = agencies.findById(child.agencyId()).orElse(null);
            if (agency == null) {
                errors.add(new FieldError(at + ".agencyId", "机构不存在"));
            } else if (agency.tier() != below) {
                errors.add(new FieldError(
                        at + ".agencyId", "不是本计划机构的直接下级：须为" + (below == Agency.Tier.CITY ? "市级" : "县级") + "机构"));
            } else if (!agency.regionCode().startsWith(PlanAccess.prefix(parent.regionCode()))) {
                errors.add(new FieldError(at + ".agencyId", "不在本计划的辖区（" + parent.regionCode() + "）内"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    private void reconcile(PlanRow parent, List<SplitRequest.Child> wanted, CurrentUser user) {
        Map<Long, PlanRow> existing = new HashMap<>();
        for (PlanRow child : plans.children(parent.id())) {
            existing.put(child.agencyId(), child);
        }
        Map<Long, Integer> quotas = new HashMap<>();
        wanted.forEach(child -> quotas.put(child.agencyId(), child.quota()));
        for (PlanRow child : existing.values()) {
            if (child.status() == PlanStatus.ACCEPTED && !child.quota().equals(quotas.get(child.agencyId()))) {
                throw new Refusal(
                        Refusal.Kind.STATE_CONFLICT,
                        "下级计划 " + child.id() + "（机构 " + child.agencyId() + "）已被接收，不能再更改或撤回");
            }
        }
        for (PlanRow child : existing.values()) {
            if (!quotas.containsKey(child.agencyId())) {
                plans.deleteNamedTargets(child.id());
                PlanAccess.requireUpdated(plans.delete(child.id(), child.version()));
                audit.record(null, CampaignPlans.ENTITY, child.id(), "WITHDRAW", user.username(), child, null);
            }
        }
        for (SplitRequest.Child child : wanted) {
            PlanRow current = existing.get(child.agencyId());
            if (current == null) {
                issue(parent, child, user);
            } else if (current.status() != PlanStatus.ACCEPTED) {
                PlanAccess.requireUpdated(plans.reissue(current.id(), current.version(), child.quota()));
                notices.issued(current.id(), current.agencyId(), parent.title(), child.quota(), current.version() + 1);
                plans.handDownNamedTargets(parent.id(), current.id(), PlanAccess.prefix(current.regionCode()));
                audit.record(
                        null,
                        CampaignPlans.ENTITY,
                        current.id(),
                        "REISSUE",
                        user.username(),
                        current,
                        plans.findById(current.id()).orElseThrow());
            }
        }
    }

    private void issue(PlanRow parent, SplitRequest.Child child, CurrentUser user) {
        Agency agency = agencies.findById(child.agencyId()).orElseThrow();
        PlanRow row = new PlanRow(
                null,
                agency.id(),
                agency.regionCode(),
                agency.tier(),
                parent.id(),
                parent.planYear(),
                parent.title(),
                parent.inspectionType(),
                parent.checklistTemplateCode(),
                parent.industries(),
                parent.keyEnergyUnitsOnly(),
                child.quota(),
                PlanStatus.ISSUED,
                null,
                parent.splitDue(),
                parent.drawDue(),
                parent.executionDue(),
                parent.summaryDue(),
                user.username(),
                0);
        long id = plans.insertRow(row);
        plans.handDownNamedTargets(parent.id(), id, PlanAccess.prefix(agency.regionCode()));
        notices.issued(id, agency.id(), parent.title(), child.quota(), 0);
        audit.record(
                null,
                CampaignPlans.ENTITY,
                id,
                "ISSUE",
                user.username(),
                null,
                plans.findById(id).orElseThrow());
    }

    private static Agency.Tier tierBelow(Agency.Tier tier) {
        return switch (tier) {
            case PROVINCE -> Agency.Tier.CITY;
            case CITY -> Agency.Tier.COUNTY;
            case COUNTY -> null;
        };
    }
}
