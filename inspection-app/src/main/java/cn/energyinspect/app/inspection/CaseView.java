package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the API shows it: its state, dates, team, findings, documents and open steps. */
public record CaseView(
        long id,
        String caseNumber,
        CaseStatus status,
        String statusLabel,
        String enterpriseUscc,
        String enterpriseName,
        String regionCode,
        long agencyId,
        CaseTrigger trigger,
        InspectionType inspectionType,
        Long campaignId,
        LocalDate visitDate,
        LocalDate noticeServedOn,
        LocalDate onSiteEndedOn,
        LocalDate rectificationDeadline,
        boolean noticeServiceLate,
        boolean extensionUsed,
        String penaltyArticle,
        String outcome,
        Instant openedAt,
        Instant closedAt,
        List<TeamMemberRow> team,
        List<FindingRow> findings,
        List<DocumentRow> documents,
        List<OpenStep> openSteps) {

    /** A step of the case waiting for someone. */
    public record OpenStep(String taskId, String taskKey, String name, Instant due) {}

    /** One line of a case list. */
    public record Summary(
            long id,
            String caseNumber,
            CaseStatus status,
            String statusLabel,
            String enterpriseUscc,
            String enterpriseName,
            String regionCode,
            CaseTrigger trigger,
            InspectionType inspectionType,
            Long campaignId,
            LocalDate rectificationDeadline,
            boolean noticeServiceLate,
            Instant openedAt) {
        static Summary of(CaseRow row, String enterpriseName) {
            return new Summary(
                    row.id(),
                    row.caseNumber(),
                    row.status(),
                    row.status().label(),
                    row.enterpriseUscc(),
                    enterpriseName,
                    row.regionCode(),
                    row.caseTrigger(),
                    row.inspectionType(),
                    row.campaignId(),
                    row.rectificationDeadline(),
                    row.noticeServiceLate(),
                    row.openedAt());
        }
    }

    /** A page of case summaries. */
    public record Page(List<Summary> items, int page, int size, long totalItems) {}
}
