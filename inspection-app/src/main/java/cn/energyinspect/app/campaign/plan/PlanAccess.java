package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.rules.basis.RegionCodes;
import org.springframework.stereotype.Component;

/** Who may see and act on a plan: jurisdiction for reading (404 outside), the owning agency for acting (403). */
@Component
class PlanAccess {
    private final PlanMapper plans;
    private final AgencyMapper agencies;

    PlanAccess(PlanMapper plans, AgencyMapper agencies) {
        this.plans = plans;
        this.agencies = agencies;
    }

    PlanRow visible(long id, CurrentUser user) {
        if (user.role() == Role.ENTERPRISE
                || !plans.visible(id, user.jurisdiction().regionPrefix())) {
            throw Refusal.notFound("监察计划");
        }
        return plans.findById(id).orElseThrow(() -> Refusal.notFound("监察计划"));
    }

    PlanRow lockedVisible(long id, CurrentUser user) {
        visible(id, user);
        return plans.lockById(id).orElseThrow(() -> Refusal.notFound("监察计划"));
    }

    Agency managedAgency(CurrentUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.PROVINCE_ADMIN) || user.agencyId() == null) {
            throw Refusal.forbidden("只有监察机构的负责人可以编制监察计划");
        }
        return agencies.findById(user.agencyId()).orElseThrow(() -> Refusal.forbidden("只有监察机构的负责人可以编制监察计划"));
    }

    static void requireOwnAgency(PlanRow plan, CurrentUser user, String message) {
        if (!user.hasRole(Role.SUPERVISOR, Role.PROVINCE_ADMIN)
                || !plan.agencyId().equals(user.agencyId())) {
            throw Refusal.forbidden(message);
        }
    }

    static void requireUpdated(int rows) {
        if (rows != 1) {
            throw new Refusal(Refusal.Kind.STALE_VERSION, "计划已被他人修改，请刷新后重试");
        }
    }

    static String prefix(String regionCode) {
        return RegionCodes.prefix(regionCode);
    }
}
