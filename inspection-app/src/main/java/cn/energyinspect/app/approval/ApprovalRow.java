package cn.energyinspect.app.approval;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code approval_application}. */
public record ApprovalRow(
        Long id,
        Programme programme,
        String applicationNumber,
        String enterpriseUscc,
        String enterpriseName,
        String regionCode,
        String provinceCode,
        String title,
        ApplicationStatus status,
        int formVersion,
        String payload,
        String precheckDecision,
        String precheck,
        boolean hearingRequired,
        String otherProvinces,
        LocalDate publicityStart,
        LocalDate publicityEnd,
        Integer publicityDays,
        int publicityRound,
        Instant decidedAt,
        LocalDate validFrom,
        LocalDate validTo,
        String revocationReason,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        int rowVersion) {}
