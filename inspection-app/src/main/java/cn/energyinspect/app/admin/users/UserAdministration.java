package cn.energyinspect.app.admin.users;

import cn.energyinspect.app.admin.AdminScope;
import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserMapper;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users of the administrator's region: listed and found by name, created with a temporary password (to be changed at
 * the first login), changed with their version. A user can never be given a region, agency or enterprise outside the
 * administrator's own (404, as everything out of jurisdiction). A change of role, agency or region ends the user's
 * sessions so it takes effect at once.
 */
@Service
public class UserAdministration {
    static final String ENTITY = "user";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,32}");
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAdminMapper users;
    private final UserMapper accounts;
    private final AgencyMapper agencies;
    private final RegionMapper regions;
    private final EnterpriseMapper enterprises;
    private final AdminScope scope;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(
            UserAdminMapper users,
            UserMapper accounts,
            AgencyMapper agencies,
            RegionMapper regions,
            EnterpriseMapper enterprises,
            AdminScope scope,
            PasswordEncoder encoder,
            AuditLog audit) {
        this.users = users;
        this.accounts = accounts;
        this.agencies = agencies;
        this.regions = regions;
        this.enterprises = enterprises;
        this.scope = scope;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A page of users. */
    public record UserPage(List<UserView> items, int page, int size, long totalItems) {}

    /** A user created, with the temporary password shown once. */
    public record Created(UserView user, String temporaryPassword) {}

    @Transactional(readOnly = true)
    public UserPage search(
            String q,
            Role role,
            Long agencyId,
            String regionCode,
            Boolean enabled,
            int page,
            int size,
            CurrentUser admin) {
        String prefix = scope.prefix(admin);
        Paging.require(page, size, Paging.MAX_SIZE);
        if (regionCode != null && !RegionCodes.isWellFormed(regionCode)) {
            throw Refusal.invalid("regionCode", "须为 6 位行政区划代码");
        }
        var query = new UserAdminMapper.UserQuery(
                prefix,
                q == null || q.isBlank() ? null : q.strip(),
                role,
                agencyId,
                regionCode == null ? null : RegionCodes.prefix(regionCode),
                enabled,
                Paging.offset(page, size),
                size);
        return new UserPage(users.search(query), page, size, users.count(query));
    }

    @Transactional(readOnly = true)
    public UserView get(String username, CurrentUser admin) {
        return find(username, admin).orElseThrow(() -> Refusal.notFound("用户"));
    }

    /**
     * The user if it is in the administrator's region; empty otherwise. A lookup that may miss (the roster import asks
     * it per row) must not throw: a refusal inside the importing transaction would mark the whole import for rollback.
     */
    @Transactional(readOnly = true)
    public Optional<UserView> find(String username, CurrentUser admin) {
        scope.requireAdministrator(admin);
        return users.find(username).filter(u -> admin.jurisdiction().coversRegion(u.regionCode()));
    }

    /** The account id of a user the caller already checked (see {@link #get}). */
    public long idOf(String username) {
        return users.idOf(username).orElseThrow(() -> Refusal.notFound("用户"));
    }

    @Transactional
    public Created create(UserForm form, CurrentUser admin) {
        scope.requireAdministrator(admin);
        List<FieldError> errors = new ArrayList<>();
        if (form.username() == null || form.username().isBlank()) {
            errors.add(new FieldError("username", "必填"));
        } else if (!USERNAME.matcher(form.username()).matches()) {
            errors.add(new FieldError("username", "登录名为 3–64 位字母、数字、点、下划线或连字符，以字母或数字开头"));
        }
        Placement placement = check(form, errors, admin);
        if (users.usernameTaken(form.username())) {
            throw new Refusal(
                    Refusal.Kind.DUPLICATE,
                    "登录名已被使用：" + form.username(),
                    List.of(new FieldError("username", "登录名已被使用")));
        }
        String temporary = temporaryPassword();
        var row = new UserAdminMapper.NewUser(
                form.username(),
                encoder.encode(temporary),
                form.displayName().strip(),
                form.role(),
                placement.regionCode(),
                placement.agencyId(),
                placement.enterpriseUscc(),
                blankToNull(form.phone()));
        users.insert(row);
        UserView created = users.find(form.username()).orElseThrow();
        audit.record(null, ENTITY, form.username(), "USER_CREATED", admin.username(), null, created);
        return new Created(created, temporary);
    }

    @Transactional
    public UserView update(String username, UserForm form, CurrentUser admin) {
        UserView before = get(username, admin);
        List<FieldError> errors = new ArrayList<>();
        if (form.version() == null) {
            errors.add(new FieldError("version", "必填：修改须带上读取时的版本号"));
        }
        if (form.username() != null && !form.username().equals(username)) {
            errors.add(new FieldError("username", "登录名不能修改"));
        }
        Placement placement = check(form, errors, admin);
        if (username.equals(admin.username()) && form.role() != before.role()) {
            throw Refusal.conflict("不能修改自己的角色（请由另一位管理员操作）");
        }
        int changed = users.update(
                username,
                form.version(),
                form.displayName().strip(),
                form.role(),
                placement.regionCode(),
                placement.agencyId(),
                placement.enterpriseUscc(),
                blankToNull(form.phone()));
        if (changed == 0) {
            throw new Refusal(Refusal.Kind.STALE_VERSION, "用户信息已被他人修改，请刷新后重试");
        }
        UserView after = users.find(username).orElseThrow();
        if (before.role() != after.role()
                || !Objects.equals(before.agencyId(), after.agencyId())
                || !before.regionCode().equals(after.regionCode())
                || !Objects.equals(before.enterpriseUscc(), after.enterpriseUscc())) {
            accounts.bumpSessionEpoch(users.idOf(username).orElseThrow());
        }
        audit.record(null, ENTITY, username, "USER_UPDATED", admin.username(), before, after);
        return after;
    }

    /** Where a user sits: its region, agency and enterprise, each checked against the administrator's region. */
    private record Placement(String regionCode, Long agencyId, String enterpriseUscc) {}

    private Placement check(UserForm form, List<FieldError> errors, CurrentUser admin) {
        if (form.displayName() == null || form.displayName().isBlank()) {
            errors.add(new FieldError("displayName", "必填：页面和文书上显示的姓名"));
        } else if (form.displayName().strip().length() > 64) {
            errors.add(new FieldError("displayName", "不能超过 64 个字符"));
        }
        if (form.role() == null) {
            errors.add(new FieldError("role", "必填"));
        }
        if (form.phone() != null
                && !form.phone().isBlank()
                && !PHONE.matcher(form.phone().strip()).matches()) {
            errors.add(new FieldError("phone", "不是有效的电话号码"));
        }
        if (form.regionCode() != null && !form.regionCode().isBlank() && !RegionCodes.isWellFormed(form.regionCode())) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        }
        if (form.role() == Role.ENTERPRISE) {
            if (form.enterpriseUscc() == null || form.enterpriseUscc().isBlank()) {
                errors.add(new FieldError("enterpriseUscc", "企业用户必须绑定统一社会信用代码"));
            } else if (!UnifiedSocialCreditCode.check(UnifiedSocialCreditCode.normalise(form.enterpriseUscc()))
                    .valid()) {
                errors.add(new FieldError("enterpriseUscc", "不是有效的统一社会信用代码"));
            }
            if (form.agencyId() != null) {
                errors.add(new FieldError("agencyId", "企业用户不属于监察机构"));
            }
        } else if (form.role() != null) {
            if (form.enterpriseUscc() != null && !form.enterpriseUscc().isBlank()) {
                errors.add(new FieldError("enterpriseUscc", "只有企业用户绑定统一社会信用代码"));
            }
            if (form.agencyId() == null && (form.role() == Role.SUPERVISOR || form.role() == Role.INSPECTOR)) {
                errors.add(new FieldError("agencyId", "科室负责人和监察员必须属于一个监察机构"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (form.role() == Role.ENTERPRISE) {
            EnterpriseRow enterprise = enterprises
                    .findByUscc(UnifiedSocialCreditCode.normalise(form.enterpriseUscc()))
                    .filter(e -> admin.jurisdiction().coversRegion(e.regionCode()))
                    .orElseThrow(() -> Refusal.notFound("企业"));
            return new Placement(enterprise.regionCode(), null, enterprise.uscc());
        }
        Agency agency = form.agencyId() == null
                ? null
                : agencies.findById(form.agencyId())
                        .filter(a -> admin.jurisdiction().coversRegion(a.regionCode()))
                        .orElseThrow(() -> Refusal.notFound("监察机构"));
        String region = form.regionCode() == null || form.regionCode().isBlank()
                ? (agency == null ? null : agency.regionCode())
                : form.regionCode();
        if (region == null) {
            throw Refusal.invalid("regionCode", "必填（未选择机构时须指定行政区划）");
        }
        scope.requireWithin(admin, region, "行政区划");
        if (regions.find(region).isEmpty()) {
            throw Refusal.invalid("regionCode", "不是有效的行政区划代码（GB/T 2260）");
        }
        if (agency != null && !RegionCodes.isWithin(region, agency.regionCode())) {
            throw Refusal.invalid("regionCode", "用户的行政区划须在所属机构（" + agency.name() + "）的辖区内");
        }
        return new Placement(region, agency == null ? null : agency.id(), null);
    }

    private String temporaryPassword() {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
