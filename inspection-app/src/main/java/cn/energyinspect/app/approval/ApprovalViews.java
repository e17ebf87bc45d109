package cn.energyinspect.app.approval;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API answers about applications. */
public final class ApprovalViews {
    private ApprovalViews() {}

    /** One application with everything its reader may see. */
    public record ApplicationView(
            long id,
            String programme,
            String programmeName,
            String applicationNumber,
            String title,
            String enterpriseUscc,
            String enterpriseName,
            String regionCode,
            String status,
            String statusName,
            String stage,
            String stageName,
            int formVersion,
            int rowVersion,
            JsonNode form,
            JsonNode precheck,
            Holds.HoldCheck holds,
            boolean hearingRequired,
            LocalDate publicityStart,
            LocalDate publicityEnd,
            Integer publicityDays,
            LocalDate validFrom,
            LocalDate validTo,
            String revocationReason,
            List<ReviewView> reviews,
            List<VersionView> versions,
            List<ObjectionView> objections,
            List<FileView> files,
            List<DocumentView> documents,
            List<MilestoneView> milestones,
            ApprovalProperties.Settings settings,
            List<String> actions) {}

    /** A line of a list. */
    public record ApplicationSummary(
            long id,
            String programme,
            String programmeName,
            String applicationNumber,
            String title,
            String enterpriseName,
            String regionCode,
            String status,
            String statusName,
            String precheckDecision,
            String precheckDecisionName,
            LocalDate publicityEnd,
            Instant submittedAt) {}

    public record Page(List<ApplicationSummary> items, long total, int page, int size) {}

    public record ReviewView(
            String step,
            String stepName,
            String outcome,
            String outcomeName,
            String reasons,
            int formVersion,
            String reviewer,
            Instant reviewedAt) {}

    public record VersionView(int formVersion, JsonNode form, String savedBy, Instant savedAt, Instant submittedAt) {}

    public record ObjectionView(
            long id,
            String receiptNumber,
            int publicityRound,
            String objectorName,
            String contact,
            String reasons,
            String status,
            String statusName,
            String verdict,
            String verifiedBy,
            Instant verifiedAt,
            Instant receivedAt,
            List<FileView> files) {}

    public record FileView(
            long id,
            String purpose,
            String purposeName,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            Instant uploadedAt) {}

    public record DocumentView(
            long id, String kind, String kindName, String documentNumber, LocalDate issuedOn, String sha256) {}

    public record MilestoneView(
            String milestone,
            String milestoneName,
            LocalDate dueDate,
            Instant confirmedAt,
            Long overdueCase,
            boolean overdue) {}

    /** The answer to a submission: submitted, or held back by the pre-check's verdict (not an error). */
    public record SubmissionResult(
            boolean submitted, String message, PreCheckView precheck, ApplicationView application) {}

    static String stageName(String stage) {
        return stage == null ? null : DisplayNames.of(Category.APPROVAL_STAGE, stage);
    }

    static ApplicationSummary summary(ApprovalRow row) {
        return new ApplicationSummary(
                row.id(),
                row.programme().name(),
                DisplayNames.of(Category.APPROVAL_PROGRAMME, row.programme().name()),
                row.applicationNumber(),
                row.title(),
                row.enterpriseName(),
                row.regionCode(),
                row.status().name(),
                DisplayNames.of(Category.APPROVAL_STATUS, row.status().name()),
                row.precheckDecision(),
                DisplayNames.of(Category.PRECHECK_DECISION, row.precheckDecision()),
                row.publicityEnd(),
                row.submittedAt());
    }
}
