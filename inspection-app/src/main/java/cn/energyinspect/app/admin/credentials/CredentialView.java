package cn.energyinspect.app.admin.credentials;

import java.time.LocalDate;

/**
 * A certificate with its holder, as the lists show it.
 *
 * @param daysLeft days from today to its last valid day (negative once expired)
 */
public record CredentialView(
        long id,
        String username,
        String displayName,
        Long agencyId,
        String agencyName,
        String certificateNo,
        String issuingAuthority,
        LocalDate validFrom,
        LocalDate validTo,
        String status,
        long daysLeft,
        int version) {}
