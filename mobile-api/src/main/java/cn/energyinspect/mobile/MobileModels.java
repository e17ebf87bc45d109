package cn.energyinspect.mobile;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Requests and responses of {@code /mobile/v1}, validated at the edge. */
public final class MobileModels {
    private MobileModels() {}

    /** How an answer looks for each item kind, here and in the web API's checklist (for the OpenAPI description). */
    public static final String ANSWER_SHAPES =
            "Answers by item code. Each answer is an object as its item's kind asks: {\"value\":"
                    + " true|false} for YES_NO, {\"value\": number} for NUMBER, {\"text\": \"…\"} for TEXT, {\"rows\": […]}"
                    + " for QUOTA, EQUIPMENT and METER (a METER row: meter, value, unit), {\"evidenceIds\": […]} for PHOTO;"
                    + " any answer may carry a note. A row the rules cannot grade takes an inspectorGrade {verdict:"
                    + " COMPLIANT|NON_COMPLIANT, reason}.";

    /** An inspection waiting for the team: where to go, when, and which checklist version to fill. */
    @Schema(description = "An on-site inspection assigned to one of the inspector's teams, waiting for the visit")
    public record AssignedInspection(
            @Schema(description = "The case's id") long caseId,

            @Schema(description = "The case number, e.g. 浙节监〔2026〕第0012号")
            String caseNumber,

            @Schema(description = "The enterprise's 统一社会信用代码")
            String enterpriseUscc,

            @Schema(description = "The enterprise's registered name")
            String enterpriseName,

            @Schema(description = "Where to go: the enterprise's registered address")
            String address,

            @Schema(description = "The day of the visit") LocalDate visitDate,
            @Schema(description = "ON_SITE or DESK") String inspectionType,

            @Schema(description = "Code of the checklist template the case fills")
            String checklistCode,

            @Schema(description = "Version of that template the case started with (fixed for the case)")
            int checklistVersion,

            @Schema(description = "The open on-site task (Task_OnSiteInspection) of the case")
            String taskId) {}

    /** The checklist: items of the template version the case started with, and the answers so far. */
    @Schema(description = "The checklist of a case: the items of its template version and the answers so far")
    public record ChecklistForm(
            @Schema(description = "The case's id") long caseId,
            @Schema(description = "The template's code") String code,
            @Schema(description = "The template's version") int version,
            @Schema(description = "The template's title") String title,

            @Schema(description = "The items to answer, in order")
            List<Item> items,

            @Schema(description = ANSWER_SHAPES) Map<String, JsonNode> answers) {
        /** One checklist item. */
        @Schema(description = "One checklist item")
        public record Item(
                @Schema(description = "The item's code, the key of its answer")
                String code,

                @Schema(
                        description = "What kind of answer it takes",
                        allowableValues = {"YES_NO", "NUMBER", "TEXT", "QUOTA", "EQUIPMENT", "METER", "PHOTO"})
                String kind,

                @Schema(description = "The question as shown to the inspector (Chinese)")
                String label,

                @Schema(description = "The unit of a NUMBER item, else null")
                String unit) {}
    }

    /** What the server recorded for a command; {@code duplicate} when the request id had been seen before. */
    @Schema(
            description = "What the server recorded for a command; a resend of the same clientRequestId answers the"
                    + " first receipt again with duplicate = true and changes nothing")
    public record Receipt(
            @Schema(description = "The request id the device sent")
            String clientRequestId,

            @Schema(description = "The request id had been seen before: nothing was done again")
            boolean duplicate,

            @Schema(description = "The record made: the evidence item's id, the case's id for a record, else null")
            Long resourceId,

            @Schema(
                    description = "ANSWERS_SAVED, EVIDENCE_STORED, or the case's status after the record"
                            + " (e.g. INSPECTED)")
            String status) {}

    @Schema(description = "Checklist answers to save for the current round")
    public record SaveAnswers(
            @Schema(
                    description = "A device-generated id of this request (at most 64 characters); resending it is"
                            + " harmless")
            @NotBlank
            @Size(max = 64)
            String clientRequestId,

            @Schema(description = ANSWER_SHAPES) @NotNull Map<String, JsonNode> answers) {}

    @Schema(description = "The signed on-site record; submitting it completes the on-site step")
    public record SubmitRecord(
            @Schema(
                    description = "A device-generated id of this request (at most 64 characters); resending it is"
                            + " harmless")
            @NotBlank
            @Size(max = 64)
            String clientRequestId,

            @Schema(description = "The record as signed") @NotNull @Valid
            SignedRecord record) {}

    /**
     * The on-site record as signed.
     *
     * @param refusalReason required when the enterprise's representative refused to sign
     */
    @Schema(description = "The on-site record (现场监察笔录) as signed on site")
    public record SignedRecord(
            @Schema(description = "The enterprise's person in charge on site") @NotBlank
            String enterpriseRepresentative,

            @Schema(description = "Whether that person signed") @NotNull
            Boolean representativeSigned,

            @Schema(description = "Why the representative did not sign; required then")
            String refusalReason,

            @Schema(description = "The inspectors signed (must be true)") @NotNull
            Boolean inspectorsSigned,

            @Schema(description = "Where the inspection took place") @NotBlank
            String place,

            @Schema(description = "When the inspection started") @NotNull
            Instant startedAt,

            @Schema(
                    description = "When it ended; the statement period and the 20-day limit for the"
                            + " rectification notice count from this day")
            @NotNull
            Instant endedAt) {}
}
