package cn.energyinspect.app.security;

import java.time.LocalDate;

/** A row of {@code app_user}. */
public record UserAccount(
        Long id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        String regionCode,
        Long agencyId,
        String enterpriseUscc,
        String certificateNo,
        LocalDate certificateExpires,
        boolean enabled) {

    /** A new, enabled account. */
    public static UserAccount create(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            String regionCode,
            Long agencyId,
            String enterpriseUscc,
            String certificateNo,
            LocalDate certificateExpires) {
        return new UserAccount(
                null,
                username,
                passwordHash,
                displayName,
                role,
                regionCode,
                agencyId,
                enterpriseUscc,
                certificateNo,
                certificateExpires,
                true);
    }
}
