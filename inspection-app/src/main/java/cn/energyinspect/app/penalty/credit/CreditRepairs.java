package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.workflow.PenaltyWorkflow;
import cn.energyinspect.workflow.StepNotAvailableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信用修复 (credit-and-documents.md A2.4; 令第36号): the enterprise applies once the minimum period has passed, with its
 * obligations performed (the fine's payment confirmed), its rectification accepted (the 整改复查意见书 is attached
 * automatically from its inspection cases) and a public 信用承诺; the deciding agency decides (谁认定、谁修复) within its
 * working days; an accepted repair ends the publication early and is pushed to the platform. Refusals carry reasons.
 */
@Service
public class CreditRepairs {
    static final String ENTITY = "penalty_repair";

    private final CreditMapper credit;
    private final PenaltyMapper penalties;
    private final PenaltyPeriods periods;
    private final PenaltyWorkflow workflow;
    private final AuditLog audit;
    private final BusinessTime time;

    CreditRepairs(
            CreditMapper credit,
            PenaltyMapper penalties,
            PenaltyPeriods periods,
            PenaltyWorkflow workflow,
            AuditLog audit,
            BusinessTime time) {
        this.credit = credit;
        this.penalties = penalties;
        this.periods = periods;
        this.workflow = workflow;
        this.audit = audit;
        this.time = time;
    }

    /**
     * A repair application.
     *
     * @param commitment the 信用承诺书: the truth of the materials and acceptance of liability for breach (≤ 2000
     *     characters)
     * @param commitmentPublic the enterprise agrees that its commitment is made public (required)
     */
    public record Application(String commitment, Boolean commitmentPublic) {}

    /** What the conditions look like today, for the portal's form. */
    public record Conditions(
            boolean published,
            LocalDate repairFrom,
            boolean periodPassed,
            boolean finePaid,
            String reviewOpinionNumber,
            boolean pendingRequest) {}

    @Transactional(readOnly = true)
    public Conditions conditions(PenaltyRow row) {
        Optional<CreditMapper.Publication> publication = credit.publication(row.id());
        LocalDate today = time.today();
        return new Conditions(
                publication.map(p -> "PUBLISHED".equals(p.status())).orElse(false),
                publication.map(CreditMapper.Publication::repairFrom).orElse(null),
                publication.map(p -> !today.isBefore(p.repairFrom())).orElse(false),
                finePaid(row),
                credit.acceptedReviewOpinion(row.enterpriseUscc()).orElse(null),
                credit.repairs(row.id()).stream().anyMatch(r -> "PENDING".equals(r.status())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CreditMapper.Repair apply(PenaltyRow row, Application application, CurrentUser user) {
        CreditMapper.Publication publication = credit.publicationForUpdate(row.id())
                .filter(p -> "PUBLISHED".equals(p.status()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "该行政处罚信息不在公示中，无需申请信用修复"));
        if (credit.repairs(row.id()).stream().anyMatch(r -> "PENDING".equals(r.status()))) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "已有待审核的信用修复申请");
        }
        LocalDate today = time.today();
        if (today.isBefore(publication.repairFrom())) {
            throw new Refusal(
                    Refusal.Kind.VALIDATION_FAILED,
                    "最短公示期未满，最早可于 " + publication.repairFrom() + " 申请信用修复",
                    List.of(new FieldError("repairFrom", "最早可于 " + publication.repairFrom() + " 申请")),
                    Map.of("earliestDate", publication.repairFrom().toString()));
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<PenaltyParts.Payment> payment = confirmedPayment(row);
        boolean fined =
                penalties.decision(row.id()).map(d -> d.fineYuan() != null).orElse(false);
        if (fined && payment.isEmpty()) {
            errors.add(new FieldError("payment", "罚款缴纳尚未经处罚机关确认，义务尚未全面履行"));
        }
        Optional<String> opinion = credit.acceptedReviewOpinion(row.enterpriseUscc());
        if (opinion.isEmpty()) {
            errors.add(new FieldError("rectification", "尚无整改复查合格的《整改复查意见书》"));
        }
        String commitment = application.commitment() == null
                ? null
                : application.commitment().strip();
        if (commitment == null || commitment.isEmpty()) {
            errors.add(new FieldError("commitment", "必填：信用承诺书"));
        } else if (commitment.length() > 2000) {
            errors.add(new FieldError("commitment", "不能超过 2000 个字符"));
        }
        if (!Boolean.TRUE.equals(application.commitmentPublic())) {
            errors.add(new FieldError("commitmentPublic", "信用承诺须公开作出"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        CreditMapper.Repair repair = new CreditMapper.Repair(
                null,
                row.id(),
                "PENDING",
                commitment,
                opinion.orElseThrow(),
                payment.map(PenaltyParts.Payment::id).orElse(null),
                user.username(),
                time.now(),
                periods.repairDecisionDue(today),
                null,
                null,
                null,
                false);
        credit.insertRepair(repair);
        CreditMapper.Repair saved = credit.repairs(row.id()).getLast();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("repairId", saved.id());
        detail.put("reviewOpinion", saved.reviewOpinionNumber());
        detail.put("dueOn", saved.dueOn());
        audit.record(null, ENTITY, row.id(), "REPAIR_REQUESTED", user.username(), null, detail);
        try {
            workflow.requestRepair(row.id(), time.now());
        } catch (StepNotAvailableException e) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "该行政处罚信息当前不能申请信用修复");
        }
        return saved;
    }

    /** The agency's decision on the pending request (Task_ReviewRepair). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decide(PenaltyRow row, boolean accepted, String reasons, String by) {
        CreditMapper.Repair pending = credit.repairs(row.id()).stream()
                .filter(r -> "PENDING".equals(r.status()))
                .findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "没有待审核的信用修复申请"));
        credit.decideRepair(pending.id(), accepted ? "ACCEPTED" : "REFUSED", by, time.now(), reasons);
        audit.record(
                null,
                ENTITY,
                row.id(),
                accepted ? "REPAIR_ACCEPTED" : "REPAIR_REFUSED",
                by,
                "PENDING",
                reasons == null
                        ? Map.of("repairId", pending.id())
                        : Map.of("repairId", pending.id(), "reasons", reasons));
        return accepted;
    }

    private boolean finePaid(PenaltyRow row) {
        return confirmedPayment(row).isPresent();
    }

    private Optional<PenaltyParts.Payment> confirmedPayment(PenaltyRow row) {
        return penalties.payments(row.id()).stream()
                .filter(PenaltyParts.Payment::confirmed)
                .findFirst();
    }
}
