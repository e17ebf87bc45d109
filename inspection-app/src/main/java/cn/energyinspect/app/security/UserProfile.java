package cn.energyinspect.app.security;

import java.util.List;

/**
 * The signed-in user as the web pages show it ({@code GET /api/v1/auth/me}): the fields of {@link CurrentUser} plus the
 * names of its agency and region, and the regions below its own that its filters may narrow to.
 *
 * @param regions the user's own region and the cities and counties below it, in code order; empty for enterprises
 * @param passwordChangeRequired an administrator reset the password: the user must set a new one before anything else
 * @param secondFactorEnabled the user has a confirmed second factor (logins ask for its code)
 * @param secondFactorEnrolmentRequired the user's role must enrol a second factor before anything else
 */
public record UserProfile(
        long id,
        String username,
        String displayName,
        Role role,
        String regionCode,
        String regionName,
        Long agencyId,
        String agencyName,
        String enterpriseUscc,
        List<RegionItem> regions,
        boolean passwordChangeRequired,
        boolean secondFactorEnabled,
        boolean secondFactorEnrolmentRequired) {

    /** A GB/T 2260 division: code, name and level (PROVINCE, CITY, COUNTY). */
    public record RegionItem(String code, String name, String level) {}
}
