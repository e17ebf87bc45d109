package cn.energyinspect.app.approval;

import cn.energyinspect.app.approval.ApprovalViews.ApplicationView;
import cn.energyinspect.app.approval.capacity.CapacityPlanForm;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.ApprovalSkeleton.Milestones;
import cn.energyinspect.bpmn.ApprovalSkeleton.Outcomes;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import cn.energyinspect.workflow.StageCompletion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' steps: city review, province review, hearing, objections, decision, follow-ups, revocation and the
 * white-list's re-assessment. Each checks the reviewer's level and region, the stage the process waits in, and — for
 * every step that moves an application on — the holds again.
 */
@Service
public class Reviews {
    private final ApprovalMapper approvals;
    private final ApprovalAccess access;
    private final ApprovalTransitions transitions;
    private final ApprovalWorkflows workflows;
    private final ApprovalDetails details;
    private final PreChecks prechecks;
    private final Holds holds;
    private final Applications applications;
    private final BusinessTime time;

    Reviews(
            ApprovalMapper approvals,
            ApprovalAccess access,
            ApprovalTransitions transitions,
            ApprovalWorkflows workflows,
            ApprovalDetails details,
            PreChecks prechecks,
            Holds holds,
            Applications applications,
            BusinessTime time) {
        this.approvals = approvals;
        this.access = access;
        this.transitions = transitions;
        this.workflows = workflows;
        this.details = details;
        this.prechecks = prechecks;
        this.holds = holds;
        this.applications = applications;
        this.time = time;
    }

    @Transactional
    public ApplicationView cityReview(long id, ReviewRequests.Review request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireCityReviewer(row, user);
        String outcome = outcome(request.outcome(), Set.of(Outcomes.PASS, Outcomes.RETURN, Outcomes.REFUSE));
        requireStage(row, Stages.CITY_REVIEW);
        String reasons = reasonsFor(outcome, request.reasons());
        if (outcome.equals(Outcomes.PASS)) {
            requireNoHold(row, "通过初审");
        }
        approvals.insertReview(id, Stages.CITY_REVIEW, outcome, reasons, row.formVersion(), user.username());
        switch (outcome) {
            case Outcomes.PASS ->
                transitions.move(row, ApplicationStatus.PROVINCE_REVIEW, "CITY_REVIEWED", user.username(), outcome);
            case Outcomes.RETURN ->
                transitions.move(row, ApplicationStatus.RETURNED, "CITY_REVIEWED", user.username(), outcome);
            default -> transitions.changed(row, "approval", id, "CITY_REVIEWED", user.username(), outcome);
        }
        workflows.complete(row, StageCompletion.of(Stages.CITY_REVIEW, outcome));
        return view(id, user);
    }

    @Transactional
    public ApplicationView provinceReview(long id, ReviewRequests.Review request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireProvinceReviewer(row, user);
        String outcome = outcome(request.outcome(), Set.of(Outcomes.PASS, Outcomes.RETURN, Outcomes.REFUSE));
        requireStage(row, Stages.PROVINCE_REVIEW);
        String reasons = reasonsFor(outcome, request.reasons());
        if (outcome.equals(Outcomes.PASS)) {
            requireNoHold(row, "通过审核");
            requireNotSuspended(row, "公示");
        }
        approvals.insertReview(id, Stages.PROVINCE_REVIEW, outcome, reasons, row.formVersion(), user.username());
        switch (outcome) {
            case Outcomes.PASS -> {
                if (row.hearingRequired()) {
                    transitions.move(row, ApplicationStatus.HEARING, "PROVINCE_REVIEWED", user.username(), outcome);
                } else {
                    transitions.changed(row, "approval", id, "PROVINCE_REVIEWED", user.username(), outcome);
                }
                workflows.complete(row, StageCompletion.provincePassed(row.hearingRequired()));
            }
            case Outcomes.RETURN -> {
                transitions.move(row, ApplicationStatus.RETURNED, "PROVINCE_REVIEWED", user.username(), outcome);
                workflows.complete(row, StageCompletion.of(Stages.PROVINCE_REVIEW, outcome));
            }
            default -> {
                transitions.changed(row, "approval", id, "PROVINCE_REVIEWED", user.username(), outcome);
                workflows.complete(row, StageCompletion.of(Stages.PROVINCE_REVIEW, outcome));
            }
        }
        return view(id, user);
    }

