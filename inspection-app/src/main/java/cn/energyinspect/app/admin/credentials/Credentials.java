package cn.energyinspect.app.admin.credentials;

import cn.energyinspect.app.admin.AdminScope;
import cn.energyinspect.app.admin.users.UserAdministration;
import cn.energyinspect.app.admin.users.UserView;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.RegionCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspectors' enforcement certificates (行政执法证) and training records. The team rule and the draw read the
 * certificates straight from {@code inspector_credential} on the date that matters (see {@code CaseMapper} and
 * {@code DrawMapper}), so a certificate that expires, is suspended or revoked stops its holder being offered for a
 * team or drawn from that day on, with nothing to run. A certificate number belongs to one certificate only (409).
 */
@Service
public class Credentials {
    static final String ENTITY = "credential";
    static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "REVOKED");

    private final CredentialMapper credentials;
    private final UserAdministration users;
    private final AdminScope scope;
    private final AuditLog audit;
    private final BusinessTime time;

    Credentials(
            CredentialMapper credentials,
            UserAdministration users,
            AdminScope scope,
            AuditLog audit,
            BusinessTime time) {
        this.credentials = credentials;
        this.users = users;
        this.scope = scope;
        this.audit = audit;
        this.time = time;
    }

    /** An inspector's certificates (the newest first) and training records. */
    public record Record(UserView user, List<CredentialView> credentials, List<TrainingView> trainings) {}

    @Transactional(readOnly = true)
    public Record of(String username, CurrentUser admin) {
        UserView user = users.get(username, admin);
        long userId = id(username);
        return new Record(
                user, credentials.ofUser(userId).stream().map(this::view).toList(), credentials.trainings(userId));
    }

    @Transactional
    public CredentialView add(String username, CredentialForm form, CurrentUser admin) {
        UserView holder = users.get(username, admin);
        List<FieldError> errors = new ArrayList<>();
        String number =
                form.certificateNo() == null ? null : form.certificateNo().strip();
        if (number == null || number.isEmpty()) {
            errors.add(new FieldError("certificateNo", "必填"));
        } else if (number.length() > 32) {
            errors.add(new FieldError("certificateNo", "不能超过 32 个字符"));
        }
        if (form.validFrom() == null) {
            errors.add(new FieldError("validFrom", "必填"));
        }
        checkPeriodAndStatus(form, errors);
        if (holder.role() != Role.INSPECTOR && holder.role() != Role.SUPERVISOR) {
            errors.add(new FieldError("username", "只有监察员和科室负责人持有行政执法证"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (isRegistered(number)) {
            throw duplicate(number);
        }
        var row = new CredentialMapper.NewCredential(
                id(username),
                number,
                trim(form.issuingAuthority()),
                form.validFrom(),
                form.validTo(),
                form.status() == null ? "ACTIVE" : form.status(),
                admin.username());
        try {
            credentials.insert(row);
        } catch (DuplicateKeyException raced) {
            throw duplicate(number);
        }
        credentials.refreshCard(row.userId, time.today());
        CredentialView created = view(credentials.find(row.id).orElseThrow());
        audit.record(null, ENTITY, row.id, "CREDENTIAL_ADDED", admin.username(), null, created);
        return created;
    }

    @Transactional
    public CredentialView update(long id, CredentialForm form, CurrentUser admin) {
        CredentialMapper.CredentialRow row = visible(id, admin);
        CredentialView before = view(row);
        List<FieldError> errors = new ArrayList<>();
        if (form.version() == null) {
            errors.add(new FieldError("version", "必填：修改须带上读取时的版本号"));
        }
        if (form.certificateNo() != null && !form.certificateNo().strip().equals(row.certificateNo())) {
            errors.add(new FieldError("certificateNo", "证号不能修改：换发新证请新增一条执法证"));
        }
        checkPeriodAndStatus(form, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        int changed = credentials.update(
                id,
                form.version(),
                trim(form.issuingAuthority()),
                form.validFrom(),
                form.validTo(),
                form.status() == null ? row.status() : form.status());
        if (changed == 0) {
            throw new Refusal(Refusal.Kind.STALE_VERSION, "执法证已被他人修改，请刷新后重试");
        }
        credentials.refreshCard(row.userId(), time.today());
        CredentialView after = view(credentials.find(id).orElseThrow());
        audit.record(null, ENTITY, id, "CREDENTIAL_UPDATED", admin.username(), before, after);
        return after;
    }

    /**
     * The active certificates of the caller's region (a supervisor: its agency's) whose last day falls within {@code
     * withinDays} from today, the soonest first; with {@code includeExpired} also those already past.
     */
    @Transactional(readOnly = true)
    public List<CredentialView> expiring(Integer withinDays, boolean includeExpired, CurrentUser user) {
        int days = withinDays == null ? scope.settings().expiringWithinDays() : withinDays;
        if (days < 0 || days > 3660) {
            throw Refusal.invalid("withinDays", "须在 0 到 3660 之间");
        }
        Long agencyId = null;
        if (user.hasRole(Role.SUPERVISOR)) {
            agencyId = user.agencyId();
            if (agencyId == null) {
                return List.of();
            }
        } else {
            scope.requireAdministrator(user);
        }
        LocalDate today = time.today();
        return credentials
                .expiring(
                        RegionCodes.prefix(user.regionCode()),
                        includeExpired ? null : today,
                        today.plusDays(days),
                        agencyId)
                .stream()
                .map(this::view)
                .toList();
    }

    @Transactional
    public TrainingView addTraining(String username, TrainingForm form, CurrentUser admin) {
        users.get(username, admin);
        List<FieldError> errors = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new FieldError("title", "必填"));
        } else if (form.title().strip().length() > 200) {
            errors.add(new FieldError("title", "不能超过 200 个字符"));
        }
        if (form.provider() != null && form.provider().strip().length() > 128) {
            errors.add(new FieldError("provider", "不能超过 128 个字符"));
        }
        if (form.hours() == null) {
            errors.add(new FieldError("hours", "必填"));
        } else if (form.hours().signum() <= 0 || form.hours().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            errors.add(new FieldError("hours", "学时须大于 0 且小于 10000"));
        }
        if (form.completedOn() == null) {
            errors.add(new FieldError("completedOn", "必填"));
        } else if (form.completedOn().isAfter(time.today())) {
            errors.add(new FieldError("completedOn", "完成日期不能晚于今天"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        long userId = id(username);
        credentials.insertTraining(
                userId,
                form.title().strip(),
                trim(form.provider()),
                form.hours(),
                form.completedOn(),
                admin.username());
        audit.record(null, ENTITY, username, "TRAINING_RECORDED", admin.username(), null, form);
        return credentials.trainings(userId).get(0);
    }

    /** Whether a certificate number is already registered (the roster import reports it per row). */
    public boolean isRegistered(String number) {
        return credentials.holderOf(number).isPresent();
    }

    private static Refusal duplicate(String number) {
        return new Refusal(
                Refusal.Kind.DUPLICATE,
                "执法证号 " + number + " 已登记（一个证号只能登记一次）",
                List.of(new FieldError("certificateNo", "该执法证号已登记")));
    }

    static void checkPeriodAndStatus(CredentialForm form, List<FieldError> errors) {
        if (form.validTo() == null) {
            errors.add(new FieldError("validTo", "必填"));
        } else if (form.validFrom() != null && form.validTo().isBefore(form.validFrom())) {
            errors.add(new FieldError("validTo", "有效期止不能早于有效期起（" + form.validFrom() + "）"));
        }
        if (form.status() != null && !STATUSES.contains(form.status())) {
            errors.add(new FieldError("status", "须为 ACTIVE、SUSPENDED 或 REVOKED"));
        }
        if (form.issuingAuthority() != null && form.issuingAuthority().strip().length() > 128) {
            errors.add(new FieldError("issuingAuthority", "不能超过 128 个字符"));
        }
    }

    private CredentialMapper.CredentialRow visible(long id, CurrentUser admin) {
        scope.requireAdministrator(admin);
        return credentials
                .find(id)
                .filter(c -> admin.jurisdiction().coversRegion(c.regionCode()))
                .orElseThrow(() -> Refusal.notFound("执法证"));
    }

    private long id(String username) {
        return users.idOf(username);
    }

    CredentialView view(CredentialMapper.CredentialRow row) {
        return new CredentialView(
                row.id(),
                row.username(),
                row.displayName(),
                row.agencyId(),
                row.agencyName(),
                row.certificateNo(),
                row.issuingAuthority(),
                row.validFrom(),
                row.validTo(),
                row.status(),
                ChronoUnit.DAYS.between(time.today(), row.validTo()),
                row.version());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
