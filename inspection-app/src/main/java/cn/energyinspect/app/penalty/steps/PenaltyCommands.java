package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyAccess;
import cn.energyinspect.app.penalty.PenaltyAuthorities;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.credit.CreditMapper;
import cn.energyinspect.app.penalty.credit.CreditRecords;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.credit.PenaltyRecord;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.Procedure;
import cn.energyinspect.rules.procedure.PublicationWindow;
import cn.energyinspect.rules.procedure.SeverityTier;
import cn.energyinspect.workflow.PenaltyWorkflow;
import cn.energyinspect.workflow.StepNotAvailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the agency does to a penalty case outside its tasks: 撤销立案 before the decision, more evidence, confirming a
 * payment (the process learns the fine is paid), and recording that the decision was changed or revoked later (复议,
 * 诉讼, 自行纠错) — which corrects or withdraws its credit record within 3 working days, with the reason.
 */
@Service
public class PenaltyCommands {
    private final PenaltyMapper penalties;
    private final PenaltyAccess access;
    private final PenaltyTransitions transitions;
    private final PenaltyPeriods periods;
    private final PenaltyAuthorities authorities;
    private final PenaltyFiles files;
    private final PenaltyWorkflow workflow;
    private final CreditRecords records;
    private final CreditMapper credit;
    private final ObjectMapper json;
    private final BusinessTime time;

    PenaltyCommands(
            PenaltyMapper penalties,
            PenaltyAccess access,
            PenaltyTransitions transitions,
            PenaltyPeriods periods,
            PenaltyAuthorities authorities,
            PenaltyFiles files,
            PenaltyWorkflow workflow,
            CreditRecords records,
            CreditMapper credit,
            ObjectMapper json,
            BusinessTime time) {
        this.penalties = penalties;
        this.access = access;
        this.transitions = transitions;
        this.periods = periods;
        this.authorities = authorities;
        this.files = files;
        this.workflow = workflow;
        this.records = records;
        this.credit = credit;
        this.json = json;
        this.time = time;
    }

    /** @param reason 撤销立案的理由 (≤ 500) */
    public record Withdrawal(String reason) {}

