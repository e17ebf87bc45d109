package cn.energyinspect.app.approval;

import static cn.energyinspect.app.approval.ApplicationStatus.*;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchOutbox;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place an application's status changes (as {@code inspection/CaseTransitions}): each change is checked
 * against the status it comes from (read under lock, and again by the update itself) and written with its audit row
 * and its search outbox row in the caller's transaction.
 */
@Component
public class ApprovalTransitions {
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED =
            new EnumMap<>(ApplicationStatus.class);

    static {
        allow(DRAFT, CITY_REVIEW);
        allow(CITY_REVIEW, PROVINCE_REVIEW, RETURNED, REFUSED);
        allow(RETURNED, CITY_REVIEW);
        allow(PROVINCE_REVIEW, HEARING, PUBLICITY, RETURNED, REFUSED);
        allow(HEARING, PUBLICITY);
        allow(PUBLICITY, OBJECTIONS, DECISION);
        allow(OBJECTIONS, DECISION, PUBLICITY, WITHDRAWN);
        allow(DECISION, APPROVED, REFUSED);
        allow(APPROVED, COMPLETED, DELISTED);
        // a suspension or withdrawal (e.g. an objection substantiated after the 公告) ends it from the 公示 on
        for (ApplicationStatus from : EnumSet.of(HEARING, PUBLICITY, OBJECTIONS, DECISION, APPROVED)) {
            allow(from, SUSPENDED, REVOKED);
        }
    }

    private static void allow(ApplicationStatus from, ApplicationStatus... to) {
        ALLOWED.computeIfAbsent(from, s -> EnumSet.noneOf(ApplicationStatus.class))
                .addAll(Set.of(to));
    }

    private final ApprovalMapper approvals;
    private final AuditLog audit;
    private final SearchOutbox search;

    ApprovalTransitions(ApprovalMapper approvals, AuditLog audit, SearchOutbox search) {
        this.approvals = approvals;
        this.audit = audit;
        this.search = search;
    }

    public static boolean allowed(ApplicationStatus from, ApplicationStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /** Moves the application read (under lock) as {@code row} to {@code to}, recording {@code action}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(ApprovalRow row, ApplicationStatus to, String action, String actor, Object detail) {
        if (!allowed(row.status(), to)) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "申请当前状态为“" + name(row.status()) + "”，不能转为“" + name(to) + "”");
        }
        if (approvals.moveStatus(row.id(), row.status(), to) != 1) {
            throw changedMeanwhile(row);
        }
        audit.record(null, "approval", row.id(), action, actor, row.status(), detail);
        search.approvalChanged(row.id());
    }

    /** A change that keeps the status (a saved form, an objection, a document): audited and indexed the same way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(ApprovalRow row, String entity, Object entityId, String action, String actor, Object after) {
        audit.record(null, entity, entityId, action, actor, row.status(), after);
        search.approvalChanged(row.id());
    }

    static Refusal changedMeanwhile(ApprovalRow row) {
        return new Refusal(Refusal.Kind.STALE_VERSION, "申请 " + row.applicationNumber() + " 已被他人处理，请刷新后重试");
    }

    static String name(ApplicationStatus status) {
        return DisplayNames.of(DisplayNames.Category.APPROVAL_STATUS, status.name());
    }
}
