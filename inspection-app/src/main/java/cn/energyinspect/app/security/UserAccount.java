package cn.energyinspect.app.security;

import java.time.Instant;
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
        boolean enabled,
        int failedLogins,
        Instant lockedUntil) {

    /** A new, enabled account with no failed logins. */
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
                true,
                0,
                null);
    }
}
