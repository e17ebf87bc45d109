package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import cn.energyinspect.workflow.CreditPublicationPort;
import cn.energyinspect.workflow.PenaltyWorkflow;
import cn.energyinspect.workflow.PublicationStart;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 双公示 of a served decision: started when the decision is served, due 7 working days after the decision,
 * published by a supervisor (on the public page, and pushed to the platform through the outbox), ended by its period,
 * by an accepted repair or by the revocation of the decision (withdrawn with the reason), corrected when the decision
 * is amended. Every change is audited ({@code penalty_publication}) and every push is written to the outbox with it.
 */
@Service
public class CreditPublications implements CreditPublicationPort {
    private static final Logger log = LoggerFactory.getLogger(CreditPublications.class);
    static final String ENTITY = "penalty_publication";
    static final String PROCESS = "process";

    private final CreditMapper credit;
    private final PenaltyMapper penalties;
    private final CreditOutbox outbox;
    private final CreditRecords records;
    private final PenaltyPeriods periods;
    private final PenaltyWorkflow workflow;
    private final AuditLog audit;
    private final BusinessTime time;

    CreditPublications(
            CreditMapper credit,
            PenaltyMapper penalties,
            CreditOutbox outbox,
            CreditRecords records,
            PenaltyPeriods periods,
            PenaltyWorkflow workflow,
            AuditLog audit,
            BusinessTime time) {
        this.credit = credit;
        this.penalties = penalties;
        this.outbox = outbox;
        this.records = records;
        this.periods = periods;
        this.workflow = workflow;
        this.audit = audit;
        this.time = time;
    }

