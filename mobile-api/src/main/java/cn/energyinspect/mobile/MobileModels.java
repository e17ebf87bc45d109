package cn.energyinspect.mobile;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** A SHA-256 in hexadecimal, as the device computed it. */
    static final String SHA256 = "[0-9a-fA-F]{64}";

    /**
     * An inspection of the user's team, open or coming: where to go, when, with whom, and which checklist version to
     * fill.
     *
     * @param stage {@code ON_SITE} (the on-site step is open: the visit can be recorded) or {@code COMING} (the team
     *     is assigned, the written notice not yet served)
     * @param taskId the open on-site task, null while coming
     */
    public record AssignedInspection(
            long caseId,
            String caseNumber,
            String enterpriseUscc,
            String enterpriseName,
            String address,
            LocalDate visitDate,
            String inspectionType,
            String checklistCode,
            int checklistVersion,
            String taskId,
            String status,
            String stage,
            int round,
            List<TeamMember> team,
            String leader) {}

    /** A member of the inspection team, with the 执法证 shown on site. */
    public record TeamMember(String username, String displayName, String role, String certificateNo) {}

    /**
     * The checklist: items of the template version the case started with, and the answers so far with the version
     * of each (raised by every change; the version an answer was based on goes back with it).
     *
     * @param frozen the round's record is signed: its answers can no longer change
     */
    public record ChecklistForm(
            long caseId,
            String code,
            int version,
            String title,
            List<Item> items,
            Map<String, JsonNode> answers,
            int round,
            boolean frozen,
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
        public record Item(
                String code,
                String kind,
                String label,
                String unit,
                boolean required,
                String lawArticle,
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
    public record OfflineBundle(
            long caseId,
            Instant generatedAt,
            AssignedInspection inspection,
            Enterprise enterprise,
            ChecklistForm checklist,
            List<PreviousFinding> previousFindings,
            List<JsonNode> quotaIndicators,
            List<JsonNode> equipmentTypes,
            List<ReceivedEvidence> evidence) {}

    /** The enterprise as the register holds it. */
    public record Enterprise(
            String uscc,
            String name,
            String regionCode,
            String regionName,
            String address,
            String industryCode,
            Double annualEnergyTce,
            Integer energyYear,
            boolean keyEnergyUnit,
            String contactName,
            String contactPhone) {}

    /**
     * A finding of an earlier case or round of this enterprise and how its rectification stands.
     *
     * @param rectification {@code ANSWERED}, {@code ACCEPTED}, {@code REJECTED}, {@code OPEN} …
     */
    public record PreviousFinding(
            long caseId,
            String caseNumber,
            int round,
            int findingNo,
            String kind,
            String description,
            String lawArticle,
            LocalDate rectificationDeadline,
            String rectification,
            String caseStatus) {}

    /**
     * What the server recorded for a command; {@code duplicate} when the request id (or, for a file, its SHA-256) had
     * been seen before: the first receipt is returned again and nothing is stored twice.
     *
     * @param versions after answers: the version each saved item now has, the base of the next change
     * @param receivedAt when the server received the command first
     */
    public record Receipt(
            String clientRequestId,
            boolean duplicate,
            Long resourceId,
            String status,
            Map<String, Integer> versions,
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
    public record SaveAnswers(
            @NotBlank @Size(max = 64) String clientRequestId,
            @NotNull Map<String, JsonNode> answers,
            @NotNull Map<String, @NotNull @PositiveOrZero Integer> baseVersions) {}

    public record SubmitRecord(
            @NotBlank @Size(max = 64) String clientRequestId,
            @NotNull @Valid SignedRecord record) {}

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
    public record SignedRecord(
            @NotBlank String enterpriseRepresentative,
            @NotNull Boolean representativeSigned,
            String refusalReason,
            @NotNull Boolean inspectorsSigned,
            @NotBlank String place,
            @NotNull Instant startedAt,
            @NotNull Instant endedAt,
            @Valid @Size(max = 500) List<@NotNull @Valid CoveredEvidence> evidence,
            @Valid @Size(max = 10) List<@NotNull @Valid Signature> signatures,
            @Valid Position start,
            @Valid Position end) {
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
    public record CoveredEvidence(
            @NotBlank @Pattern(regexp = SHA256) String sha256,
            @Size(max = 200) String caption) {}

    /**
     * A signature drawn on the device, stored as a PNG evidence item.
     *
     * @param role {@code REPRESENTATIVE} (the enterprise's) or {@code INSPECTOR}
     * @param signer the representative's name, or the inspector's username
     */
    public record Signature(
            @NotBlank @Pattern(regexp = "REPRESENTATIVE|INSPECTOR")
            String role,

            @NotBlank @Size(max = 64) String signer,
            @NotBlank @Pattern(regexp = SHA256) String sha256) {}

    /**
     * A GPS fix as the device had it, or why there was none ({@code noFix}: permission refused, no signal …).
     *
     * @param accuracyMeters the radius the browser reports
     * @param at when the fix was taken, by the device's clock
     */
    public record Position(
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @PositiveOrZero Double accuracyMeters,
            Instant at,
            @Size(max = 200) String noFix) {}

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
    public record EvidenceMeta(
            @NotBlank @Pattern(regexp = "PHOTO|FILE|SIGNATURE")
            String kind,

            @NotBlank @Pattern(regexp = SHA256) String sha256,
            @Size(max = 200) String caption,
            @Size(max = 40) String itemCode,
            Instant takenAt,
            @Valid Position position,
            @Size(max = 40) String exifTakenAt,
            @DecimalMin("-90") @DecimalMax("90") Double exifLatitude,
            @DecimalMin("-180") @DecimalMax("180") Double exifLongitude,
            @PositiveOrZero Long originalBytes,
            @Pattern(regexp = "REPRESENTATIVE|INSPECTOR") String signerRole,
            @Size(max = 64) String signer) {}

    /** An uploaded file, readable more than once (the hash is checked before anything is stored). */
    public interface UploadedFile {
        String fileName();

        long size();

        java.io.InputStream open() throws java.io.IOException;
    }

    /** An evidence item the server has, as the device and the case pages show it. */
    public record ReceivedEvidence(
            long evidenceId,
            String sha256,
            String kind,
            String caption,
            String itemCode,
            String mediaType,
            long sizeBytes,
            String originalName,
            String uploadedBy,
            Instant takenAt,
            Instant receivedAt,
            Position position,
            String exifTakenAt,
            Double exifLatitude,
            Double exifLongitude,
            Long originalBytes,
            String signerRole,
            String signer) {}

    /** A command the server has handled, by its request id. */
    public record ReceivedCommand(
            String clientRequestId, String command, String status, Long resourceId, Instant receivedAt) {}

    /**
     * What the server has of this visit: the case's state, the answers' versions, the evidence and signatures that
     * arrived, the commands handled, and whether the record is signed. The device compares it with its queue.
     */
    public record SyncStatus(
            long caseId,
            String status,
            int round,
            boolean recordSigned,
            boolean onSiteStepOpen,
            Instant serverTime,
            Map<String, Integer> versions,
            List<ReceivedEvidence> evidence,
            List<ReceivedCommand> commands) {}

    /**
     * The visit as the device recorded it, for the case pages: times by the device with the server's receipt beside
     * them, the positions at start and end, and every photo, file and signature with its metadata.
     */
    public record VisitTrace(
            long caseId,
            int round,
            Instant startedAt,
            Instant endedAt,
            Instant receivedAt,
            String submittedBy,
            Position start,
            Position end,
            List<ReceivedEvidence> evidence) {}

    /**
     * A stale answer: the item, the version the device based its answer on, the server's version and both values.
     */
    public record AnswerConflict(
            String itemCode,
            String label,
            int baseVersion,
            int serverVersion,
            JsonNode yours,
            JsonNode server,
            String serverAnsweredBy) {}
}
