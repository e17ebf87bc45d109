package cn.energyinspect.app.inspection;

import static cn.energyinspect.app.inspection.CaseStatus.*;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.time.BusinessTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a case's status changes. Each change is checked against the status the case comes from (as the
 * caller read it under its lock, and again by the update itself), and written together with its audit row and its
 * search outbox row, in the caller's transaction: a change is recorded and indexed with it, or not made at all.
 */
@Component
public class CaseTransitions {
    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = new EnumMap<>(CaseStatus.class);

    static {
        allow(OPENED, TEAM_ASSIGNED);
        allow(TEAM_ASSIGNED, TEAM_ASSIGNED, NOTICE_SERVED, INSPECTED);
        allow(NOTICE_SERVED, TEAM_ASSIGNED, INSPECTED, WRITTEN_REVIEW);
        // the desk review (desk-review.bpmn): nothing confirmed closes at once; the written answer is reviewed, then
        // closed, a further notice served, or rectification ordered (the case goes on as inspected)
        allow(OPENED, CLOSED);
        allow(WRITTEN_REVIEW, NOTICE_SERVED, INSPECTED, CLOSED);
        allow(REINSPECTING, REINSPECTING, INSPECTED);
        allow(INSPECTED, NOTICE_DRAFTED, CLOSED);
        allow(NOTICE_DRAFTED, NOTICE_APPROVED, NOTICE_RETURNED);
        allow(NOTICE_RETURNED, NOTICE_DRAFTED);
        allow(NOTICE_APPROVED, RECTIFYING);
        allow(RECTIFYING, ANSWERED, REFERRED_FOR_PENALTY);
        allow(ANSWERED, CLOSURE_PENDING, REINSPECTING, RECTIFYING);
        allow(CLOSURE_PENDING, CLOSED);
        // a withdrawal (撤销立案) ends any open case
        for (CaseStatus open : CaseStatus.values()) {
            if (!open.isFinal()) {
                ALLOWED.computeIfAbsent(open, s -> EnumSet.noneOf(CaseStatus.class))
                        .add(WITHDRAWN);
            }
        }
    }

    private static void allow(CaseStatus from, CaseStatus... to) {
        ALLOWED.computeIfAbsent(from, s -> EnumSet.noneOf(CaseStatus.class)).addAll(Set.of(to));
    }

    private final CaseMapper cases;
    private final AuditLog audit;
    private final SearchOutbox search;
    private final BusinessTime time;

    CaseTransitions(CaseMapper cases, AuditLog audit, SearchOutbox search, BusinessTime time) {
        this.cases = cases;
        this.audit = audit;
        this.search = search;
        this.time = time;
    }

    /** Whether a case in {@code from} may move to {@code to}. */
    public static boolean allowed(CaseStatus from, CaseStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /**
     * Moves the case read (under lock) as {@code row} to {@code to}, recording {@code action} by {@code actor} with
     * what changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(CaseRow row, CaseStatus to, String action, String actor, Object detail) {
        check(row, to);
        if (cases.moveStatus(row.id(), row.status(), to) != 1) {
            throw changedMeanwhile(row);
        }
        audit.record(row.id(), "case", row.id(), action, actor, row.status(), detail);
        search.caseChanged(row.id());
    }

    /** Ends the case in a final status with its outcome (and, when referred, the articles a penalty would rest on). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void close(CaseRow row, CaseStatus to, String outcome, String penaltyArticle, String action, String actor) {
        if (!to.isFinal()) {
            throw new IllegalArgumentException(to + " is not a final status");
        }
        check(row, to);
        if (cases.close(row.id(), row.status(), to, outcome, penaltyArticle, time.now()) != 1) {
            throw changedMeanwhile(row);
        }
        audit.record(row.id(), "case", row.id(), action, actor, row.status(), outcome);
        search.caseChanged(row.id());
    }

    /** A change to the case's data that keeps its status: audited and indexed like a transition. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(
            CaseRow row, String entity, Object entityId, String action, String actor, Object before, Object after) {
        if (row.status().isFinal()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "案件已" + row.status().label() + "，不能再修改");
        }
        audit.record(row.id(), entity, entityId, action, actor, before, after);
        search.caseChanged(row.id());
    }

    private static void check(CaseRow row, CaseStatus to) {
        if (!allowed(row.status(), to)) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "案件当前状态为“" + row.status().label() + "”，不能转为“" + to.label() + "”");
        }
    }

    private static Refusal changedMeanwhile(CaseRow row) {
        return new Refusal(Refusal.Kind.STALE_VERSION, "案件 " + row.caseNumber() + " 已被他人处理，请刷新后重试");
    }
}
