package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复查: last year's violators that were not closed as rectified become named targets of the next year's plan, each
 * with its reason (programmes.md §8, issue 16). For a plan of year Y, a candidate is an enterprise of the plan's region
 * with a case of Y − 1 (on-site or desk) that found something and is referred for penalty or still open, or whose
 * screening of report year Y − 1 carries the signal "last year's finding not rectified". The supervisor sees the
 * proposal ({@code GET}) and adds it ({@code POST}) while the plan is editable; the reason (REINSPECTION, 复查) and its
 * note stay with the named target, and the targets the plan already names are kept as they are.
 */
@Service
@Transactional
public class FollowUpTargets {
    static final int NOTE_LENGTH = 300;

    private final PlanMapper plans;
    private final PlanAccess access;
    private final NamedTargetList named;
    private final AuditLog audit;

    FollowUpTargets(PlanMapper plans, PlanAccess access, NamedTargetList named, AuditLog audit) {
        this.plans = plans;
        this.access = access;
        this.named = named;
        this.audit = audit;
    }

    @Schema(description = "A 复查 candidate of a plan: last year's violator not closed as rectified")
    public record FollowUp(
            String uscc,
            String enterpriseName,
            @Schema(description = "REINSPECTION (复查)") String reason,
            String reasonName,

            @Schema(description = "Why, in words: the cases and the screening it comes from")
            String note,

            @Schema(description = "The cases of last year it comes from")
            List<Long> caseIds,

            @Schema(description = "The screening of last report year with the signal, if any")
            Long screeningId,

            @Schema(description = "Already a named target of the plan (kept with its own reason)")
            boolean alreadyNamed,

            @Schema(description = "The reason the plan names it with, when already named")
            String namedReason) {}

    @Schema(description = "复查 proposal of a plan, or what POST added")
    public record FollowUps(
            long planId,
            int planYear,

            @Schema(description = "The year whose cases and report screening are read (plan year − 1)")
            int fromYear,

            List<FollowUp> items,

            @Schema(description = "How many POST added (0 for GET)")
            int added,

            @Schema(description = "The plan's named targets after POST (the current ones for GET)")
            List<NamedTargets.View> namedTargets) {}

    @Transactional(readOnly = true)
    public FollowUps propose(long planId, CurrentUser user) {
        PlanRow plan = access.visible(planId, user);
        return new FollowUps(
                plan.id(),
                plan.planYear(),
                plan.planYear() - 1,
                candidates(plan),
                0,
                NamedTargetList.withNames(plans.namedTargetViews(planId)));
    }

    /** Adds the candidates the plan does not name yet as REINSPECTION targets with their notes. */
    public FollowUps add(long planId, CurrentUser user) {
        PlanRow plan = named.editable(planId, user);
        List<FollowUp> candidates = candidates(plan);
        List<NamedTargets.Target> before = plans.namedTargets(planId);
        int added = 0;
        for (FollowUp f : candidates) {
            if (!f.alreadyNamed()) {
                plans.insertNamedTarget(planId, f.uscc(), NamedTargets.Reason.REINSPECTION, f.note());
                added++;
            }
        }
        if (added > 0) {
            audit.record(
                    null,
                    CampaignPlans.ENTITY,
                    planId,
                    "NAME_FOLLOW_UP_TARGETS",
                    user.username(),
                    before,
                    plans.namedTargets(planId));
        }
        return new FollowUps(
                plan.id(),
                plan.planYear(),
                plan.planYear() - 1,
                candidates,
                added,
                NamedTargetList.withNames(plans.namedTargetViews(planId)));
    }

    private List<FollowUp> candidates(PlanRow plan) {
        String prefix = PlanAccess.prefix(plan.regionCode());
        int year = plan.planYear() - 1;
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<PlanMapper.UnrectifiedCase>> cases = new LinkedHashMap<>();
        for (PlanMapper.UnrectifiedCase c : plans.unrectifiedCases(prefix, year)) {
            names.putIfAbsent(c.uscc(), c.enterpriseName());
            cases.computeIfAbsent(c.uscc(), k -> new ArrayList<>()).add(c);
        }
        Map<String, PlanMapper.UnrectifiedSignal> signals = new LinkedHashMap<>();
        for (PlanMapper.UnrectifiedSignal s : plans.unrectifiedSignals(prefix, year)) {
            names.putIfAbsent(s.uscc(), s.enterpriseName());
            signals.putIfAbsent(s.uscc(), s);
        }
        Map<String, String> already = plans.namedTargets(plan.id()).stream()
                .collect(Collectors.toMap(NamedTargets.Target::uscc, NamedTargets.Target::reason));
        List<FollowUp> found = new ArrayList<>();
        for (String uscc : names.keySet().stream().sorted().toList()) {
            List<PlanMapper.UnrectifiedCase> own = cases.getOrDefault(uscc, List.of());
            PlanMapper.UnrectifiedSignal signal = signals.get(uscc);
            List<String> parts = new ArrayList<>();
            for (PlanMapper.UnrectifiedCase c : own) {
                parts.add(c.caseNumber() + "（"
                        + DisplayNames.of(DisplayNames.Category.INSPECTION_TYPE, c.inspectionType())
                        + "）" + c.findings() + " 项监察发现，"
                        + (c.outcome() != null
                                ? DisplayNames.of(DisplayNames.Category.CASE_OUTCOME, c.outcome())
                                : DisplayNames.of(DisplayNames.Category.CASE_STATUS, c.status())));
            }
            if (signal != null && own.isEmpty()) {
                parts.add(year + " 年度能源利用状况报告筛查：" + signal.message());
            }
            String note = cut("复查：" + year + " 年违法未整改到位。" + String.join("；", parts));
            String namedReason = already.get(uscc);
            found.add(new FollowUp(
                    uscc,
                    names.get(uscc),
                    NamedTargets.Reason.REINSPECTION.name(),
                    DisplayNames.of(DisplayNames.Category.NAMED_TARGET_REASON, NamedTargets.Reason.REINSPECTION.name()),
                    note,
                    own.stream().map(PlanMapper.UnrectifiedCase::caseId).toList(),
                    signal == null ? null : signal.screeningId(),
                    namedReason != null,
                    namedReason));
        }
        return found;
    }

    private static String cut(String text) {
        return text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH - 1) + "…";
    }
}
