package cn.energyinspect.app.search.query;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchFields.DocType;
import cn.energyinspect.rules.basis.RegionCodes;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query string of {@code GET /api/v1/search} as sent: every value a string, so one bad value is reported with all
 * the others as a 422 naming each field, instead of a type-conversion error for the first.
 */
record SearchParameters(
        @Parameter(description = "Free text (at most 200 characters), analysed as Chinese; hits are highlighted")
        String q,

        @Parameter(
                description = "Record types to search (repeat the parameter for several); all when absent",
                array =
                        @ArraySchema(
                                schema =
                                        @Schema(
                                                allowableValues = {
                                                    "ENTERPRISE",
                                                    "CASE",
                                                    "FINDING",
                                                    "DOCUMENT",
                                                    "EVIDENCE",
                                                    "ANSWER",
                                                    "REVIEW"
                                                })))
        List<String> type,

        @Parameter(description = "GB/T 2260 code of a region within the caller's jurisdiction (6 digits), e.g. 330106")
        String regionCode,

        @Parameter(description = "Records of this agency", schema = @Schema(type = "integer", format = "int64"))
        String agencyId,

        @Parameter(
                description = "Enterprises (and their records) of this GB/T 4754 industry code or prefix",
                example = "C30")
        String industry,

        @Parameter(description = "Cases (and their records) in this status, e.g. RECTIFYING")
        String caseStatus,

        @Parameter(
                description = "Findings of this kind: OVER_QUOTA, BELOW_EFFICIENCY_LIMIT, ELIMINATED_EQUIPMENT, OTHER")
        String findingKind,

        @Parameter(description = "Findings graded by this standard", example = "GB 16780")
        String ruleStandard,

        @Parameter(description = "Findings citing this law article, as the finding's lawArticle reads")
        String lawArticle,

        @Parameter(
                description = "Business date on or after this day",
                schema = @Schema(type = "string", format = "date"))
        String from,

        @Parameter(
                description = "Business date on or before this day",
                schema = @Schema(type = "string", format = "date"))
        String to,

        @Parameter(
                description = "Records of the cases started for this plan",
                schema = @Schema(type = "integer", format = "int64"))
        String campaignId,

        @Parameter(description = "The enterprise's 统一社会信用代码 (18 characters)")
        String enterprise,

        @Parameter(description = "A document's number", example = "西湖节监改〔2026〕3号")
        String documentNumber,

        @Parameter(
                description = "relevance (the default with q) or date (newest first, the default without q)",
                schema =
                        @Schema(
                                type = "string",
                                allowableValues = {"relevance", "date"}))
        String sort,

        @Parameter(
                description = "Hits per page",
                schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
        String size,

        @Parameter(description = "The next cursor of the previous page (search_after paging)")
        String after) {

    static final int MAX_Q = 200;
    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;
    private static final int MAX_KEYWORD = 100;
    /** GB/T 4754: a section letter, optionally followed by 2–4 digits (division, group, class): C, C30, C3011. */
    private static final Pattern INDUSTRY = Pattern.compile("[A-T](\\d{2,4})?");

    private static final Pattern USCC = Pattern.compile("[0-9A-Z]{18}");

    SearchCriteria criteria() {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_Q) {
            errors.add(new FieldError("q", "检索词不能超过 " + MAX_Q + " 个字符"));
            text = null;
        }
        Set<DocType> types = types(errors);
        String region = blankToNull(regionCode);
        if (region != null && !RegionCodes.isWellFormed(region)) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        }
        String industryCode = blankToNull(industry);
        if (industryCode != null) {
            industryCode = industryCode.toUpperCase(Locale.ROOT);
            if (!INDUSTRY.matcher(industryCode).matches()) {
                errors.add(new FieldError("industry", "须为 GB/T 4754 行业代码或其前缀，例如 C 或 C30"));
            }
        }
        String uscc = blankToNull(enterprise);
        if (uscc != null) {
            uscc = uscc.toUpperCase(Locale.ROOT);
            if (!USCC.matcher(uscc).matches()) {
                errors.add(new FieldError("enterprise", "须为 18 位统一社会信用代码"));
            }
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "结束日期不能早于开始日期"));
        }
        Sorting sorting = sorting(text, errors);
        int pageSize = size(errors);
        SearchCriteria criteria = new SearchCriteria(
                text,
                types,
                region,
                id("agencyId", agencyId, errors),
                industryCode,
                keyword("caseStatus", caseStatus, errors),
                keyword("findingKind", findingKind, errors),
                keyword("ruleStandard", ruleStandard, errors),
                keyword("lawArticle", lawArticle, errors),
                fromDate,
                toDate,
                id("campaignId", campaignId, errors),
                uscc,
                keyword("documentNumber", documentNumber, errors),
                sorting,
                pageSize,
                null);
        List<Object> cursor = null;
        if (sorting != null && blankToNull(after) != null) {
            try {
                cursor = SearchCursor.decode(after.strip(), sorting);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("after", "翻页游标无效或与排序方式不符，请从第一页重新检索"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return criteria.after(cursor);
    }

    private Set<DocType> types(List<FieldError> errors) {
        Set<DocType> types = EnumSet.noneOf(DocType.class);
        if (type == null) {
            return types;
        }
        for (String value : type) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                types.add(DocType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "未知的记录类型，可选：" + Arrays.toString(DocType.values())));
                break;
            }
        }
        return types;
    }

    private Sorting sorting(String text, List<FieldError> errors) {
        String value = blankToNull(sort);
        if (value == null) {
            return text == null ? Sorting.DATE : Sorting.RELEVANCE;
        }
        try {
            return Sorting.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("sort", "须为 relevance 或 date"));
            return null;
        }
    }

    private int size(List<FieldError> errors) {
        String value = blankToNull(size);
        if (value == null) {
            return DEFAULT_SIZE;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1 && parsed <= MAX_SIZE) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("size", "须为 1 到 " + MAX_SIZE + " 之间的整数"));
        return DEFAULT_SIZE;
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "须为 yyyy-MM-dd 格式的日期"));
            return null;
        }
    }

    private static Long id(String field, String value, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(text);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "须为正整数"));
        return null;
    }

    private static String keyword(String field, String value, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text != null && (text.length() > MAX_KEYWORD || text.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError(field, "不能超过 " + MAX_KEYWORD + " 个字符，且不能含控制字符"));
            return null;
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
