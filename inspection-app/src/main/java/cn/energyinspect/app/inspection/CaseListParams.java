package cn.energyinspect.app.inspection;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The filters of the case list as query parameters, shared by the list and its Excel export so the two cannot
 * disagree. A value of the wrong type is a 422 naming the parameter.
 *
 * @param enterprise the enterprise's 统一社会信用代码 (exactly), the start of it, or part of its name
 * @param from opened on or after this day
 * @param to opened on or before this day
 * @param campaignId the plan the cases were started for
 * @param findingKind cases with a finding of this kind
 * @param industry cases of enterprises whose GB/T 4754 code starts with this
 */
public record CaseListParams(
        @Parameter(description = "Cases in this state") CaseStatus status,

        @Parameter(
                description =
                        "GB/T 2260 code of a region within the caller's jurisdiction; its cases and those below, e.g. 330106")
        String regionCode,

        @Parameter(description = "On-site inspection or desk review")
        InspectionType type,

        @Parameter(description = "The enterprise: its 统一社会信用代码, the start of it, or part of its name")
        String enterprise,

        @Parameter(description = "Opened on or after this day")
        LocalDate from,

        @Parameter(description = "Opened on or before this day")
        LocalDate to,

        @Parameter(description = "The plan the cases were started for")
        Long campaignId,

        @Parameter(
                description = "Cases with at least one finding of this kind",
                schema =
                        @Schema(
                                type = "string",
                                allowableValues = {
                                    "OVER_QUOTA",
                                    "BELOW_EFFICIENCY_LIMIT",
                                    "ELIMINATED_EQUIPMENT",
                                    "OTHER"
                                }))
        String findingKind,

        @Parameter(description = "Cases of enterprises whose GB/T 4754 industry code starts with this", example = "C30")
        String industry) {

    InspectionCases.Filter filter(int page, int size) {
        return new InspectionCases.Filter(
                status, regionCode, type, enterprise, from, to, campaignId, findingKind, industry, page, size);
    }
}
