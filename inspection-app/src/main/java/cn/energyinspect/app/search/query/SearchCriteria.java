package cn.energyinspect.app.search.query;

import cn.energyinspect.app.search.SearchFields.DocType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A checked search request: free text, filters (all optional, all narrowing), order, page size and the position after
 * which the page starts.
 *
 * @param industry a GB/T 4754 code or prefix, matched as a prefix of {@code industryCode}
 * @param after the sort values of the last record of the previous page, or {@code null} for the first page
 */
record SearchCriteria(
        String q,
        Set<DocType> types,
        String regionCode,
        Long agencyId,
        String industry,
        String caseStatus,
        String findingKind,
        String ruleStandard,
        String lawArticle,
        LocalDate from,
        LocalDate to,
        Long campaignId,
        String enterprise,
        String documentNumber,
        Sorting sorting,
        int size,
        List<Object> after) {

    SearchCriteria {
        types = Set.copyOf(types);
        after = after == null ? null : List.copyOf(after);
    }

    SearchCriteria after(List<Object> cursor) {
        return new SearchCriteria(
                q,
                types,
                regionCode,
                agencyId,
                industry,
                caseStatus,
                findingKind,
                ruleStandard,
                lawArticle,
                from,
                to,
                campaignId,
                enterprise,
                documentNumber,
                sorting,
                size,
                cursor);
    }

    /** Codes (a 统一社会信用代码, 文号, 案号) have no blanks and contain a digit; they are also matched exactly. */
    boolean qLooksLikeCode() {
        return q != null
                && q.length() <= 64
                && q.chars().noneMatch(Character::isWhitespace)
                && q.chars().anyMatch(Character::isDigit);
    }
}
