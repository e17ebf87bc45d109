package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code inspection_case}.
 *
 * @param currentRound the inspection round the case is in: 1, and one more for every re-inspection ordered
 */
public record CaseRow(
        Long id,
        String caseNumber,
        long agencyId,
        int caseYear,
        int sequenceNo,
        String enterpriseUscc,
        String regionCode,
        CaseTrigger caseTrigger,
        InspectionType inspectionType,
        CaseStatus status,
        Long campaignId,
        long templateId,
        String processInstanceId,
        LocalDate visitDate,
        LocalDate noticeServedOn,
        LocalDate onSiteEndedOn,
        LocalDate rectificationDeadline,
        boolean noticeServiceLate,
        boolean extensionUsed,
        String penaltyArticle,
        String outcome,
        String openedBy,
        Instant openedAt,
        Instant closedAt,
        int version,
        int currentRound) {}
