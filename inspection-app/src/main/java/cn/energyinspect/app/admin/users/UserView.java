package cn.energyinspect.app.admin.users;

import cn.energyinspect.app.security.Role;
import java.time.LocalDate;

/**
 * A user as the administrators' list shows it: who (name first, the login beside it), role, agency and region, the
 * enterprise an enterprise user is bound to, and the inspector's current 执法证.
 */
public record UserView(
        String username,
        String displayName,
        Role role,
        String regionCode,
        String regionName,
        Long agencyId,
        String agencyName,
        String enterpriseUscc,
        String enterpriseName,
        String phone,
        boolean enabled,
        boolean passwordChangeRequired,
        String certificateNo,
        LocalDate certificateValidTo,
        int version) {}