    @Transactional
    public ApplicationView hearing(long id, ReviewRequests.Hearing request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireProvinceReviewer(row, user);
        requireStage(row, Stages.HEARING);
        List<FieldError> errors = new ArrayList<>();
        if (request.heldOn() == null || request.heldOn().isAfter(time.today())) {
            errors.add(new FieldError("heldOn", "必填：听证会召开日期（不晚于今天）"));
        }
        if (blank(request.organiser())) {
            errors.add(new FieldError("organiser", "必填：听证组织机关"));
        }
        if (blank(request.record())) {
            errors.add(new FieldError("record", "必填：听证结论"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        requireFiles(id, request.fileIds(), "HEARING", false);
        approvals.insertReview(
                id,
                Stages.HEARING,
                null,
                request.heldOn() + " " + request.organiser().strip() + "："
                        + request.record().strip(),
                row.formVersion(),
                user.username());
        transitions.changed(row, "approval", id, "HEARING_RECORDED", user.username(), request.heldOn());
        requireNotSuspended(row, "公示");
        workflows.complete(row, StageCompletion.of(Stages.HEARING, null));
        return view(id, user);
    }

    /** An objection verified; the last open one of a 公示 with none substantiated lets the plan go to the decision. */
    @Transactional
    public ApplicationView verifyObjection(
            long id, long objectionId, ReviewRequests.Verification request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireProvinceReviewer(row, user);
        ApprovalMapper.ObjectionRow objection =
                approvals.objection(id, objectionId).orElseThrow(() -> Refusal.notFound("异议"));
        List<FieldError> errors = new ArrayList<>();
        if (request.substantiated() == null) {
            errors.add(new FieldError("substantiated", "必填：异议是否成立"));
        }
        if (blank(request.reasons())) {
            errors.add(new FieldError("reasons", "必填：核实意见和理由"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        String status = request.substantiated() ? "SUBSTANTIATED" : "UNFOUNDED";
        if (approvals.verifyObjection(objectionId, status, request.reasons().strip(), user.username(), time.now())
                != 1) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "异议 " + objection.receiptNumber() + " 已核实");
        }
        transitions.changed(row, "approval_objection", objectionId, "OBJECTION_VERIFIED", user.username(), status);
        if (row.status() == ApplicationStatus.OBJECTIONS
                && approvals.openObjections(id) == 0
                && approvals.substantiatedObjections(id, row.publicityRound()) == 0) {
            transitions.move(
                    row, ApplicationStatus.DECISION, "OBJECTIONS_RESOLVED", user.username(), Outcomes.CONTINUE);
            approvals.insertReview(
                    id, Stages.OBJECTIONS, Outcomes.CONTINUE, "异议均不成立", row.formVersion(), user.username());
            workflows.complete(row, StageCompletion.of(Stages.OBJECTIONS, Outcomes.CONTINUE));
        }
        return view(id, user);
    }

    @Transactional
    public ApplicationView resolveObjections(long id, ReviewRequests.Resolution request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireProvinceReviewer(row, user);
        String outcome = outcome(request.outcome(), Set.of(Outcomes.CONTINUE, Outcomes.AMEND, Outcomes.WITHDRAW));
        requireStage(row, Stages.OBJECTIONS);
        if (blank(request.reasons())) {
            throw Refusal.invalid("reasons", "必填：处理理由");
        }
        if (approvals.openObjections(id) > 0) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "尚有未核实的异议，请先逐一核实");
        }
        approvals.insertReview(
                id, Stages.OBJECTIONS, outcome, request.reasons().strip(), row.formVersion(), user.username());
        if (outcome.equals(Outcomes.CONTINUE)) {
            requireNoHold(row, "继续审批");
            transitions.move(row, ApplicationStatus.DECISION, "OBJECTIONS_RESOLVED", user.username(), outcome);
        } else {
            transitions.changed(row, "approval", id, "OBJECTIONS_RESOLVED", user.username(), outcome);
        }
        workflows.complete(row, StageCompletion.of(Stages.OBJECTIONS, outcome));
        return view(id, user);
    }

    @Transactional
    public ApplicationView decide(long id, ReviewRequests.Decision request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireProvinceReviewer(row, user);
        String outcome = outcome(request.outcome(), Set.of(Outcomes.APPROVE, Outcomes.REFUSE));
        requireStage(row, Stages.DECISION);
        String reasons = outcome.equals(Outcomes.REFUSE) ? required(request.reasons()) : trimmed(request.reasons());
        if (outcome.equals(Outcomes.APPROVE)) {
            requireNoHold(row, "批准");
            requireNotSuspended(row, "公告");
        }
        approvals.insertReview(id, Stages.DECISION, outcome, reasons, row.formVersion(), user.username());
        transitions.changed(row, "approval", id, "APPROVAL_DECIDED", user.username(), outcome);
        workflows.complete(row, StageCompletion.of(Stages.DECISION, outcome));
        return view(id, user);
    }

    /** Confirms the current follow-up (shut-down, then dismantling) on the enterprise's evidence. */
    @Transactional
    public ApplicationView confirmMilestone(
            long id, String milestone, ReviewRequests.Milestone request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireReviewer(row, user);
        if (!Milestones.ALL.contains(milestone)) {
            throw Refusal.notFound("后续节点");
        }
        requireStage(row, milestone);
        requireFiles(id, request.fileIds(), milestone, true);
        if (approvals.confirmMilestone(id, milestone, time.now(), user.username()) != 1) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "该节点已确认");
        }
        approvals.insertReview(id, milestone, null, trimmed(request.remarks()), row.formVersion(), user.username());
        transitions.changed(
                row, "approval_milestone", milestone, "MILESTONE_CONFIRMED", user.username(), request.fileIds());
        if (milestone.equals(Milestones.SHUTDOWN)) {
            CapacityPlanForm plan = (CapacityPlanForm) applications.read(row);
            LocalDate due = plan.plannedStart()
                    .plusMonths(prechecks.settings(row.regionCode()).dismantlingMonths());
            approvals.upsertMilestone(id, Milestones.DISMANTLING, due);
            workflows.complete(row, StageCompletion.shutDown(due));
        } else {
            workflows.complete(row, StageCompletion.of(Stages.DISMANTLING, null));
        }
        return view(id, user);
    }

