package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyAccess;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.credit.CreditMapper;
import cn.energyinspect.app.penalty.credit.CreditRepairs;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.workflow.PenaltyWorkflow;
import cn.energyinspect.workflow.StepNotAvailableException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the enterprise does in its portal about a penalty of its own: 陈述申辩, the hearing request (within 5 working
 * days of the 告知书: a late one is a 422 naming the deadline), files (payment proof, repair materials), the proof of
 * payment, and the repair application.
 */
@Service
public class PortalPenalties {
    /** Why an agency user is refused the portal's operations (403). */
    public static final String PORTAL_ONLY = "企业门户仅供被处罚企业使用";

    private final PenaltyMapper penalties;
    private final PenaltyAccess access;
    private final PenaltyTransitions transitions;
    private final PenaltyTasks tasks;
    private final PenaltyFiles files;
    private final PenaltyWorkflow workflow;
    private final CreditRepairs repairs;
    private final BusinessTime time;

    PortalPenalties(
            PenaltyMapper penalties,
            PenaltyAccess access,
            PenaltyTransitions transitions,
            PenaltyTasks tasks,
            PenaltyFiles files,
            PenaltyWorkflow workflow,
            CreditRepairs repairs,
            BusinessTime time) {
        this.penalties = penalties;
        this.access = access;
        this.transitions = transitions;
        this.tasks = tasks;
        this.files = files;
        this.workflow = workflow;
        this.repairs = repairs;
        this.time = time;
    }

    /** The enterprise's own case, locked; any other is "not found". */
    private PenaltyRow own(long id, CurrentUser user) {
        user.requireRole(PORTAL_ONLY, Role.ENTERPRISE);
        return access.lockedVisible(id, user);
    }

    @Transactional
    public PenaltyTasks.OpenStep statement(long id, JsonNode payload, CurrentUser user) {
        PenaltyRow row = own(id, user);
        if (row.statementDeadline() != null && time.today().isAfter(row.statementDeadline())) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "陈述申辩期已于 " + row.statementDeadline() + " 届满");
        }
        return tasks.completeStep(id, PenaltyProcess.TASK_PARTY_STATEMENT, payload, user);
    }

    /** @param reason why a hearing is asked for (≤ 500, optional) */
    public record HearingRequest(String reason) {}

    @Transactional
    public PenaltyParts.Hearing requestHearing(long id, HearingRequest request, CurrentUser user) {
        PenaltyRow row = own(id, user);
        if (row.status() != PenaltyStatus.NOTIFIED || !row.hearingOffered()) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, row.status() == PenaltyStatus.HEARING ? "已申请听证" : "本案未告知听证权利，不能申请听证");
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = StepPayloads.text(request.reason(), "reason", 500, false, errors);
        StepPayloads.failIfAny(errors);
        LocalDate today = time.today();
        if (today.isAfter(row.hearingDeadline())) {
            throw late(row);
        }
        penalties.insertHearing(row.id(), time.now(), user.username(), reason);
        transitions.move(
                row,
                PenaltyStatus.HEARING,
                "PENALTY_HEARING_REQUESTED",
                user.username(),
                reason == null ? Map.of() : Map.of("reason", reason));
        try {
            workflow.requestHearing(row.id());
        } catch (StepNotAvailableException e) {
            throw late(row);
        }
        return penalties.hearing(row.id()).orElseThrow();
    }

    private static Refusal late(PenaltyRow row) {
        String message = "听证申请期限已于 " + row.hearingDeadline() + " 届满（告知后五个工作日内，行政处罚法第六十四条）";
        return new Refusal(
                Refusal.Kind.VALIDATION_FAILED,
                message,
                List.of(new FieldError("hearingDeadline", message)),
                Map.of("deadline", row.hearingDeadline().toString()));
    }

    @Transactional
    public PenaltyParts.File upload(long id, MultipartFile file, String purpose, CurrentUser user) {
        PenaltyRow row = own(id, user);
        if (!"PAYMENT_PROOF".equals(purpose) && !"REPAIR".equals(purpose)) {
            throw Refusal.invalid("purpose", "取值应为 PAYMENT_PROOF（缴款凭证）或 REPAIR（信用修复材料）");
        }
        return files.upload(row, file, purpose, user.username());
    }

    /**
     * @param fileId the uploaded proof (缴款凭证), a file of this case not used yet
     * @param paidOn the day paid
     * @param amountYuan the amount paid (元)
     * @param receiptNumber the bank's or e-payment's receipt number (≤ 64)
     */
    public record PaymentProof(Long fileId, String paidOn, BigDecimal amountYuan, String receiptNumber) {}

    @Transactional
    public PenaltyParts.Payment paymentProof(long id, PaymentProof proof, CurrentUser user) {
        PenaltyRow row = own(id, user);
        if (row.status() != PenaltyStatus.SERVED && row.status() != PenaltyStatus.PAYMENT_OVERDUE) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "处罚案件当前不在履行期");
        }
        PenaltyParts.Decision decision = penalties.decision(row.id()).orElseThrow();
        if (decision.fineYuan() == null) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "本案没有罚款");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate paidOn = StepPayloads.pastDate(proof.paidOn(), "paidOn", time.today(), errors);
        if (paidOn != null && paidOn.isBefore(decision.decidedOn())) {
            errors.add(new FieldError("paidOn", "不能早于处罚决定日期"));
        }
        if (proof.amountYuan() == null || proof.amountYuan().signum() <= 0) {
            errors.add(new FieldError("amountYuan", "必填，应大于 0"));
        }
        String receipt = StepPayloads.text(proof.receiptNumber(), "receiptNumber", 64, false, errors);
        if (proof.fileId() == null) {
            errors.add(new FieldError("fileId", "请先上传缴款凭证"));
        } else if (penalties
                .file(row.id(), proof.fileId())
                .filter(f -> !f.used())
                .isEmpty()) {
            errors.add(new FieldError("fileId", "缴款凭证不属于本案或已被使用"));
        }
        StepPayloads.failIfAny(errors);
        penalties.useFile(row.id(), proof.fileId(), "PAYMENT_PROOF");
        penalties.insertPayment(new PenaltyParts.Payment(
                null,
                row.id(),
                proof.amountYuan(),
                BigDecimal.ZERO,
                paidOn,
                receipt,
                proof.fileId(),
                user.username(),
                time.now(),
                false,
                null,
                null));
        PenaltyParts.Payment saved = penalties.payments(row.id()).getLast();
        transitions.changed(
                row,
                "penalty_payment",
                "PENALTY_PAYMENT_PROVEN",
                user.username(),
                null,
                Map.of("paymentId", saved.id(), "amountYuan", saved.amountYuan(), "paidOn", paidOn.toString()));
        return saved;
    }

    @Transactional(readOnly = true)
    public CreditRepairs.Conditions repairConditions(long id, CurrentUser user) {
        user.requireRole(PORTAL_ONLY, Role.ENTERPRISE);
        return repairs.conditions(access.visible(id, user));
    }

    @Transactional
    public CreditMapper.Repair applyRepair(long id, CreditRepairs.Application application, CurrentUser user) {
        return repairs.apply(own(id, user), application, user);
    }
}
