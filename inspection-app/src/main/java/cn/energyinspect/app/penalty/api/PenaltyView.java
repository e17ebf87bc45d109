package cn.energyinspect.app.penalty.api;

import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.steps.PenaltyTasks;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A penalty case as its page shows it: every code comes with its display name (from the dictionary), every period with
 * its date, every UNCONFIRMED value flagged.
 */
public record PenaltyView(
        long id,
        String caseNumber,
        PenaltyStatus status,
        String statusName,
        String source,
        String sourceName,
        Long sourceCaseId,
        Party party,
        Article article,
        List<Article> proposedArticles,
        String violationType,
        String facts,
        List<String> evidence,
        List<Finding> findings,
        List<FileItem> files,
        LocalDate registeredOn,
        LocalDate decisionLimitOn,
        boolean decisionEscalated,
        boolean decisionLate,
        Review review,
        Notice notice,
        List<Statement> statements,
        Hearing hearing,
        Decision decision,
        Service service,
        List<Payment> payments,
        Publication publication,
        List<Repair> repairs,
        List<Push> pushes,
        List<Change> changes,
        List<DocumentItem> documents,
        List<PenaltyTasks.OpenStep> openSteps,
        String outcome,
        String outcomeName,
        String closingReason,
        String transferBody,
        Instant openedAt,
        Instant closedAt,

        @Schema(description = "Login → display name of everyone the audit trail names (empty for the party)")
        Map<String, String> people) {

    /** A code with its display name. */
    public record Named(String code, String name) {}

    /** The party; identity numbers are shown to the agency only as present or not. */
    public record Party(
            String name,
            String uscc,
            String category,
            String categoryName,
            String legalRepresentative,
            boolean legalRepresentativeIdRecorded,
            String address) {}

    public record Article(
            String code, String citation, String title, String authority, Long fineMinYuan, Long fineMaxYuan) {}

    public record Finding(int findingNo, String kind, String kindName, String description, String legalBasis) {}

    public record FileItem(
            long id,
            String purpose,
            String purposeName,
            String name,
            String mediaType,
            long sizeBytes,
            String sha256) {}

    public record Review(
            String outcome,
            String outcomeName,
            String opinion,
            boolean collectiveDiscussion,
            List<Named> intendedKinds,
            Long intendedFineYuan,
            String intendedContent) {}

    /**
     * @param statementDaysUnconfirmed the 陈述申辩 period is an UNCONFIRMED default (the law sets none)
     * @param hearingThresholdUnconfirmed the 较大数额 threshold that gave the hearing right is UNCONFIRMED
     */
    public record Notice(
            LocalDate servedOn,
            LocalDate statementDeadline,
            int statementWorkingDays,
            boolean statementDaysUnconfirmed,
            boolean hearingOffered,
            LocalDate hearingDeadline,
            boolean hearingThresholdUnconfirmed) {}

    public record Statement(String text, boolean waived, Instant submittedAt) {}

    public record Hearing(
            Instant requestedAt,
            String requestReason,
            Instant scheduledAt,
            String place,
            String host,
            Boolean publicHearing,
            LocalDate noticeServedOn,
            Instant heldAt,
            String attendees,
            String report) {}

    /**
     * The decision and its credit record.
     *
     * @param record the CF fields with their names and whether the public page shows them
     */
    public record Decision(
            String decisionNumber,
            List<Named> kinds,
            Long fineYuan,
            Long confiscatedYuan,
            String licence,
            String content,
            String reasons,
            String legalBasis,
            String severityTier,
            String severityTierName,
            String suggestedTier,
            String suggestedTierName,
            String tierReason,
            boolean published,
            String regimeName,
            LocalDate repairFrom,
            LocalDate publicUntil,
            LocalDate validUntil,
            LocalDate decidedOn,
            boolean amended,
            List<RecordField> record) {}

    public record RecordField(String code, String name, String value, boolean publicField) {}

    /**
     * Service and performance.
     *
     * @param surchargeYuan 加处罚款 accrued today (computed and shown, never billed)
     */
    public record Service(
            LocalDate servedOn,
            boolean serviceLate,
            LocalDate paymentDueOn,
            LocalDate challengePeriodEnds,
            boolean paymentOverdue,
            Long surchargeDays,
            BigDecimal surchargeYuan,
            boolean surchargeCapped) {}

    public record Payment(
            long id,
            BigDecimal amountYuan,
            BigDecimal surchargeYuan,
            LocalDate paidOn,
            String receiptNumber,
            Long proofFileId,
            Instant submittedAt,
            boolean confirmed,
            Instant confirmedAt) {}

    public record Publication(
            String status,
            String statusName,
            LocalDate decidedOn,
            LocalDate dueOn,
            LocalDate publishedOn,
            Integer delayWorkingDays,
            boolean escalated,
            boolean late,
            LocalDate repairFrom,
            LocalDate publicUntil,
            LocalDate endedOn,
            String endReason,
            String endReasonName,
            String withdrawalReason) {}

    public record Repair(
            long id,
            String status,
            String statusName,
            String commitment,
            String reviewOpinionNumber,
            Instant requestedAt,
            LocalDate dueOn,
            Instant decidedAt,
            String reasons,
            boolean late) {}

    /** A push to the provincial platform, with its receipt once delivered. */
    public record Push(
            long id,
            String action,
            String actionName,
            Instant createdAt,
            int attempts,
            boolean parked,
            String lastError,
            Instant deliveredAt,
            String receipt) {}

    public record Change(
            String kind,
            String kindName,
            String reason,
            String instrument,
            LocalDate changedOn,
            LocalDate withdrawalDueOn,
            boolean late,
            Instant recordedAt) {}

    public record DocumentItem(
            long id,
            String kind,
            String kindName,
            String documentNumber,
            LocalDate issuedOn,
            LocalDate servedOn,
            String sha256) {}

    /** A row of the list. */
    public record ListItem(
            long id,
            String caseNumber,
            PenaltyStatus status,
            String statusName,
            String partyName,
            String enterpriseUscc,
            String articleCode,
            String articleCitation,
            Long fineYuan,
            LocalDate decidedOn,
            String publicationStatus,
            String publicationStatusName,
            boolean late,
            Instant openedAt) {}

    public record Page(List<ListItem> items, int page, int size, long totalItems) {}
}
