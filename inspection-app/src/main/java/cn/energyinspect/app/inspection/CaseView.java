package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the API shows it: its state, dates, team, every inspection round with what happened in it, and the open
 * steps. {@code findings} and {@code documents} list every round's, newest round last. An enterprise user gets only
 * what is addressed to it: served documents, its own submissions and the decisions on them, never internal comments
 * or drafts.
 *
 * @param currentRound the round the case is in (1, and one more per re-inspection ordered)
 */
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
        int currentRound,
        List<TeamMemberRow> team,
        List<FindingRow> findings,
        List<DocumentRow> documents,
        List<Round> rounds,
        List<Reschedule> reschedules,
        List<Withdrawal> withdrawals,
        List<OpenStep> openSteps) {

    /** A step of the case waiting for someone; {@code assignee} is who claimed it (display name), or null. */
    public record OpenStep(String taskId, String taskKey, String name, Instant due, String assignee) {}

    /**
     * One inspection round: the visit's signed record, its findings, the enterprise's statement, the notice and its
     * extension, the answers and the reviews.
     */
    public record Round(
            int round,
            Record record,
            List<FindingRow> findings,
            Statement statement,
            Extension extension,
            List<ReviewMapper.AnswerItem> answers,
            List<Review> reviews,
            List<DocumentRow> documents) {}

    /**
     * The signed record of a round.
     *
     * @param enteredLate the record reached the server on a later day than the inspection ended (its clocks still
     *     count from {@code endedAt})
     * @param evidence what it covers, with the SHA-256 each item had when it was signed
     */
    public record Record(
            String enterpriseRepresentative,
            boolean representativeSigned,
            String refusalReason,
            String place,
            Instant startedAt,
            Instant endedAt,
            Instant enteredAt,
            boolean enteredLate,
            List<CaseMapper.RecordEvidence> evidence) {}

    public record Statement(String text, Instant submittedAt) {}

    public record Extension(LocalDate requestedUntil, String reason, Boolean granted) {}

    public record Review(
            String decision, String decisionLabel, String comment, LocalDate reinspectionDate, Instant reviewedAt) {}

    public record Reschedule(
            int round, LocalDate oldVisitDate, LocalDate newVisitDate, String reason, Instant requestedAt) {}

    public record Withdrawal(
            String reason,
            String requestedBy,
            Instant requestedAt,
            Boolean approved,
            String comment,
            String decidedBy) {}

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
            Instant openedAt,
            int currentRound) {
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
                    row.openedAt(),
                    row.currentRound());
        }
    }

    /** A page of case summaries. */
    public record Page(List<Summary> items, int page, int size, long totalItems) {}
}
