package cn.energyinspect.app.penalty;

import static cn.energyinspect.app.penalty.PenaltyStatus.*;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a penalty case's status changes. Each change is checked against the status the case comes from (as
 * the caller read it under its lock, and again by the update), and written with its audit row in the caller's
 * transaction: a change is recorded with it, or not made at all. A change of the case's data that keeps its status is
 * audited here too ({@link #changed}).
 */
@Component
public class PenaltyTransitions {
    static final String ENTITY = "penalty_case";
    private static final Map<PenaltyStatus, Set<PenaltyStatus>> ALLOWED = new EnumMap<>(PenaltyStatus.class);

    static {
        allow(REFERRED, INVESTIGATING, NOT_REGISTERED);
        allow(INVESTIGATING, UNDER_REVIEW);
        allow(UNDER_REVIEW, INVESTIGATING, NOTIFIED, NO_PENALTY, TRANSFERRED);
        allow(NOTIFIED, HEARING, DECIDED);
        allow(HEARING, DECIDED);
        allow(DECIDED, SERVED);
        allow(SERVED, PAID, PAYMENT_OVERDUE);
        allow(PAYMENT_OVERDUE, PAID, CLOSED);
        allow(PAID, CLOSED);
        // 撤销立案 ends a case before its decision; a decision (even of a closed case) may be revoked by 复议 or 诉讼
        for (PenaltyStatus before : EnumSet.of(REFERRED, INVESTIGATING, UNDER_REVIEW, NOTIFIED, HEARING)) {
            allow(before, WITHDRAWN);
        }
        for (PenaltyStatus decided : EnumSet.of(DECIDED, SERVED, PAYMENT_OVERDUE, PAID, CLOSED)) {
            allow(decided, REVOKED);
        }
    }

    private static void allow(PenaltyStatus from, PenaltyStatus... to) {
        ALLOWED.computeIfAbsent(from, s -> EnumSet.noneOf(PenaltyStatus.class)).addAll(Set.of(to));
    }

    private final PenaltyMapper penalties;
    private final AuditLog audit;
    private final BusinessTime time;

    PenaltyTransitions(PenaltyMapper penalties, AuditLog audit, BusinessTime time) {
        this.penalties = penalties;
        this.audit = audit;
        this.time = time;
    }

    public static boolean allowed(PenaltyStatus from, PenaltyStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /** Moves the case read (under lock) as {@code row} to {@code to}, recording {@code action} by {@code actor}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(PenaltyRow row, PenaltyStatus to, String action, String actor, Object detail) {
        check(row, to);
        if (penalties.moveStatus(row.id(), row.status(), to) != 1) {
            throw changedMeanwhile(row);
        }
        audit.record(null, ENTITY, row.id(), action, actor, row.status(), detail);
    }

    /** Ends the case in {@code to} with its outcome (the procedure ended, or a decision was revoked). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void close(PenaltyRow row, PenaltyStatus to, String outcome, String action, String actor, Object detail) {
        check(row, to);
        if (penalties.close(row.id(), row.status(), to, outcome, time.now()) != 1) {
            throw changedMeanwhile(row);
        }
        audit.record(null, ENTITY, row.id(), action, actor, row.status(), detail);
    }

    /**
     * A change of the case's data or of its record that keeps the status (a document served, a payment proven, a
     * publication): audited like a transition; refused on a case that has ended unless {@code afterEnd}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(PenaltyRow row, String entity, String action, String actor, Object before, Object after) {
        audit.record(null, entity, row.id(), action, actor, before, after);
    }

    /** Refuses a change of a case that has ended (409), naming its status. */
    public static void requireOpen(PenaltyRow row) {
        if (row.status().isFinal()) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "处罚案件已" + row.status().label() + "，不能再办理");
        }
    }

    private static void check(PenaltyRow row, PenaltyStatus to) {
        if (!allowed(row.status(), to)) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "处罚案件当前状态为“" + row.status().label() + "”，不能转为“" + to.label() + "”");
        }
    }

    private static Refusal changedMeanwhile(PenaltyRow row) {
        return new Refusal(Refusal.Kind.STALE_VERSION, "处罚案件 " + row.caseNumber() + " 已被他人处理，请刷新后重试");
    }
}
