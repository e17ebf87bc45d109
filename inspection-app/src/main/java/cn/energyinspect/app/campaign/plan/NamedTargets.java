package cn.energyinspect.app.campaign.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code PUT /{id}/named-targets}: the complete list of enterprises the plan names, included without a draw (issue 5:
 * a national list, last year's violators for 复查, complaints).
 */
public record NamedTargets(List<Target> targets) {
    /**
     * @param note the reason in words (e.g. the unrectified case a 复查 target comes from); left out, a target the plan
     *     already names with the same reason keeps its note
     */
    public record Target(
            String uscc,
            String reason,

            @Schema(description = "点名理由说明，最多 300 字") @Size(max = 300)
            String note) {}

    /** A named target as read: with the enterprise's name and the reason's display name. */
    public record View(String uscc, String enterpriseName, String reason, String reasonName, String note) {}

    /** Why an enterprise is named rather than drawn. */
    public enum Reason {
        NATIONAL_LIST,
        /** 复查: last year's violator not closed as rectified (proposed by {@code POST /{id}/targets/follow-ups}). */
        REINSPECTION,
        COMPLAINT
    }
}
