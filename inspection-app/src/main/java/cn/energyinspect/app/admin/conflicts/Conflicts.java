package cn.energyinspect.app.admin.conflicts;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.notification.Audience;
import cn.energyinspect.app.notification.Notice;
import cn.energyinspect.app.notification.NoticeKind;
import cn.energyinspect.app.notification.Notifier;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest (回避, 行政处罚法 第四十三条): an inspector declares one with an enterprise, a supervisor of its
 * agency approves it (with an end date, or open-ended) or rejects it with a reason. From the declaration on, and
 * while approved until its end date, the inspector is not offered for that enterprise's team nor drawn for it (the
 * team and draw queries read this table); a rejected one no longer counts. A pending declaration counts too: until a
 * supervisor has looked at it, keeping the inspector off is the safe side.
 */
@Service
public class Conflicts {
    static final String ENTITY = "conflict";
    private static final Set<String> STATUSES = Set.of("DECLARED", "APPROVED", "REJECTED");

    private final ConflictMapper conflicts;
    private final EnterpriseMapper enterprises;
    private final AuditLog audit;
    private final BusinessTime time;
    private final Notifier notifier;

    Conflicts(
            ConflictMapper conflicts,
            EnterpriseMapper enterprises,
            AuditLog audit,
            BusinessTime time,
            Notifier notifier) {
        this.conflicts = conflicts;
        this.enterprises = enterprises;
        this.audit = audit;
        this.time = time;
        this.notifier = notifier;
    }

    /** An inspector its own; a supervisor its agency's; an administrator or auditor its region's. */
    @Transactional(readOnly = true)
    public List<ConflictView> list(String status, CurrentUser user) {
        if (status != null && !STATUSES.contains(status)) {
            throw Refusal.invalid("status", "须为 DECLARED、APPROVED 或 REJECTED");
        }
        String prefix = RegionCodes.prefix(user.regionCode());
        List<ConflictMapper.ConflictRow> rows = switch (user.role()) {
            case INSPECTOR -> conflicts.search(prefix, user.id(), null, status);
            case SUPERVISOR ->
                user.agencyId() == null ? List.of() : conflicts.search(prefix, null, user.agencyId(), status);
            case PROVINCE_ADMIN, AUDITOR -> conflicts.search(prefix, null, null, status);
            case ENTERPRISE, PROJECT_REVIEWER -> throw Refusal.forbidden("企业用户和项目审核员无权查看回避声明");
        };
        return rows.stream().map(this::view).toList();
    }

