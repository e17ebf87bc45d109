package cn.energyinspect.app.admin;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.rules.basis.RegionCodes;
import org.springframework.stereotype.Component;

/**
 * Who may administer which region: a province administrator all of its province, a city or county administrator its
 * own region when the province allows it. Records outside are not found (404).
 */
@Component
public class AdminScope {
    private final AdminProperties settings;

    AdminScope(AdminProperties settings) {
        this.settings = settings;
    }

    public AdminProperties settings() {
        return settings;
    }

    /** The administrator itself may act; otherwise 403 (a non-administrator never learns what exists). */
    public void requireAdministrator(CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("只有系统管理员可以执行此操作");
        }
        if (!settings.lowerTierAdministrators() && !isProvince(user.regionCode())) {
            throw Refusal.forbidden("本省未开放市、县级管理员自行管理，请联系省级管理员");
        }
    }

    /** Administrators and auditors read the operation log of their region. */
    public void requireAuditReader(CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.AUDITOR)) {
            throw Refusal.forbidden("只有系统管理员和监督员可以查看操作日志");
        }
    }

    /** The region prefix the administrator acts on. */
    public String prefix(CurrentUser admin) {
        requireAdministrator(admin);
        return RegionCodes.prefix(admin.regionCode());
    }

    /** {@code regionCode} lies in the administrator's region, else 404 naming {@code what}. */
    public void requireWithin(CurrentUser admin, String regionCode, String what) {
        requireAdministrator(admin);
        if (regionCode == null || !admin.jurisdiction().coversRegion(regionCode)) {
            throw Refusal.notFound(what);
        }
    }

    private static boolean isProvince(String code) {
        return code != null && code.endsWith("0000");
    }
}
