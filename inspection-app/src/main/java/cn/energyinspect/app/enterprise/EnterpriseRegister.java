package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Jurisdiction;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.web.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise register (企业名录): who may see and change which enterprise, and the rules a registration must meet.
 * Province administrators and supervisors maintain the register within their jurisdiction; inspectors, auditors and
 * enterprise users read it (an enterprise user only its own record). Anything outside the caller's jurisdiction is
 * answered as if it did not exist.
 */
@Service
public class EnterpriseRegister {
    private static final Logger log = LoggerFactory.getLogger(EnterpriseRegister.class);
    static final int MAX_PAGE_SIZE = 100;

    private final EnterpriseMapper enterprises;
    private final EnterpriseValidation validation;
    private final KeyEnergyUnits keyUnits;
    private final SearchOutbox search;
    private final AuditLog audit;

    private final cn.energyinspect.app.idempotency.IdempotencyKeys idempotency;

    EnterpriseRegister(
            EnterpriseMapper enterprises,
            EnterpriseValidation validation,
            KeyEnergyUnits keyUnits,
            SearchOutbox search,
            AuditLog audit,
            cn.energyinspect.app.idempotency.IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
        this.enterprises = enterprises;
        this.validation = validation;
        this.keyUnits = keyUnits;
        this.search = search;
        this.audit = audit;
    }

    /** Filters of the list endpoint, as the client sent them. */
    public record Filter(
            String regionCode, String industry, Boolean keyEnergyUnit, String nameContains, int page, int size) {}

    @Transactional
    public EnterpriseView register(EnterpriseForm form, CurrentUser user) {
        return register(form, user, null);
    }

    /**
     * Registers an enterprise; with an {@code Idempotency-Key} a resend (after a lost reply) gets the first result
     * instead of a 409 for the code it registered itself.
     */
    @Transactional
    public EnterpriseView register(EnterpriseForm form, CurrentUser user, String idempotencyKey) {
        requireMaintainer(user);
        return idempotency.once(
                user.username(),
                "enterprise.register",
                idempotencyKey,
                form,
                () -> {
                    List<FieldError> errors = problemsOfNew(form, user);
                    if (!errors.isEmpty()) {
                        throw Refusal.invalid(errors);
                    }
                    if (enterprises.findByUscc(form.uscc()).isPresent()) {
                        throw duplicate(form.uscc());
                    }
                    insertNew(form, user);
                    return form.uscc();
                },
                uscc -> EnterpriseView.of(enterprises.findByUscc(uscc).orElseThrow()));
    }

    /**
     * Registers checked forms in one transaction, each exactly as {@link #register} does (audit, search outbox, log);
     * one that was registered meanwhile rolls back all of them.
     */
    @Transactional
    public void registerAll(List<EnterpriseForm> forms, CurrentUser user) {
        requireMaintainer(user);
        forms.forEach(form -> insertNew(form, user));
    }

    /** Every problem of a new registration by {@code user}, existing codes aside: the rules of {@link #register}. */
    List<FieldError> problemsOfNew(EnterpriseForm form, CurrentUser user) {
        List<FieldError> errors = validation.check(form, true);
        requireWithinJurisdiction(form, user, errors);
        keyUnits.decide(form, errors);
        return errors;
    }

    private void insertNew(EnterpriseForm form, CurrentUser user) {
        boolean keyUnit = keyUnits.decide(form, new ArrayList<>());
        try {
            enterprises.insert(form, keyUnit);
        } catch (DuplicateKeyException raced) {
            throw duplicate(form.uscc());
        }
        search.enterpriseChanged(form.uscc());
        audit.record(
                null, "enterprise", form.uscc(), "ENTERPRISE_REGISTERED", user.username(), null, form.decided(keyUnit));
        log.info("E-ENTERPRISE-REGISTERED uscc={} region={} by={}", form.uscc(), form.regionCode(), user.username());
    }

    /** Only checked once the rest is valid, so an unknown region is reported as unknown, not as out of reach. */
    private static void requireWithinJurisdiction(EnterpriseForm form, CurrentUser user, List<FieldError> errors) {
        if (errors.isEmpty() && !user.jurisdiction().coversRegion(form.regionCode())) {
            errors.add(new FieldError("regionCode", "不在您的管辖范围内"));
        }
    }

