package cn.energyinspect.app.agency;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.rules.basis.RegionCodes;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies an agency user may see: those of its own region and below, optionally of one tier and within one
 * region (e.g. the county agencies of a city, to split the city's plan to). Read-only; enterprises see none.
 */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {
    private final AgencyMapper agencies;

    AgencyDirectory(AgencyMapper agencies) {
        this.agencies = agencies;
    }

    public List<AgencyView> list(Agency.Tier tier, String parentRegion, CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) {
            throw Refusal.forbidden("企业用户无权查看监察机构");
        }
        if (parentRegion != null && !RegionCodes.isWellFormed(parentRegion)) {
            throw Refusal.invalid("parentRegion", "须为 6 位行政区划代码");
        }
        String own = user.jurisdiction().regionPrefix();
        String prefix = parentRegion == null ? own : narrower(own, RegionCodes.prefix(parentRegion));
        return prefix == null ? List.of() : agencies.list(prefix, tier);
    }

    /** The narrower of two region prefixes when one contains the other; {@code null} when they do not overlap. */
    private static String narrower(String a, String b) {
        if (a.startsWith(b)) {
            return a;
        }
        return b.startsWith(a) ? b : null;
    }
}
