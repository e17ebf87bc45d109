package cn.energyinspect.mobile;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** An inspection waiting for the team: where to go, when, and which checklist version to fill. */
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
            String taskId) {}

    /** The checklist: items of the template version the case started with, and the answers so far. */
    public record ChecklistForm(
            long caseId, String code, int version, String title, List<Item> items, Map<String, JsonNode> answers) {
        /** One checklist item. */
        public record Item(String code, String kind, String label, String unit) {}
    }

    /** What the server recorded for a command; {@code duplicate} when the request id had been seen before. */
    public record Receipt(String clientRequestId, boolean duplicate, Long resourceId, String status) {}

    public record SaveAnswers(
            @NotBlank @Size(max = 64) String clientRequestId,
            @NotNull Map<String, JsonNode> answers) {}

    public record SubmitRecord(
            @NotBlank @Size(max = 64) String clientRequestId,
            @NotNull @Valid SignedRecord record) {}

    /**
     * The on-site record as signed.
     *
     * @param refusalReason required when the enterprise's representative refused to sign
     */
    public record SignedRecord(
            @NotBlank String enterpriseRepresentative,
            @NotNull Boolean representativeSigned,
            String refusalReason,
            @NotNull Boolean inspectorsSigned,
            @NotBlank String place,
            @NotNull Instant startedAt,
            @NotNull Instant endedAt) {}
}