    @Transactional(readOnly = true)
    public EnterpriseView get(String uscc, CurrentUser user) {
        return EnterpriseView.of(visible(uscc, user.jurisdiction()).orElseThrow(() -> Refusal.notFound("企业")));
    }

    @Transactional
    public EnterpriseView update(String uscc, EnterpriseForm form, CurrentUser user) {
        EnterpriseRow current = visible(uscc, user.jurisdiction()).orElseThrow(() -> Refusal.notFound("企业"));
        requireMaintainer(user);
        List<FieldError> errors = new ArrayList<>(validation.check(form, false));
        if (form.uscc() != null && !form.uscc().equals(uscc)) {
            errors.add(new FieldError("uscc", "统一社会信用代码登记后不能修改"));
        }
        requireWithinJurisdiction(form, user, errors);
        boolean keyUnit = keyUnits.decide(form, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (enterprises.update(uscc, form, keyUnit, form.version()) == 0) {
            throw new Refusal(
                    Refusal.Kind.STALE_VERSION,
                    "企业记录已被修改（当前版本 "
                            + enterprises
                                    .findByUscc(uscc)
                                    .map(EnterpriseRow::version)
                                    .orElse(current.version()) + "，提交的版本 " + form.version() + "），请重新读取后再修改");
        }
        search.enterpriseChanged(uscc);
        log.info("E-ENTERPRISE-UPDATED uscc={} version={} by={}", uscc, form.version() + 1, user.username());
        return EnterpriseView.of(enterprises.findByUscc(uscc).orElseThrow());
    }

    @Transactional(readOnly = true)
    public EnterprisePage list(Filter filter, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(filter.page(), filter.size(), MAX_PAGE_SIZE, errors);
        EnterpriseQuery query = query(filter, user, errors, Paging.offset(filter.page(), filter.size()), filter.size());
        long total = enterprises.count(query);
        List<EnterpriseView> items =
                enterprises.list(query).stream().map(EnterpriseView::of).toList();
        return new EnterprisePage(
                items, filter.page(), filter.size(), total, (total + filter.size() - 1) / filter.size());
    }

    /** The list's filter as the database runs it (the list and its export share it). */
    EnterpriseQuery query(Filter filter, CurrentUser user, List<FieldError> errors, int offset, int limit) {
        if (filter.regionCode() != null && !filter.regionCode().matches("\\d{6}")) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        }
        if (filter.industry() != null && !filter.industry().matches("[A-T]\\d{0,4}")) {
            errors.add(new FieldError("industry", "须为国民经济行业分类代码或其前缀，例如 C30"));
        }
        if (filter.nameContains() != null && filter.nameContains().length() > 100) {
            errors.add(new FieldError("nameContains", "不能超过 100 个字符"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Jurisdiction scope = user.jurisdiction();
        EnterpriseQuery query = new EnterpriseQuery(
                scope.regionPrefix(),
                scope.enterpriseUscc(),
                filter.regionCode() == null
                        ? null
                        : cn.energyinspect.rules.basis.RegionCodes.prefix(filter.regionCode()),
                filter.industry(),
                filter.keyEnergyUnit(),
                filter.nameContains() == null || filter.nameContains().isBlank()
                        ? null
                        : escapeLike(filter.nameContains().trim()),
                offset,
                limit);
        return query;
    }

    private Optional<EnterpriseRow> visible(String uscc, Jurisdiction scope) {
        if (uscc == null || uscc.length() != 18) {
            return Optional.empty();
        }
        return enterprises.findByUscc(uscc).filter(e -> scope.coversEnterprise(e.uscc(), e.regionCode()));
    }

    static void requireMaintainer(CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.SUPERVISOR)) {
            throw Refusal.forbidden("企业名录由监察机构的管理员和科室负责人维护，您的角色只能查看");
        }
    }

    private static Refusal duplicate(String uscc) {
        return new Refusal(Refusal.Kind.DUPLICATE, "统一社会信用代码 " + uscc + " 已登记", List.of(new FieldError("uscc", "已登记")));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
