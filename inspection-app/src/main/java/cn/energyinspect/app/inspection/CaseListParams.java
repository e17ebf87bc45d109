package cn.energyinspect.app.inspection;

import java.time.LocalDate;

/**
 * The filters of the case list as query parameters, shared by the list and its Excel export so the two cannot
 * disagree. A value of the wrong type is a 422 naming the parameter.
 *
 * @param enterprise the enterprise's 统一社会信用代码
 * @param from opened on or after this day
 * @param to opened on or before this day
 * @param campaignId the plan the cases were started for
 * @param findingKind cases with a finding of this kind
 * @param industry cases of enterprises whose GB/T 4754 code starts with this
 */
public record CaseListParams(
        CaseStatus status,
        String regionCode,
        InspectionType type,
        String enterprise,
        LocalDate from,
        LocalDate to,
        Long campaignId,
        String findingKind,
        String industry) {

    InspectionCases.Filter filter(int page, int size) {
        return new InspectionCases.Filter(
                status, regionCode, type, enterprise, from, to, campaignId, findingKind, industry, page, size);
    }
}
