package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.notification.CaseNotices;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.workflow.CaseLifecyclePort;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the process tells the case: deadlines missed, the referral for penalty, closure, withdrawal. Runs in the
 * engine's transaction; every call is idempotent because a retried job calls again. Supervisors are told through the
 * audit trail, the operational log and the message centre ({@link CaseNotices}).
 */
@Component
class CaseLifecycleAdapter implements CaseLifecyclePort {
    private static final Logger log = LoggerFactory.getLogger(CaseLifecycleAdapter.class);
    static final String PROCESS = "process";

    private final CaseMapper cases;
    private final FindingMapper findings;
    private final CaseTransitions transitions;
    private final AuditLog audit;
    private final SearchOutbox search;
    private final CaseNotices notices;

    CaseLifecycleAdapter(
            CaseMapper cases,
            FindingMapper findings,
            CaseTransitions transitions,
            AuditLog audit,
            SearchOutbox search,
            CaseNotices notices) {
        this.cases = cases;
        this.findings = findings;
        this.transitions = transitions;
        this.audit = audit;
        this.search = search;
        this.notices = notices;
    }

    @Override
    public void statementPeriodOver(long caseId) {
        audit.record(caseId, "case", caseId, "STATEMENT_PERIOD_OVER", PROCESS, null, null);
        notices.statementPeriodOver(caseId);
    }

    @Override
    public void noticeServiceEscalated(long caseId) {
        log.warn("I-NOTICE-SERVICE-ESCALATED case={} rectification notice not yet served, limit approaching", caseId);
        audit.record(caseId, "case", caseId, "NOTICE_SERVICE_ESCALATED", PROCESS, null, null);
        notices.noticeServiceEscalated(caseId);
    }

    @Override
    public void noticeServiceLate(long caseId) {
        CaseRow row = cases.findForUpdate(caseId).orElseThrow();
        if (!row.noticeServiceLate()) {
            cases.markNoticeServiceLate(caseId);
            log.warn("I-NOTICE-SERVICE-LATE case={} rectification notice not served within the limit", caseId);
            audit.record(caseId, "case", caseId, "NOTICE_SERVICE_LATE", PROCESS, false, true);
            search.caseChanged(caseId);
            notices.noticeServiceLate(caseId);
        }
    }

    @Override
    public void referredForPenalty(long caseId) {
        CaseRow row = cases.findForUpdate(caseId).orElseThrow();
        if (row.status() == CaseStatus.REFERRED_FOR_PENALTY) {
            return;
        }
        String articles = proposedArticles(row);
        transitions.close(
                row,
                CaseStatus.REFERRED_FOR_PENALTY,
                "REFERRED_FOR_PENALTY",
                articles,
                "REFERRED_FOR_PENALTY",
                PROCESS);
        log.warn("I-CASE-REFERRED case={} number={} proposed={}", caseId, row.caseNumber(), articles);
        notices.referredForPenalty(caseId);
    }

    @Override
    public void closed(long caseId, String outcome) {
        CaseRow row = cases.findForUpdate(caseId).orElseThrow();
        if (row.status().isFinal()) {
            return;
        }
        transitions.close(row, CaseStatus.CLOSED, outcome, null, "CASE_CLOSED", PROCESS);
        log.info("I-CASE-CLOSED case={} number={} outcome={}", caseId, row.caseNumber(), outcome);
    }

    @Override
    public void withdrawn(long caseId) {
        CaseRow row = cases.findForUpdate(caseId).orElseThrow();
        if (row.status().isFinal()) {
            return;
        }
        transitions.close(row, CaseStatus.WITHDRAWN, "WITHDRAWN", null, "CASE_WITHDRAWN", PROCESS);
        log.info("I-CASE-WITHDRAWN case={} number={}", caseId, row.caseNumber());
    }

    /** The 节约能源法 articles a penalty would rest on, from the current round's findings, without repeats. */
    private String proposedArticles(CaseRow row) {
        List<String> articles = findings.ofRound(row.id(), row.currentRound()).stream()
                .map(FindingRow::penaltyArticle)
                .filter(a -> a != null && !a.isBlank())
                .distinct()
                .toList();
        return articles.isEmpty() ? null : articles.stream().collect(Collectors.joining("；"));
    }
}
