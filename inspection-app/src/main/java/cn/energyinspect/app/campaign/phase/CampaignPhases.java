package cn.energyinspect.app.campaign.phase;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.campaign.plan.PlanLookup;
import cn.energyinspect.app.campaign.plan.PlanRef;
import cn.energyinspect.app.campaign.plan.PlanStatus;
import cn.energyinspect.app.campaign.plan.PlanView;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.bpmn.CampaignProcess.Phases;
import cn.energyinspect.workflow.CampaignStart;
import cn.energyinspect.workflow.CampaignWorkflow;
import cn.energyinspect.workflow.PhaseNotCurrentException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phases of a plan (planning → split → draw → execution → summary → publication), run by the {@code campaign}
 * process, one instance per plan: it holds the phase and its deadline timer; the application says when a phase is
 * done. The draw phase ends with the reveal of the seed, the publication phase with the publication of the results;
 * split, execution and summary end on the plan owner's word, once what they need is there.
 */
@Service
@Transactional
public class CampaignPhases {
    private static final Map<String, String> LABELS = Map.of(
            Phases.SPLIT, "任务分解",
            Phases.DRAW, "随机抽取",
            Phases.EXECUTION, "检查实施",
            Phases.SUMMARY, "总结",
            Phases.PUBLICATION, "结果公开");

    private final CampaignWorkflow workflow;
    private final PlanLookup plans;
    private final PhaseMapper phases;
    private final AuditLog audit;

    CampaignPhases(CampaignWorkflow workflow, PlanLookup plans, PhaseMapper phases, AuditLog audit) {
        this.workflow = workflow;
        this.plans = plans;
        this.phases = phases;
        this.audit = audit;
    }

    /** Starts the plan's process once its agency holds it (a created top-level plan, an accepted sub-plan). */
    public void start(PlanRef plan) {
        var d = plan.deadlines();
        workflow.startCampaign(new CampaignStart(
                plan.id(),
                plan.agencyId(),
                plan.tier() != Agency.Tier.COUNTY,
                d.splitDue(),
                d.drawDue(),
                d.executionDue(),
                d.summaryDue()));
    }

    @Transactional(readOnly = true)
    public Optional<String> current(long planId) {
        return workflow.currentPhase(planId);
    }

    @Transactional(readOnly = true)
    public List<String> overdue(long planId) {
        return phases.overdue(planId);
    }

    /** 409 naming the phase the plan is in, unless it is {@code phase}. */
    public void requireCurrent(long planId, String phase) {
        Optional<String> current = workflow.currentPhase(planId);
        if (current.isEmpty() || !current.get().equals(phase)) {
            throw notCurrent(phase, current.orElse(null));
        }
    }

    /** Ends {@code phase} if the plan is in it; otherwise nothing (an action that may repeat). */
    public void completeIfCurrent(long planId, String phase) {
        if (workflow.currentPhase(planId).filter(phase::equals).isPresent()) {
            workflow.completePhase(planId, phase);
        }
    }

    /** The plan owner ends a phase that ends on its word, once what the phase must produce is there. */
    public PhaseView complete(long planId, String phase, CurrentUser user) {
        PlanView plan = plans.heldByOwnAgency(planId, user, "只有计划所属机构可以推进计划阶段");
        if (!List.of(Phases.SPLIT, Phases.EXECUTION, Phases.SUMMARY).contains(phase)) {
            throw Refusal.invalid(
                    "phase",
                    Phases.DRAW.equals(phase) || Phases.PUBLICATION.equals(phase)
                            ? "该阶段由公布随机种子 / 公开检查结果自动完成"
                            : "未知阶段 " + phase + "，可手动完成的阶段：SPLIT、EXECUTION、SUMMARY");
        }
        switch (phase) {
            case Phases.SPLIT -> {
                long pending = plan.children().stream()
                        .filter(c -> c.status() != PlanStatus.ACCEPTED)
                        .count();
                if (pending > 0) {
                    throw new Refusal(Refusal.Kind.STATE_CONFLICT, "还有 " + pending + " 个下级计划未接收，不能结束任务分解");
                }
            }
            case Phases.EXECUTION -> {
                int notStarted = phases.targetsWithoutCase(planId);
                int open = phases.openCases(planId);
                if (notStarted > 0 || open > 0) {
                    throw new Refusal(
                            Refusal.Kind.STATE_CONFLICT, "还有 " + notStarted + " 个检查对象未立案、" + open + " 个案件未结案，不能结束检查实施");
                }
            }
            default -> {}
        }
        try {
            workflow.completePhase(planId, phase);
        } catch (PhaseNotCurrentException e) {
            throw notCurrent(phase, e.getCurrentPhase());
        }
        audit.record(null, "campaign_plan", planId, "PHASE_DONE", user.username(), null, Map.of("phase", phase));
        return view(planId);
    }

    @Transactional(readOnly = true)
    public PhaseView view(long planId, CurrentUser user) {
        plans.visible(planId, user);
        return view(planId);
    }

    private PhaseView view(long planId) {
        String current = workflow.currentPhase(planId).orElse(null);
        return new PhaseView(current, current == null ? "已结束" : LABELS.get(current), phases.overdue(planId));
    }

    private static Refusal notCurrent(String wanted, String current) {
        return new Refusal(
                Refusal.Kind.STATE_CONFLICT,
                "计划当前" + (current == null ? "不在任何阶段（流程已结束或未开始）" : "处于“" + LABELS.get(current) + "”（" + current + "）阶段")
                        + "，此操作需在“" + LABELS.getOrDefault(wanted, wanted) + "”阶段进行");
    }

    /** @param overdue phases whose deadline passed before they were done */
    public record PhaseView(String phase, String label, List<String> overdue) {}
}
