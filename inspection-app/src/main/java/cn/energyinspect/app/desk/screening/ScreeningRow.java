package cn.energyinspect.app.desk.screening;

import java.time.Instant;

/** A row of {@code desk_screening}, with the enterprise's name. */
public record ScreeningRow(
        long id,
        String uscc,
        String enterpriseName,
        int reportYear,
        Long roundId,
        Long versionId,
        String regionCode,
        String industryCode,
        String filingStatus,
        String riskClass,
        boolean caseCandidate,
        int caseSignals,
        int flagSignals,
        String ruleSet,
        Instant screenedAt,
        Long deskCaseId,
        String deskCaseNumber) {}