    @Transactional
    public void withdraw(long id, Withdrawal command, CurrentUser user) {
        PenaltyRow row = supervisorsCase(id, user);
        List<FieldError> errors = new ArrayList<>();
        String reason = StepPayloads.text(command.reason(), "reason", 500, true, errors);
        StepPayloads.failIfAny(errors);
        if (!PenaltyTransitions.allowed(row.status(), PenaltyStatus.WITHDRAWN)) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "处罚案件已" + row.status().label() + "，不能撤销立案");
        }
        penalties.setClosingReason(row.id(), reason, null);
        transitions.changed(row, "penalty_case", "PENALTY_WITHDRAWN", user.username(), null, Map.of("reason", reason));
        try {
            workflow.withdrawRegistration(row.id());
        } catch (StepNotAvailableException e) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "处罚案件当前不能撤销立案");
        }
    }

    @Transactional
    public PenaltyParts.File addEvidence(long id, MultipartFile file, CurrentUser user) {
        PenaltyRow row = access.lockedVisible(id, user);
        if (!user.hasRole(Role.SUPERVISOR, Role.INSPECTOR)) {
            throw Refusal.forbidden("只有监察机构的人员可以补充证据");
        }
        PenaltyTransitions.requireOpen(row);
        return files.upload(row, file, "EVIDENCE", user.username());
    }

    /** The agency confirms a payment the enterprise proved: the fine is paid, the process goes on to 结案. */
    @Transactional
    public PenaltyParts.Payment confirmPayment(long id, long paymentId, CurrentUser user) {
        PenaltyRow row = supervisorsCase(id, user);
        if (row.status() != PenaltyStatus.SERVED && row.status() != PenaltyStatus.PAYMENT_OVERDUE) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "处罚案件当前为“" + row.status().label() + "”，不能确认缴款");
        }
        PenaltyParts.Payment payment = penalties.payments(row.id()).stream()
                .filter(p -> p.id() == paymentId && !p.confirmed())
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("待确认的缴款记录"));
        PenaltyParts.Decision decision = penalties.decision(row.id()).orElseThrow();
        BigDecimal surcharge = BigDecimal.ZERO;
        if (decision.fineYuan() != null
                && row.paymentDueOn() != null
                && payment.paidOn().isAfter(row.paymentDueOn())) {
            surcharge = periods.rules()
                    .surcharge(decision.fineYuan(), row.paymentDueOn(), payment.paidOn(), 0)
                    .amountYuan();
        }
        penalties.confirmPayment(row.id(), paymentId, surcharge, user.username(), time.now());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("paymentId", paymentId);
        detail.put("amountYuan", payment.amountYuan());
        detail.put("paidOn", payment.paidOn());
        detail.put("surchargeYuan", surcharge);
        transitions.move(row, PenaltyStatus.PAID, "PENALTY_PAYMENT_CONFIRMED", user.username(), detail);
        try {
            workflow.confirmPayment(row.id());
        } catch (StepNotAvailableException e) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "处罚案件当前不在履行期，不能确认缴款");
        }
        return penalties.payments(row.id()).stream()
                .filter(p -> p.id() == paymentId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The decision changed later.
     *
     * @param kind REVOKED (撤销、确认违法或无效: the record is withdrawn) or AMENDED (变更: the record is corrected)
     * @param reason the reason published with the withdrawal or correction (≤ 1000)
     * @param instrument the instrument that changed it, e.g. its 文号 (≤ 200)
     * @param changedOn the day it was changed (the 3 working days count from it)
     * @param fineYuan the amended fine (AMENDED), within the article's range
     * @param content the amended 处罚内容 (AMENDED, ≤ 4000)
     * @param severityTier the amended tier (AMENDED), when it changes
     */
    public record Change(
            String kind,
            String reason,
            String instrument,
            String changedOn,
            Long fineYuan,
            String content,
            String severityTier) {}

    @Transactional
    public PenaltyParts.Change change(long id, Change command, CurrentUser user) {
        PenaltyRow row = supervisorsCase(id, user);
        List<FieldError> errors = new ArrayList<>();
        String kind = command.kind();
        if (!"REVOKED".equals(kind) && !"AMENDED".equals(kind)) {
            errors.add(new FieldError("kind", "取值应为 REVOKED（撤销）或 AMENDED（变更）"));
        }
        String reason = StepPayloads.text(command.reason(), "reason", 1000, true, errors);
        String instrument = StepPayloads.text(command.instrument(), "instrument", 200, true, errors);
        LocalDate changedOn = StepPayloads.pastDate(command.changedOn(), "changedOn", time.today(), errors);
        StepPayloads.failIfAny(errors);
        if (!row.status().decided()) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "处罚案件当前为“" + row.status().label() + "”，没有可变更的处罚决定");
        }
        PenaltyParts.Decision before = penalties.decision(row.id()).orElseThrow();
        if (changedOn.isBefore(before.decidedOn())) {
            throw Refusal.invalid("changedOn", "不能早于处罚决定日期（" + before.decidedOn() + "）");
        }
        PenaltyParts.Decision amended = "AMENDED".equals(kind) ? amended(row, before, command) : null;
        LocalDate due = periods.withdrawalDue(changedOn);
        PenaltyParts.Change change = new PenaltyParts.Change(
                null,
                row.id(),
                kind,
                reason,
                instrument,
                changedOn,
                due,
                user.username(),
                time.now(),
                time.today().isAfter(due),
                toJson(before));
        penalties.insertChange(change);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", kind);
        detail.put("reason", reason);
        detail.put("instrument", instrument);
        detail.put("withdrawalDueOn", due);
        if ("REVOKED".equals(kind)) {
            transitions.close(
                    row, PenaltyStatus.REVOKED, "REVOKED", "PENALTY_DECISION_REVOKED", user.username(), detail);
            try {
                workflow.revokeDecision(row.id());
            } catch (StepNotAvailableException nothingRuns) {
                // the case was closed and its publication had ended: nothing to stop or withdraw
            }
        } else {
            penalties.amendDecision(amended);
            credit.setWindow(row.id(), amended.repairFrom(), amended.publicUntil());
            transitions.changed(
                    row, "penalty_case", "PENALTY_DECISION_AMENDED", user.username(), before.content(), detail);
            workflow.amendDecision(row.id(), amended.publicUntil());
        }
        return penalties.changes(row.id()).getLast();
    }

    /** The decision as amended, with its record composed and checked again. */
    private PenaltyParts.Decision amended(PenaltyRow row, PenaltyParts.Decision before, Change command) {
        List<FieldError> errors = new ArrayList<>();
        LawArticle article = Procedure.standard().article(row.articleCode()).orElseThrow();
        Long fine = command.fineYuan() == null ? before.fineYuan() : command.fineYuan();
        if (command.fineYuan() != null) {
            LegalReview.fine(article, before.kindList(), fine, "fineYuan", errors, periods);
        }
        String content = StepPayloads.text(command.content(), "content", 4000, false, errors);
        String tier = command.severityTier() == null ? before.severityTier() : command.severityTier();
        if (!List.of("LIGHT", "GENERAL", "SERIOUS").contains(tier)) {
            errors.add(new FieldError("severityTier", "取值应为 LIGHT、GENERAL 或 SERIOUS"));
        }
        StepPayloads.failIfAny(errors);
        PublicationWindow window = periods.rules().window(before.decidedOn(), SeverityTier.valueOf(tier));
        String newContent = content != null
                ? content
                : (command.fineYuan() != null
                        ? Decide.content(before.kindList(), fine, before.confiscatedYuan(), before.licence())
                        : before.content());
        PenaltyParts.Decision draft = new PenaltyParts.Decision(
                before.penaltyId(),
                before.decisionNumber(),
                before.kinds(),
                fine,
                before.confiscatedYuan(),
                before.licence(),
                newContent,
                before.reasons(),
                before.legalBasis(),
                tier,
                before.suggestedTier(),
                before.tierReason(),
                before.published(),
                window.regime(),
                window.regimeName(),
                window.repairFrom(),
                window.publicUntil(),
                before.validUntil(),
                before.decidedOn(),
                before.decidedBy(),
                before.recordJson(),
                true);
        PenaltyRecord record = records.compose(row, draft, authorities.of(row.agencyId()));
        StepPayloads.failIfAny(records.check(record, time.today()));
        return new PenaltyParts.Decision(
                draft.penaltyId(),
                draft.decisionNumber(),
                draft.kinds(),
                draft.fineYuan(),
                draft.confiscatedYuan(),
                draft.licence(),
                draft.content(),
                draft.reasons(),
                draft.legalBasis(),
                draft.severityTier(),
                draft.suggestedTier(),
                draft.tierReason(),
                draft.published(),
                draft.regime(),
                draft.regimeName(),
                draft.repairFrom(),
                draft.publicUntil(),
                draft.validUntil(),
                draft.decidedOn(),
                draft.decidedBy(),
                records.exchangeJson(record),
                true);
    }

    private PenaltyRow supervisorsCase(long id, CurrentUser user) {
        PenaltyRow row = access.lockedVisible(id, user);
        if (!user.hasRole(Role.SUPERVISOR) || !Long.valueOf(row.agencyId()).equals(user.agencyId())) {
            throw Refusal.forbidden("只有本机关的科室负责人可以办理");
        }
        return row;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
