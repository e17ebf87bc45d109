package cn.energyinspect.app.security;

import cn.energyinspect.rules.basis.RegionCodes;

/**
 * What a user may see: its region and everything below it (a province sees all of 33, a city all of 3301, a county
 * its own code), and for an enterprise user only its own enterprise. Queries take {@link #regionPrefix()} and {@link
 * #enterpriseUscc()} so the database applies the scope.
 *
 * @param regionCode the user's GB/T 2260 code
 * @param enterpriseUscc the enterprise user's 统一社会信用代码, or {@code null} for agency users
 */
public record Jurisdiction(String regionCode, String enterpriseUscc) {

    public String regionPrefix() {
        return RegionCodes.prefix(regionCode);
    }

    public boolean coversRegion(String code) {
        return code != null && code.startsWith(regionPrefix());
    }

    public boolean coversEnterprise(String uscc, String enterpriseRegion) {
        if (enterpriseUscc != null) {
            return enterpriseUscc.equals(uscc);
        }
        return coversRegion(enterpriseRegion);
    }
}