    /** The decision of the case was served: its publication is due 7 working days after the decision (idempotent). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(long penaltyId) {
        if (credit.publication(penaltyId).isPresent()) {
            return;
        }
        PenaltyRow row = penalties.find(penaltyId).orElseThrow();
        PenaltyParts.Decision decision = penalties.decision(penaltyId).orElseThrow();
        LocalDate due = periods.publicationDue(decision.decidedOn());
        credit.insertPublication(new CreditMapper.Publication(
                penaltyId,
                "PENDING",
                decision.decidedOn(),
                due,
                null,
                null,
                null,
                null,
                false,
                false,
                decision.repairFrom(),
                decision.publicUntil(),
                null,
                null,
                null,
                0));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dueOn", due);
        detail.put("publicUntil", decision.publicUntil());
        detail.put("repairFrom", decision.repairFrom());
        detail.put("published", decision.published());
        audit.record(null, ENTITY, penaltyId, "PUBLICATION_STARTED", PROCESS, null, detail);
        workflow.startPublication(new PublicationStart(
                penaltyId,
                row.caseNumber(),
                row.agencyId(),
                decision.decidedOn(),
                decision.published(),
                decision.publicUntil(),
                periods.value(PenaltyProcedure.PUBLICATION_WORKING_DAYS),
                periods.value(PenaltyProcedure.PUBLICATION_ESCALATION_WORKING_DAYS),
                periods.settings().repairDecisionWorkingDays()));
    }

    /** The supervisor publishes the record today: on the public page, and pushed to the platform. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreditMapper.Publication publish(PenaltyRow row, String by) {
        CreditMapper.Publication publication = credit.publicationForUpdate(row.id())
                .filter(p -> "PENDING".equals(p.status()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "该处罚信息不在待公示状态"));
        PenaltyParts.Decision decision = penalties.decision(row.id()).orElseThrow();
        LocalDate today = time.today();
        int delay = periods.workingDaysBetween(publication.decidedOn(), today);
        boolean late = today.isAfter(publication.dueOn());
        credit.publish(row.id(), today, time.now(), by, delay, late);
        outbox.push(
                row.id(), CreditOutbox.PUBLISH, decision.decisionNumber(), records.values(decision.recordJson()), null);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("publishedOn", today);
        detail.put("delayWorkingDays", delay);
        detail.put("late", late);
        audit.record(null, ENTITY, row.id(), "PUBLICATION_PUBLISHED", by, publication.status(), detail);
        if (late) {
            log.warn(
                    "C-PUBLICATION-LATE penalty={} decided={} published={} ({} working days)",
                    row.id(),
                    publication.decidedOn(),
                    today,
                    delay);
        }
        return credit.publication(row.id()).orElseThrow();
    }

    @Override
    public void recordNotPublished(long penaltyId) {
        if (credit.endPublication(penaltyId, "NOT_PUBLISHED", time.today(), null, null) == 1) {
            audit.record(null, ENTITY, penaltyId, "PUBLICATION_NOT_REQUIRED", PROCESS, "PENDING", "NOT_PUBLISHED");
        }
    }

    @Override
    public void publicationEscalated(long penaltyId) {
        credit.markPublication(penaltyId, "escalated");
        log.warn("C-PUBLICATION-ESCALATED penalty={} not yet published on working day 5 of 7", penaltyId);
        audit.record(null, ENTITY, penaltyId, "PUBLICATION_ESCALATED", PROCESS, null, null);
    }

    @Override
    public void publicationLate(long penaltyId) {
        credit.markPublication(penaltyId, "late");
        log.warn("C-PUBLICATION-OVERDUE penalty={} not published within 7 working days", penaltyId);
        audit.record(null, ENTITY, penaltyId, "PUBLICATION_LATE", PROCESS, null, null);
    }

    @Override
    public void publicationEnded(long penaltyId) {
        end(penaltyId, "ENDED", "EXPIRED", "公示期满，停止公示", null, "PUBLICATION_ENDED");
    }

    @Override
    public void recordRepaired(long penaltyId) {
        end(penaltyId, "REPAIRED", "REPAIRED", "信用修复，提前停止公示", null, "PUBLICATION_ENDED");
    }

    @Override
    public void repairDecisionLate(long penaltyId) {
        credit.markRepairLate(penaltyId);
        audit.record(null, ENTITY, penaltyId, "REPAIR_DECISION_LATE", PROCESS, null, null);
    }

    @Override
    public void recordCorrected(long penaltyId) {
        PenaltyParts.Decision decision = penalties.decision(penaltyId).orElseThrow();
        String reason = latestChangeReason(penaltyId);
        outbox.push(
                penaltyId,
                CreditOutbox.CORRECT,
                decision.decisionNumber(),
                records.values(decision.recordJson()),
                reason);
        audit.record(null, ENTITY, penaltyId, "PUBLICATION_CORRECTED", PROCESS, null, Map.of("reason", reason));
    }

    @Override
    public void recordWithdrawn(long penaltyId) {
        String reason = latestChangeReason(penaltyId);
        end(penaltyId, "WITHDRAWN", "WITHDRAWN", reason, reason, "PUBLICATION_WITHDRAWN");
    }

    /**
     * Off the public page from today; a record that was out (published) is stopped or withdrawn on the platform too,
     * with the reason.
     */
    private void end(long penaltyId, String status, String endReason, String reason, String withdrawal, String action) {
        CreditMapper.Publication before = credit.publicationForUpdate(penaltyId).orElse(null);
        if (before == null || credit.endPublication(penaltyId, status, time.today(), endReason, withdrawal) != 1) {
            return;
        }
        if (before.publishedOn() != null) {
            PenaltyParts.Decision decision = penalties.decision(penaltyId).orElseThrow();
            String push = "WITHDRAWN".equals(status) ? CreditOutbox.WITHDRAW : CreditOutbox.STOP;
            outbox.push(penaltyId, push, decision.decisionNumber(), records.values(decision.recordJson()), reason);
        }
        audit.record(
                null, ENTITY, penaltyId, action, PROCESS, before.status(), Map.of("status", status, "reason", reason));
        log.info("C-PUBLICATION-{} penalty={} reason={}", status, penaltyId, reason);
    }

    private String latestChangeReason(long penaltyId) {
        List<PenaltyParts.Change> changes = penalties.changes(penaltyId);
        return changes.isEmpty() ? "处罚决定变更" : changes.getLast().reason();
    }
}
