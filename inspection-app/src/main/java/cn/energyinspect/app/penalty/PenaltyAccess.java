package cn.energyinspect.app.penalty;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import org.springframework.stereotype.Component;

/**
 * Jurisdiction over penalty cases, as everywhere: an agency user sees the cases of its region and below, an enterprise
 * only its own; anything else is "not found" (404), never another region's data.
 */
@Component
public class PenaltyAccess {
    private final PenaltyMapper penalties;

    PenaltyAccess(PenaltyMapper penalties) {
        this.penalties = penalties;
    }

    /** The case if the user may see it. */
    public PenaltyRow visible(long id, CurrentUser user) {
        return penalties.find(id).filter(row -> covers(row, user)).orElseThrow(() -> Refusal.notFound("处罚案件"));
    }

    /** The case, locked, if the user may see it. */
    public PenaltyRow lockedVisible(long id, CurrentUser user) {
        visible(id, user);
        return penalties.findForUpdate(id).orElseThrow(() -> Refusal.notFound("处罚案件"));
    }

    /** The case if an agency user (not an enterprise, not an auditor) may work on it. */
    public PenaltyRow workable(long id, CurrentUser user) {
        PenaltyRow row = visible(id, user);
        if (!user.hasRole(Role.SUPERVISOR, Role.INSPECTOR)) {
            throw Refusal.forbidden("只有监察机构的科室负责人和监察员可以办理处罚案件");
        }
        return row;
    }

    public static boolean covers(PenaltyRow row, CurrentUser user) {
        return user.jurisdiction().coversEnterprise(row.enterpriseUscc(), row.regionCode());
    }
}