    @Transactional
    public ApplicationView revoke(long id, ReviewRequests.Revocation request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireProvinceReviewer(row, user);
        String kind = outcome(request.kind(), Set.of("SUSPEND", "WITHDRAW"), "kind");
        String reasons = required(request.reasons());
        ApplicationStatus to = kind.equals("SUSPEND") ? ApplicationStatus.SUSPENDED : ApplicationStatus.REVOKED;
        if (!ApprovalTransitions.allowed(row.status(), to)) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "申请" + ApprovalTransitions.name(row.status()) + "，不能暂停或撤销");
        }
        approvals.setRevocationReason(id, reasons);
        approvals.insertReview(id, "REVOCATION", kind, reasons, row.formVersion(), user.username());
        workflows.revoke(row, kind);
        return view(id, user);
    }

    @Transactional
    public ApplicationView reassess(long id, ReviewRequests.Reassessment request, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireProvinceReviewer(row, user);
        String outcome = outcome(request.outcome(), Set.of(Outcomes.KEEP, Outcomes.REVOKE));
        requireStage(row, Stages.REASSESSMENT);
        String reasons = required(request.reasons());
        if (outcome.equals(Outcomes.KEEP)) {
            requireNoHold(row, "继续列入");
        }
        approvals.insertReview(id, Stages.REASSESSMENT, outcome, reasons, row.formVersion(), user.username());
        workflows.complete(row, StageCompletion.of(Stages.REASSESSMENT, outcome));
        return view(id, user);
    }

    private ApplicationView view(long id, CurrentUser user) {
        return details.view(approvals.find(id).orElseThrow(), user);
    }

    private void requireStage(ApprovalRow row, String stage) {
        String current = workflows.stage(row).orElse(null);
        if (!stage.equals(current)) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT,
                    "申请 " + row.applicationNumber() + " 当前不在" + ApprovalViews.stageName(stage) + "环节（当前："
                            + (current == null
                                    ? ApprovalTransitions.name(row.status())
                                    : ApprovalViews.stageName(current))
                            + "）");
        }
    }

    private void requireNoHold(ApprovalRow row, String what) {
        holds.require(row.enterpriseUscc(), prechecks.settings(row.regionCode()).holdEffect(row.programme()), what);
    }

    /** A plan of an industry whose replacement is suspended on this date is neither published nor announced. */
    private void requireNotSuspended(ApprovalRow row, String what) {
        if (row.programme() != Programme.CAPACITY_REPLACEMENT) {
            return;
        }
        PreCheckView precheck =
                prechecks.run(applications.read(row), row.id(), row.applicationNumber(), row.enterpriseUscc());
        precheck.reasons().stream()
                .filter(r -> r.code().equals("REPLACEMENT_SUSPENDED"))
                .findFirst()
                .ifPresent(r -> {
                    throw new Refusal(
                            Refusal.Kind.STATE_CONFLICT,
                            r.message() + "，不能" + what + "（依据：" + r.basis().reference() + "，"
                                    + r.basis().source() + "）",
                            List.of(),
                            Map.of("basis", r.basis()));
                });
    }

    private void requireFiles(long id, List<Long> fileIds, String purpose, boolean atLeastOne) {
        List<Long> ids = fileIds == null ? List.of() : fileIds;
        if (atLeastOne && ids.isEmpty()) {
            throw Refusal.invalid("fileIds", "须附企业上传的证明材料");
        }
        for (Long fileId : ids) {
            boolean ok = fileId != null
                    && approvals
                            .file(id, fileId)
                            .filter(f -> f.purpose().equals(purpose))
                            .isPresent();
            if (!ok) {
                throw Refusal.invalid("fileIds", "附件 " + fileId + " 不是本申请的" + purposeName(purpose));
            }
        }
    }

    private static String purposeName(String purpose) {
        return cn.energyinspect.app.dictionary.DisplayNames.of(
                cn.energyinspect.app.dictionary.DisplayNames.Category.FILE_PURPOSE, purpose);
    }

    private static String outcome(String value, Set<String> allowed) {
        return outcome(value, allowed, "outcome");
    }

    private static String outcome(String value, Set<String> allowed, String field) {
        if (value == null || !allowed.contains(value)) {
            List<String> names = allowed.stream()
                    .sorted()
                    .map(o -> o + "（"
                            + cn.energyinspect.app.dictionary.DisplayNames.of(
                                    cn.energyinspect.app.dictionary.DisplayNames.Category.APPROVAL_OUTCOME, o)
                            + "）")
                    .toList();
            throw Refusal.invalid(field, "必填，可选：" + String.join("、", names));
        }
        return value;
    }

    private static String reasonsFor(String outcome, String reasons) {
        return outcome.equals(Outcomes.PASS) ? trimmed(reasons) : required(reasons);
    }

    private static String required(String reasons) {
        if (blank(reasons)) {
            throw Refusal.invalid("reasons", "必填：退回、不予通过、暂停或撤销须写明理由");
        }
        return reasons.strip();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
