package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the case list export: the case with its enterprise's and region's names. */
public record CaseExportRow(
        String caseNumber,
        String enterpriseName,
        String enterpriseUscc,
        String regionCode,
        String regionName,
        InspectionType inspectionType,
        CaseStatus status,
        Instant openedAt,
        LocalDate rectificationDeadline,
        Instant closedAt) {}
