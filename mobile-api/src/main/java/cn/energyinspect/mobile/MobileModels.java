package cn.energyinspect.mobile;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
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

    /** A SHA-256 in hexadecimal, as the device computed it. */
    static final String SHA256 = "[0-9a-fA-F]{64}";

    private static final String CLIENT_REQUEST_ID =
            "A device-generated id of this request (at most 64 characters); resending it is harmless";

    /**
     * An inspection of the user's team, open or coming: where to go, when, with whom, and which checklist version to
     * fill.
     *
     * @param stage {@code ON_SITE} (the on-site step is open: the visit can be recorded) or {@code COMING} (the team
     *     is assigned, the written notice not yet served)
     * @param taskId the open on-site task, null while coming
     */
    @Schema(description = "An inspection of one of the inspector's teams whose on-site step is open or coming")
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

            @Schema(description = "The open on-site task (Task_OnSiteInspection) of the case; null while coming")
            String taskId,

            @Schema(description = "The case's status") String status,

            @Schema(
                    description = "ON_SITE (the on-site step is open: the visit can be recorded) or COMING (the team"
                            + " is assigned, the written notice not yet served)",
                    allowableValues = {"ON_SITE", "COMING"})
            String stage,

            @Schema(description = "The case's current round (1 = first visit)")
            int round,

            @Schema(description = "The inspection team, with each member's 执法证")
            List<TeamMember> team,

            @Schema(description = "The team leader's username")
            String leader) {}

    /** A member of the inspection team, with the 执法证 shown on site. */
    @Schema(description = "A member of the inspection team, with the 执法证 shown on site")
    public record TeamMember(
            @Schema(description = "The member's username") String username,

            @Schema(description = "The member's display name")
            String displayName,

            @Schema(description = "The member's role in the team (e.g. LEADER, MEMBER)")
            String role,

            @Schema(description = "The number of the member's 执法证 (law-enforcement certificate)")
            String certificateNo) {}

    /**
     * The checklist: items of the template version the case started with, and the answers so far with the version
     * of each (raised by every change; the version an answer was based on goes back with it).
     *
     * @param frozen the round's record is signed: its answers can no longer change
     */
    @Schema(
            description = "The checklist of a case: the items of its template version and the answers so far, with"
                    + " the version of each answer (raised by every change)")
    public record ChecklistForm(
            @Schema(description = "The case's id") long caseId,
            @Schema(description = "The template's code") String code,
            @Schema(description = "The template's version") int version,
            @Schema(description = "The template's title") String title,

            @Schema(description = "The items to answer, in order")
            List<Item> items,

            @Schema(description = ANSWER_SHAPES) Map<String, JsonNode> answers,

            @Schema(description = "The round the answers belong to (1 = first visit)")
            int round,

            @Schema(description = "The round's record is signed: its answers can no longer change")
            boolean frozen,

            @Schema(
                    description = "The version of each answer by item code; the base version of the next change"
                            + " (an item without an answer has none, i.e. 0)")
            Map<String, Integer> versions) {
        /**
         * One checklist item.
         *
         * @param kind {@code YES_NO}, {@code NUMBER}, {@code TEXT}, {@code QUOTA}, {@code EQUIPMENT}, {@code METER},
         *     {@code PHOTO}
         * @param required the visit is incomplete without it (an obligation of the law, or the quota figures)
         * @param lawArticle the article an obligation rests on (one tap away on the device)
         * @param penaltyArticle the article a penalty for it would rest on
         */
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
                String unit,

                @Schema(
                        description = "The visit is incomplete without it (an obligation of the law, or the quota"
                                + " figures)")
                boolean required,

                @Schema(description = "The article an obligation rests on (one tap away on the device)")
                String lawArticle,

                @Schema(description = "The article a penalty for it would rest on")
                String penaltyArticle) {}
    }

    /**
     * Everything a visit needs without a network, in one answer: the case and its team, the enterprise's register
     * data, the checklist with the answers so far, the previous findings with how their rectification stands, the
     * quota indicators and equipment types the checklist may ask for (names, units, condition fields, which are
     * required), and the evidence the server already has.
     *
     * @param generatedAt server time of the bundle: the device shows how old its copy is
     */
    @Schema(
            description = "Everything a visit needs without a network, in one answer: the case and its team, the"
                    + " enterprise's register data, the checklist with the answers so far, the previous findings with"
                    + " their rectification, the quota indicators and equipment types the checklist may ask for, and"
                    + " the evidence the server already has")
    public record OfflineBundle(
            @Schema(description = "The case's id") long caseId,

            @Schema(description = "Server time of the bundle: the device shows how old its copy is")
            Instant generatedAt,

            @Schema(description = "The inspection: case, date, team, leader, stage")
            AssignedInspection inspection,

            @Schema(description = "The enterprise as the register holds it")
            Enterprise enterprise,

            @Schema(description = "The checklist with the answers so far and their versions")
            ChecklistForm checklist,

            @Schema(description = "Findings of earlier cases or rounds of the enterprise and their rectification")
            List<PreviousFinding> previousFindings,

            @Schema(
                    description = "The quota indicators the checklist may ask for: names, units, condition fields and"
                            + " which conditions are required (as the quota catalogue describes them)")
            List<JsonNode> quotaIndicators,

            @Schema(
                    description = "The equipment types the checklist may ask for: names, nameplate fields and units"
                            + " (as the equipment catalogue describes them)")
            List<JsonNode> equipmentTypes,

            @Schema(description = "The evidence and signatures the server already has of this visit")
            List<ReceivedEvidence> evidence) {}

    /** The enterprise as the register holds it. */
    @Schema(description = "The enterprise as the register holds it")
    public record Enterprise(
            @Schema(description = "The enterprise's 统一社会信用代码")
            String uscc,

            @Schema(description = "The enterprise's registered name")
            String name,

            @Schema(description = "The region's code (GB/T 2260)")
            String regionCode,

            @Schema(description = "The region's name") String regionName,
            @Schema(description = "The registered address") String address,

            @Schema(description = "The industry's code (GB/T 4754)")
            String industryCode,

            @Schema(description = "Annual comprehensive energy consumption, tce (吨标准煤)")
            Double annualEnergyTce,

            @Schema(description = "The year that consumption was reported for")
            Integer energyYear,

            @Schema(description = "A key energy-using unit (重点用能单位)")
            boolean keyEnergyUnit,

            @Schema(description = "The enterprise's contact person")
            String contactName,

            @Schema(description = "The contact's phone number")
            String contactPhone) {}

    /**
     * A finding of an earlier case or round of this enterprise and how its rectification stands.
     *
     * @param rectification {@code ANSWERED}, {@code ACCEPTED}, {@code REJECTED}, {@code OPEN} …
     */
    @Schema(description = "A finding of an earlier case or round of this enterprise and how its rectification stands")
    public record PreviousFinding(
            @Schema(description = "The earlier case's id") long caseId,

            @Schema(description = "The earlier case's number")
            String caseNumber,

            @Schema(description = "The round the finding was made in")
            int round,

            @Schema(description = "The finding's number within its case")
            int findingNo,

            @Schema(description = "The kind of finding (e.g. over quota, eliminated equipment)")
            String kind,

            @Schema(description = "What was found (Chinese)")
            String description,

            @Schema(description = "The article the finding rests on")
            String lawArticle,

            @Schema(description = "The day the rectification was due")
            LocalDate rectificationDeadline,

            @Schema(description = "How the rectification stands: ANSWERED, ACCEPTED, REJECTED, OPEN …")
            String rectification,

            @Schema(description = "The earlier case's status")
            String caseStatus) {}

    /**
     * What the server recorded for a command; {@code duplicate} when the request id (or, for a file, its SHA-256) had
     * been seen before: the first receipt is returned again and nothing is stored twice.
     *
     * @param versions after answers: the version each saved item now has, the base of the next change
     * @param receivedAt when the server received the command first
     */
    @Schema(
            description = "What the server recorded for a command; a resend of the same clientRequestId (or, for a"
                    + " file, of the same SHA-256) answers the first receipt again with duplicate = true and changes"
                    + " nothing")
    public record Receipt(
            @Schema(description = "The request id the device sent")
            String clientRequestId,

            @Schema(description = "The request id (or the file's hash) had been seen before: nothing was done again")
            boolean duplicate,

            @Schema(description = "The record made: the evidence item's id, the case's id for a record, else null")
            Long resourceId,

            @Schema(
                    description = "ANSWERS_SAVED, EVIDENCE_STORED, or the case's status after the record"
                            + " (e.g. INSPECTED)")
            String status,

            @Schema(
                    description = "After answers: the version each saved item now has, the base of the next change;"
                            + " else null")
            Map<String, Integer> versions,

            @Schema(description = "When the server received the command first")
            Instant receivedAt) {
        public Receipt(String clientRequestId, boolean duplicate, Long resourceId, String status) {
            this(clientRequestId, duplicate, resourceId, status, null, null);
        }

        public Receipt asDuplicate() {
            return new Receipt(clientRequestId, true, resourceId, status, versions, receivedAt);
        }
    }

    /**
     * Answers by item code, each with the version of the server's answer it was based on ({@code 0}: the item had no
     * answer). A stale base is a 409 naming the item with both values; nothing of the command is stored.
     */
    @Schema(
            description = "Checklist answers to save for the current round, each with the version of the server's"
                    + " answer it was based on; a stale base is a 409 naming the item with both values and nothing of"
                    + " the command is stored")
    public record SaveAnswers(
            @Schema(description = CLIENT_REQUEST_ID) @NotBlank @Size(max = 64)
            String clientRequestId,

            @Schema(description = ANSWER_SHAPES) @NotNull Map<String, JsonNode> answers,

            @Schema(
                    description = "By item code: the version of the server's answer each answer was based on (0: the"
                            + " item had no answer)")
            @NotNull
            Map<String, @NotNull @PositiveOrZero Integer> baseVersions) {}

    @Schema(description = "The signed on-site record; submitting it completes the on-site step")
    public record SubmitRecord(
            @Schema(description = CLIENT_REQUEST_ID) @NotBlank @Size(max = 64)
            String clientRequestId,

            @Schema(description = "The record as signed") @NotNull @Valid
            SignedRecord record) {}

    /**
     * The on-site record as signed, naming every evidence item and signature it covers by the SHA-256 the device
     * computed. The server completes the on-site step only when every one has arrived with that hash.
     *
     * @param refusalReason required when the enterprise's representative refused to sign
     * @param startedAt when the visit started, by the device's clock
     * @param endedAt when it ended, by the device's clock
     * @param start the position at the start of the visit (or why there is none)
     * @param end the position at its end
     */
    @Schema(
            description = "The on-site record (现场监察笔录) as signed on site, naming every evidence item and"
                    + " signature it covers by the SHA-256 the device computed; the on-site step completes only when"
                    + " every one has arrived with that hash")
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

            @Schema(description = "When the inspection started, by the device's clock") @NotNull
            Instant startedAt,

            @Schema(
                    description = "When it ended, by the device's clock; the statement period and the 20-day limit"
                            + " for the rectification notice count from this day")
            @NotNull
            Instant endedAt,

            @Schema(description = "The evidence items the record covers, by their SHA-256 (at most 500)")
            @Valid
            @Size(max = 500)
            List<@NotNull @Valid CoveredEvidence> evidence,

            @Schema(description = "The signatures drawn on the device, by their SHA-256 (at most 10)")
            @Valid
            @Size(max = 10)
            List<@NotNull @Valid Signature> signatures,

            @Schema(description = "The position at the start of the visit (or why there is none)") @Valid
            Position start,

            @Schema(description = "The position at the end of the visit (or why there is none)") @Valid
            Position end) {
        /** The record of the desk API's shape, without the lists a device adds. */
        public SignedRecord(
                String enterpriseRepresentative,
                Boolean representativeSigned,
                String refusalReason,
                Boolean inspectorsSigned,
                String place,
                Instant startedAt,
                Instant endedAt) {
            this(
                    enterpriseRepresentative,
                    representativeSigned,
                    refusalReason,
                    inspectorsSigned,
                    place,
                    startedAt,
                    endedAt,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** An evidence item the record covers, named by its hash (and the device's caption, for the messages). */
    @Schema(description = "An evidence item the record covers, named by its hash")
    public record CoveredEvidence(
            @Schema(description = "The SHA-256 the device computed (64 hexadecimal digits)")
            @NotBlank
            @Pattern(regexp = SHA256)
            String sha256,

            @Schema(description = "The device's caption, named in the messages (at most 200 characters)")
            @Size(max = 200)
            String caption) {}

    /**
     * A signature drawn on the device, stored as a PNG evidence item.
     *
     * @param role {@code REPRESENTATIVE} (the enterprise's) or {@code INSPECTOR}
     * @param signer the representative's name, or the inspector's username
     */
    @Schema(description = "A signature drawn on the device, stored as a PNG evidence item")
    public record Signature(
            @Schema(
                    description = "REPRESENTATIVE (the enterprise's) or INSPECTOR",
                    allowableValues = {"REPRESENTATIVE", "INSPECTOR"})
            @NotBlank
            @Pattern(regexp = "REPRESENTATIVE|INSPECTOR")
            String role,

            @Schema(description = "The representative's name, or the inspector's username") @NotBlank @Size(max = 64)
            String signer,

            @Schema(description = "The SHA-256 of the signature's PNG (64 hexadecimal digits)")
            @NotBlank
            @Pattern(regexp = SHA256)
            String sha256) {}

    /**
     * A GPS fix as the device had it, or why there was none ({@code noFix}: permission refused, no signal …).
     *
     * @param accuracyMeters the radius the browser reports
     * @param at when the fix was taken, by the device's clock
     */
    @Schema(description = "A GPS fix as the device had it, or why there was none")
    public record Position(
            @Schema(description = "Latitude in degrees (WGS 84)") @DecimalMin("-90") @DecimalMax("90")
            Double latitude,

            @Schema(description = "Longitude in degrees (WGS 84)") @DecimalMin("-180") @DecimalMax("180")
            Double longitude,

            @Schema(description = "The accuracy radius the browser reports, in metres") @PositiveOrZero
            Double accuracyMeters,

            @Schema(description = "When the fix was taken, by the device's clock")
            Instant at,

            @Schema(description = "Why there is no fix (permission refused, no signal …); null with a fix")
            @Size(max = 200)
            String noFix) {}

    /**
     * What the device knows of an evidence file it sends.
     *
     * @param kind {@code PHOTO}, {@code FILE} or {@code SIGNATURE} (a PNG)
     * @param sha256 the hash the device computed when the file was taken; the server checks it against the bytes
     * @param takenAt when it was taken, by the device's clock
     * @param position where the device was
     * @param exifTakenAt the original photo's EXIF time, as the camera wrote it
     * @param exifLatitude the original photo's EXIF GPS position
     * @param originalBytes size of the photo before it was compressed on the device
     * @param signerRole for a signature: {@code REPRESENTATIVE} or {@code INSPECTOR}
     * @param signer for a signature: the representative's name or the inspector's username
     */
    @Schema(description = "What the device knows of an evidence file it sends")
    public record EvidenceMeta(
            @Schema(
                    description = "PHOTO, FILE or SIGNATURE (a PNG)",
                    allowableValues = {"PHOTO", "FILE", "SIGNATURE"})
            @NotBlank
            @Pattern(regexp = "PHOTO|FILE|SIGNATURE")
            String kind,

            @Schema(
                    description = "The SHA-256 the device computed when the file was taken; the server checks it"
                            + " against the bytes (a mismatch is a 422 and nothing is stored)")
            @NotBlank
            @Pattern(regexp = SHA256)
            String sha256,

            @Schema(description = "The caption (at most 200 characters)") @Size(max = 200)
            String caption,

            @Schema(description = "The checklist item the file supports") @Size(max = 40)
            String itemCode,

            @Schema(description = "When it was taken, by the device's clock")
            Instant takenAt,

            @Schema(description = "Where the device was") @Valid
            Position position,

            @Schema(description = "The original photo's EXIF time, as the camera wrote it") @Size(max = 40)
            String exifTakenAt,

            @Schema(description = "The original photo's EXIF GPS latitude") @DecimalMin("-90") @DecimalMax("90")
            Double exifLatitude,

            @Schema(description = "The original photo's EXIF GPS longitude") @DecimalMin("-180") @DecimalMax("180")
            Double exifLongitude,

            @Schema(description = "Size of the photo before it was compressed on the device, in bytes") @PositiveOrZero
            Long originalBytes,

            @Schema(
                    description = "For a signature: REPRESENTATIVE or INSPECTOR",
                    allowableValues = {"REPRESENTATIVE", "INSPECTOR"})
            @Pattern(regexp = "REPRESENTATIVE|INSPECTOR")
            String signerRole,

            @Schema(description = "For a signature: the representative's name or the inspector's username")
            @Size(max = 64)
            String signer) {}

    /** An uploaded file, readable more than once (the hash is checked before anything is stored). */
    public interface UploadedFile {
        String fileName();

        long size();

        java.io.InputStream open() throws java.io.IOException;
    }

    /** An evidence item the server has, as the device and the case pages show it. */
    @Schema(description = "An evidence item the server has, as the device and the case pages show it")
    public record ReceivedEvidence(
            @Schema(description = "The evidence item's id") long evidenceId,

            @Schema(description = "The SHA-256 of the stored bytes")
            String sha256,

            @Schema(description = "PHOTO, FILE or SIGNATURE")
            String kind,

            @Schema(description = "The caption") String caption,

            @Schema(description = "The checklist item it supports")
            String itemCode,

            @Schema(description = "The media type detected from the content")
            String mediaType,

            @Schema(description = "The stored size in bytes")
            long sizeBytes,

            @Schema(description = "The file name the device sent")
            String originalName,

            @Schema(description = "Who uploaded it (username)")
            String uploadedBy,

            @Schema(description = "When it was taken, by the device's clock")
            Instant takenAt,

            @Schema(description = "When the server received it")
            Instant receivedAt,

            @Schema(description = "Where the device was") Position position,

            @Schema(description = "The original photo's EXIF time, as the camera wrote it")
            String exifTakenAt,

            @Schema(description = "The original photo's EXIF GPS latitude")
            Double exifLatitude,

            @Schema(description = "The original photo's EXIF GPS longitude")
            Double exifLongitude,

            @Schema(description = "Size of the photo before it was compressed on the device, in bytes")
            Long originalBytes,

            @Schema(description = "For a signature: REPRESENTATIVE or INSPECTOR")
            String signerRole,

            @Schema(description = "For a signature: the representative's name or the inspector's username")
            String signer) {}

    /** A command the server has handled, by its request id. */
    @Schema(description = "A command the server has handled, by its request id")
    public record ReceivedCommand(
            @Schema(description = "The request id the device sent")
            String clientRequestId,

            @Schema(description = "The command: ANSWERS, EVIDENCE or RECORD")
            String command,

            @Schema(description = "The status its receipt carries")
            String status,

            @Schema(description = "The record made, as in the receipt")
            Long resourceId,

            @Schema(description = "When the server received it first")
            Instant receivedAt) {}

    /**
     * What the server has of this visit: the case's state, the answers' versions, the evidence and signatures that
     * arrived, the commands handled, and whether the record is signed. The device compares it with its queue.
     */
    @Schema(
            description = "What the server has of this visit: the case's state, the answers' versions, the evidence"
                    + " and signatures that arrived, the commands handled, and whether the record is signed")
    public record SyncStatus(
            @Schema(description = "The case's id") long caseId,
            @Schema(description = "The case's status") String status,

            @Schema(description = "The case's current round")
            int round,

            @Schema(description = "The round's record is signed: its answers are frozen")
            boolean recordSigned,

            @Schema(description = "The on-site step (Task_OnSiteInspection) is open")
            boolean onSiteStepOpen,

            @Schema(description = "The server's time of this answer")
            Instant serverTime,

            @Schema(description = "The version of each answer by item code")
            Map<String, Integer> versions,

            @Schema(description = "The evidence and signatures that arrived")
            List<ReceivedEvidence> evidence,

            @Schema(description = "The commands handled, by request id")
            List<ReceivedCommand> commands) {}

    /**
     * The visit as the device recorded it, for the case pages: times by the device with the server's receipt beside
     * them, the positions at start and end, and every photo, file and signature with its metadata.
     */
    @Schema(
            description = "The visit as the device recorded it, for the case pages: times by the device with the"
                    + " server's receipt beside them, the positions at start and end, and every photo, file and"
                    + " signature with its metadata")
    public record VisitTrace(
            @Schema(description = "The case's id") long caseId,
            @Schema(description = "The round of the visit") int round,

            @Schema(description = "When the visit started, by the device's clock")
            Instant startedAt,

            @Schema(description = "When it ended, by the device's clock")
            Instant endedAt,

            @Schema(description = "When the server received the record")
            Instant receivedAt,

            @Schema(description = "Who submitted the record (username)")
            String submittedBy,

            @Schema(description = "The position at the start of the visit")
            Position start,

            @Schema(description = "The position at the end of the visit")
            Position end,

            @Schema(description = "Every photo, file and signature of the visit")
            List<ReceivedEvidence> evidence) {}

    /**
     * A stale answer: the item, the version the device based its answer on, the server's version and both values.
     */
    @Schema(
            description = "A stale answer (in the 409's conflicts): the item, the version the device based its answer"
                    + " on, the server's version and both values")
    public record AnswerConflict(
            @Schema(description = "The item's code") String itemCode,

            @Schema(description = "The item's question (Chinese)")
            String label,

            @Schema(description = "The version the device's answer was based on")
            int baseVersion,

            @Schema(description = "The server's current version")
            int serverVersion,

            @Schema(description = "The device's answer") JsonNode yours,
            @Schema(description = "The server's answer") JsonNode server,

            @Schema(description = "Who gave the server's answer (username)")
            String serverAnsweredBy) {}
}
