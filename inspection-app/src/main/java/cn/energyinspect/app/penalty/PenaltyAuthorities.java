package cn.energyinspect.app.penalty;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 处罚机关 of each agency (programmes.md §1.6 item 1: configured per tenant). Until a province administrator enters
 * it, an agency decides under its own name without a code, and the credit record names the missing CF_CFJGDM: no
 * decision can be issued without it.
 */
@Service
public class PenaltyAuthorities {
    private final PenaltyMapper penalties;
    private final AgencyMapper agencies;
    private final AuditLog audit;
    private final BusinessTime time;

    PenaltyAuthorities(PenaltyMapper penalties, AgencyMapper agencies, AuditLog audit, BusinessTime time) {
        this.penalties = penalties;
        this.agencies = agencies;
        this.audit = audit;
        this.time = time;
    }

    /** The authority as configured, or the agency itself without a code. */
    @Transactional(readOnly = true)
    public PenaltyAuthority of(long agencyId) {
        return penalties.authority(agencyId).orElseGet(() -> {
            Agency agency = agencies.findById(agencyId).orElseThrow();
            return new PenaltyAuthority(
                    agencyId, agency.name(), null, "OWN", null, "本级人民政府", null, "见行政处罚决定书", null, null);
        });
    }

    /** What a province administrator (or the agency's supervisor) enters. */
    public record Settings(
            String name,
            String uscc,
            String actingAs,
            String commissionRef,
            String reconsiderationBody,
            String court,
            String paymentPlace) {}

    @Transactional(readOnly = true)
    public PenaltyAuthority get(long agencyId, CurrentUser user) {
        return of(scoped(agencyId, user, false).id());
    }

    @Transactional
    public PenaltyAuthority save(long agencyId, Settings settings, CurrentUser user) {
        Agency agency = scoped(agencyId, user, true);
        List<FieldError> errors = new ArrayList<>();
        String name = text(settings.name(), "name", 200, errors);
        String uscc = settings.uscc() == null ? null : settings.uscc().strip().toUpperCase(java.util.Locale.ROOT);
        if (uscc == null || uscc.isEmpty()) {
            errors.add(new FieldError("uscc", "必填"));
        } else if (!UnifiedSocialCreditCode.check(uscc).valid()) {
            errors.add(new FieldError(
                    "uscc",
                    "统一社会信用代码无效："
                            + String.join(
                                    "；", UnifiedSocialCreditCode.check(uscc).errors())));
        }
        if (settings.actingAs() == null || !PenaltyAuthority.ACTING_AS.contains(settings.actingAs())) {
            errors.add(new FieldError("actingAs", "取值应为 OWN、AUTHORISED 或 COMMISSIONED"));
        }
        String commission = optional(settings.commissionRef(), "commissionRef", 200, errors);
        if ("COMMISSIONED".equals(settings.actingAs()) && commission == null) {
            errors.add(new FieldError("commissionRef", "受委托实施行政处罚须写明委托书（行政处罚法第二十条）"));
        }
        String body = text(settings.reconsiderationBody(), "reconsiderationBody", 200, errors);
        String court = optional(settings.court(), "court", 200, errors);
        String payment = text(settings.paymentPlace(), "paymentPlace", 300, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        PenaltyAuthority before = penalties.authority(agency.id()).orElse(null);
        PenaltyAuthority saved = new PenaltyAuthority(
                agency.id(),
                name,
                uscc,
                settings.actingAs(),
                commission,
                body,
                court,
                payment,
                user.username(),
                time.now());
        penalties.saveAuthority(saved);
        audit.record(null, "penalty_authority", agency.id(), "PENALTY_AUTHORITY_SAVED", user.username(), before, saved);
        return saved;
    }

    private Agency scoped(long agencyId, CurrentUser user, boolean change) {
        Agency agency = agencies.findById(agencyId)
                .filter(a ->
                        user.role() != Role.ENTERPRISE && user.jurisdiction().coversRegion(a.regionCode()))
                .orElseThrow(() -> Refusal.notFound("监察机构"));
        if (change
                && !(user.hasRole(Role.PROVINCE_ADMIN)
                        || (user.hasRole(Role.SUPERVISOR)
                                && Long.valueOf(agency.id()).equals(user.agencyId())))) {
            throw Refusal.forbidden("只有省级管理员或本机构科室负责人可以设置处罚机关");
        }
        return agency;
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String text = optional(value, field, max, errors);
        if (text == null && (value == null || value.isBlank())) {
            errors.add(new FieldError(field, "必填"));
        }
        return text;
    }

    private static String optional(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 个字符"));
            return null;
        }
        return value.strip();
    }
}
