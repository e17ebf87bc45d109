package cn.energyinspect.app.search.query;

import java.util.List;

/**
 * One record found. Fields a record type does not have are {@code null}.
 *
 * @param id the document id, {@code <type>:<key>}, e.g. {@code DOCUMENT:41}
 * @param date the business date as indexed
 * @param highlight matching fragments of the title and the text (about 80 characters each), HTML-escaped, with the
 *     matched words in {@code <em>}; empty without {@code q}
 */
record SearchItem(
        String id,
        String type,
        String title,
        Long caseId,
        String caseNumber,
        String caseStatus,
        String enterpriseUscc,
        String enterpriseName,
        String regionCode,
        String industryCode,
        Long agencyId,
        Long campaignId,
        String date,
        String documentNumber,
        String documentKind,
        String findingKind,
        String ruleStandard,
        String ruleEdition,
        String lawArticle,
        Double measuredValue,
        Double limitValue,
        String unit,
        Boolean textExtracted,
        List<String> highlight) {}
