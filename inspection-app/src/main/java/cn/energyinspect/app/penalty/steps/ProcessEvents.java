package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.credit.CreditPublications;
import cn.energyinspect.bpmn.PenaltyProcess.Outcomes;
import cn.energyinspect.workflow.PenaltyPort;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the penalty procedure tells the case: periods over, limits missed (flags the lists and the dashboard show, and
 * the operational log with stable codes; a notification channel is a later capability), the decision served (its
 * publication starts), the fine overdue, the case closed. Runs in the engine's transaction; idempotent.
 */
@Component
class ProcessEvents implements PenaltyPort {
    private static final Logger log = LoggerFactory.getLogger(ProcessEvents.class);
    static final String PROCESS = "process";
    private static final Map<String, PenaltyStatus> CLOSING = Map.of(
            Outcomes.NOT_REGISTERED, PenaltyStatus.NOT_REGISTERED,
            Outcomes.WITHDRAWN, PenaltyStatus.WITHDRAWN,
            Outcomes.NO_PENALTY, PenaltyStatus.NO_PENALTY,
            Outcomes.TRANSFERRED, PenaltyStatus.TRANSFERRED,
            Outcomes.CLOSED, PenaltyStatus.CLOSED,
            Outcomes.REVOKED, PenaltyStatus.REVOKED);

    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final CreditPublications publications;

    ProcessEvents(PenaltyMapper penalties, PenaltyTransitions transitions, CreditPublications publications) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.publications = publications;
    }

    @Override
    public void partyStatementPeriodOver(long penaltyId) {
        PenaltyRow row = penalties.findForUpdate(penaltyId).orElseThrow();
        transitions.changed(
                row, "penalty_case", "PENALTY_STATEMENT_PERIOD_OVER", PROCESS, null, row.statementDeadline());
    }

    @Override
    public void decisionDue(long penaltyId) {
        flag(penaltyId, "decision_escalated", "PENALTY_DECISION_DUE");
        log.warn("P-PENALTY-DECISION-DUE penalty={} the 90-day decision limit is approaching", penaltyId);
    }

    @Override
    public void decisionLate(long penaltyId) {
        flag(penaltyId, "decision_late", "PENALTY_DECISION_LATE");
        log.warn("P-PENALTY-DECISION-LATE penalty={} no decision within 90 days of registration", penaltyId);
    }

    @Override
    public void serviceLate(long penaltyId) {
        flag(penaltyId, "service_late", "PENALTY_SERVICE_LATE");
        log.warn("P-PENALTY-SERVICE-LATE penalty={} decision not served within 7 working days", penaltyId);
    }

    @Override
    public void decisionServed(long penaltyId) {
        publications.start(penaltyId);
    }

    @Override
    public void paymentOverdue(long penaltyId) {
        PenaltyRow row = penalties.findForUpdate(penaltyId).orElseThrow();
        if (row.status() != PenaltyStatus.SERVED) {
            return;
        }
        penalties.raiseFlag(penaltyId, "payment_overdue");
        transitions.move(row, PenaltyStatus.PAYMENT_OVERDUE, "PENALTY_PAYMENT_OVERDUE", PROCESS, row.paymentDueOn());
        log.warn("P-PENALTY-PAYMENT-OVERDUE penalty={} fine not paid by {}", penaltyId, row.paymentDueOn());
    }

    @Override
    public void penaltyClosed(long penaltyId, String outcome) {
        PenaltyRow row = penalties.findForUpdate(penaltyId).orElseThrow();
        PenaltyStatus to = CLOSING.get(outcome);
        if (to == null) {
            throw new IllegalStateException("unknown outcome " + outcome);
        }
        if (row.status().isFinal()) {
            return;
        }
        transitions.close(row, to, outcome, "PENALTY_CLOSED", PROCESS, Map.of("outcome", outcome));
        log.info("P-PENALTY-CLOSED penalty={} number={} outcome={}", penaltyId, row.caseNumber(), outcome);
    }

    private void flag(long penaltyId, String flag, String action) {
        PenaltyRow row = penalties.findForUpdate(penaltyId).orElseThrow();
        if (penalties.raiseFlag(penaltyId, flag) == 1) {
            transitions.changed(row, "penalty_case", action, PROCESS, false, true);
        }
    }
}
