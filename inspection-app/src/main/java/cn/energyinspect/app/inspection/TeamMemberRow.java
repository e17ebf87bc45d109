package cn.energyinspect.app.inspection;

import java.time.LocalDate;

/** A member of a case's inspection team, with the certificate shown on site. */
public record TeamMemberRow(
        long caseId,
        long userId,
        String username,
        String displayName,
        String role,
        String certificateNo,
        LocalDate certificateExpires) {}