    @Transactional
    public ConflictView declare(ConflictDeclaration declaration, CurrentUser user) {
        if (!user.hasRole(Role.INSPECTOR, Role.SUPERVISOR)) {
            throw Refusal.forbidden("只有执法人员可以声明回避");
        }
        List<FieldError> errors = new ArrayList<>();
        String uscc = UnifiedSocialCreditCode.normalise(declaration.enterpriseUscc());
        if (uscc == null || uscc.isEmpty()) {
            errors.add(new FieldError("enterpriseUscc", "必填"));
        } else if (enterprises.findByUscc(uscc).isEmpty()) {
            errors.add(new FieldError("enterpriseUscc", "企业名录中没有此统一社会信用代码"));
        }
        if (declaration.reason() == null || declaration.reason().isBlank()) {
            errors.add(new FieldError("reason", "必填：写明回避的理由（如亲属关系、曾任职）"));
        } else if (declaration.reason().strip().length() > 300) {
            errors.add(new FieldError("reason", "不能超过 300 个字符"));
        }
        LocalDate today = time.today();
        if (declaration.endsOn() != null && declaration.endsOn().isBefore(today)) {
            errors.add(new FieldError("endsOn", "结束日期不能早于今天"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        var existing = conflicts.findPair(user.id(), uscc);
        String reason = declaration.reason().strip();
        if (existing.isPresent()) {
            ConflictView current = view(existing.get());
            if (current.inForce()) {
                throw Refusal.conflict("已声明与该企业回避（" + current.status() + "），无需重复声明");
            }
            conflicts.redeclare(existing.get().id(), reason, declaration.endsOn(), user.username(), time.now());
        } else {
            conflicts.insert(user.id(), uscc, reason, declaration.endsOn(), user.username(), time.now());
        }
        ConflictView declared = view(conflicts.findPair(user.id(), uscc).orElseThrow());
        audit.record(null, ENTITY, declared.id(), "CONFLICT_DECLARED", user.username(), null, declared);
        if (user.agencyId() != null) {
            notifier.publish(new Notice(
                    NoticeKind.CONFLICT_DECLARED,
                    user.displayName() + " 声明回避待审批",
                    user.displayName() + " 声明与" + name(declared) + "回避：" + reason,
                    "/admin/conflicts",
                    null,
                    null,
                    null,
                    new Audience.AgencyRole(user.agencyId(), Role.SUPERVISOR),
                    "conflict-declared-" + declared.id() + "-"
                            + declared.declaredAt().toEpochMilli()));
        }
        return declared;
    }

    @Transactional
    public ConflictView approve(long id, ConflictDecision decision, CurrentUser supervisor) {
        return decide(id, true, decision, supervisor);
    }

    @Transactional
    public ConflictView reject(long id, ConflictDecision decision, CurrentUser supervisor) {
        return decide(id, false, decision, supervisor);
    }

    private ConflictView decide(long id, boolean approve, ConflictDecision decision, CurrentUser supervisor) {
        ConflictMapper.ConflictRow row = conflicts
                .find(id)
                .filter(c -> supervisor.jurisdiction().coversRegion(c.regionCode()))
                .orElseThrow(() -> Refusal.notFound("回避声明"));
        boolean ownAgency = supervisor.hasRole(Role.SUPERVISOR)
                && supervisor.agencyId() != null
                && supervisor.agencyId().equals(row.agencyId());
        if (!ownAgency && !supervisor.hasRole(Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("只有声明人所在机构的科室负责人可以审批回避");
        }
        if (row.userId() == supervisor.id()) {
            throw Refusal.forbidden("不能审批自己的回避声明");
        }
        List<FieldError> errors = new ArrayList<>();
        String note =
                decision == null || decision.note() == null || decision.note().isBlank()
                        ? null
                        : decision.note().strip();
        if (!approve && note == null) {
            errors.add(new FieldError("note", "不同意须写明理由"));
        }
        if (note != null && note.length() > 300) {
            errors.add(new FieldError("note", "不能超过 300 个字符"));
        }
        LocalDate endsOn = approve
                ? (decision == null || decision.endsOn() == null ? row.endsOn() : decision.endsOn())
                : row.endsOn();
        if (approve && endsOn != null && endsOn.isBefore(time.today())) {
            errors.add(new FieldError("endsOn", "结束日期不能早于今天"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        ConflictView before = view(row);
        int changed = conflicts.decide(
                id, approve ? "APPROVED" : "REJECTED", endsOn, supervisor.username(), note, time.now());
        if (changed == 0) {
            throw Refusal.conflict("该回避声明已审批（" + row.status() + "）");
        }
        ConflictView after = view(conflicts.find(id).orElseThrow());
        audit.record(
                null,
                ENTITY,
                id,
                approve ? "CONFLICT_APPROVED" : "CONFLICT_REJECTED",
                supervisor.username(),
                before,
                after);
        notifier.publish(new Notice(
                NoticeKind.CONFLICT_DECIDED,
                approve ? "回避申请已同意" : "回避申请未同意",
                "您与" + name(after) + "的回避声明" + (approve ? "已同意" : "未同意：" + note),
                "/admin/conflicts",
                null,
                null,
                null,
                new Audience.Users(List.of(row.username())),
                "conflict-decided-" + id + "-" + after.decidedAt().toEpochMilli()));
        return after;
    }

    private static String name(ConflictView view) {
        return view.enterpriseName() != null ? view.enterpriseName() : view.enterpriseUscc();
    }

    private ConflictView view(ConflictMapper.ConflictRow row) {
        LocalDate today = time.today();
        boolean inForce = !"REJECTED".equals(row.status())
                && (row.endsOn() == null || !row.endsOn().isBefore(today));
        return new ConflictView(
                row.id(),
                row.username(),
                row.displayName(),
                row.agencyId(),
                row.agencyName(),
                row.enterpriseUscc(),
                row.enterpriseName(),
                row.reason(),
                row.status(),
                row.endsOn(),
                row.declaredAt(),
                row.decidedBy(),
                row.decidedByName(),
                row.decidedAt(),
                row.decisionNote(),
                inForce);
    }
}
