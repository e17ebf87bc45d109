package cn.energyinspect.app.inspection;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.workflow.Actor;
import java.util.Set;

/**
 * The workflow identity of a user: its candidate groups are derived from role and agency ({@code
 * agency-12-SUPERVISOR}) or, for an enterprise user, from its enterprise ({@code enterprise-9133…}). Tasks are offered
 * to groups, never to a hard-coded user; team tasks go to the team's usernames.
 */
final class Actors {
    private Actors() {}

    static Actor of(CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) {
            return new Actor(user.username(), Set.of(enterpriseGroup(user.enterpriseUscc())));
        }
        if (user.agencyId() == null) {
            return new Actor(user.username(), Set.of());
        }
        return new Actor(user.username(), Set.of(agencyGroup(user.agencyId(), user.role())));
    }

    static String agencyGroup(long agencyId, Role role) {
        return "agency-" + agencyId + "-" + role.name();
    }

    static String enterpriseGroup(String uscc) {
        return "enterprise-" + uscc;
    }
}
