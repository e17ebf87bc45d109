package cn.energyinspect.app.search.query;

import static cn.energyinspect.app.search.SearchFields.*;

import cn.energyinspect.app.search.SearchFields.DocType;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.rules.basis.RegionCodes;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Elasticsearch request of a search. The caller's {@link Visibility} filter is always the first clause;
 * every parameter only adds a filter. Free text never reaches a query parser (see package-info).
 */
final class RecordQuery {
    /** Fields returned per hit; {@code text} (possibly a whole PDF) is shown only through highlights. */
    static final List<String> SOURCE = List.of(
            ID,
            TYPE,
            TITLE,
            CASE_ID,
            CASE_NUMBER,
            CASE_STATUS,
            ENTERPRISE_USCC,
            ENTERPRISE_NAME,
            REGION_CODE,
            INDUSTRY_CODE,
            AGENCY_ID,
            CAMPAIGN_ID,
            DATE,
            DOCUMENT_NUMBER,
            DOCUMENT_KIND,
            FINDING_KIND,
            RULE_STANDARD,
            RULE_EDITION,
            LAW_ARTICLE,
            MEASURED_VALUE,
            LIMIT_VALUE,
            UNIT,
            TEXT_EXTRACTED);

    /** Facet name → keyword field and the number of buckets shown. */
    static final Map<String, Facet> FACETS = facets();

    record Facet(String field, int size) {}

    /** Dates are China's: an instant indexed as 2026-03-01T17:00Z is on 2026-03-02; plain dates are unaffected. */
    private static final int FRAGMENT = 80;

    private RecordQuery() {}

    static SearchRequest build(
            SearchCriteria criteria, CurrentUser user, QuerySettings settings, java.time.ZoneId zone) {
        Query query = Query.of(q -> q.bool(b -> {
            b.filter(Visibility.filter(user));
            filters(criteria, b, zone);
            if (criteria.q() != null) {
                b.must(freeText(criteria));
                // the whole phrase scores above scattered words
                b.should(s -> s.multiMatch(m -> m.query(criteria.q())
                        .fields(TITLE + "^3", TEXT)
                        .type(TextQueryType.Phrase)
                        .boost(2f)));
            }
            return b;
        }));
        return SearchRequest.of(r -> {
            r.index(settings.indexAlias())
                    .query(query)
                    .size(criteria.size() + 1) // one more tells whether a next page exists
                    .trackTotalHits(t -> t.enabled(true))
                    .timeout(settings.queryTimeout().toMillis() + "ms")
                    .source(s -> s.filter(f -> f.includes(SOURCE)))
                    .sort(sort(criteria.sorting()))
                    .aggregations(aggregations(Visibility.facetRegion(user, criteria)));
            if (criteria.q() != null) {
                r.highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<em>")
                        .postTags("</em>")
                        .requireFieldMatch(true)
                        .fields(
                                NamedValue.of(TITLE, HighlightField.of(f -> f.numberOfFragments(0))),
                                NamedValue.of(
                                        TEXT,
                                        HighlightField.of(f -> f.fragmentSize(FRAGMENT)
                                                .numberOfFragments(3)
                                                .noMatchSize(0)))));
            }
            if (criteria.after() != null) {
                r.searchAfter(criteria.after().stream().map(FieldValue::of).toList());
            }
            return r;
        });
    }

    private static void filters(SearchCriteria c, BoolQuery.Builder b, java.time.ZoneId zone) {
        if (!c.types().isEmpty()) {
            List<FieldValue> types = c.types().stream()
                    .map(DocType::name)
                    .sorted()
                    .map(FieldValue::of)
                    .toList();
            b.filter(f -> f.terms(t -> t.field(TYPE).terms(v -> v.value(types))));
        }
        // regionChain holds every ancestor, so a city code narrows to the whole city; the jurisdiction filter
        // above still applies, so a region outside it yields nothing
        term(b, REGION_CHAIN, c.regionCode());
        term(b, AGENCY_ID, c.agencyId());
        term(b, CAMPAIGN_ID, c.campaignId());
        term(b, CASE_STATUS, c.caseStatus());
        term(b, FINDING_KIND, c.findingKind());
        term(b, RULE_STANDARD, c.ruleStandard());
        term(b, LAW_ARTICLE, c.lawArticle());
        term(b, ENTERPRISE_USCC, c.enterprise());
        term(b, DOCUMENT_NUMBER, c.documentNumber());
        if (c.industry() != null) {
            b.filter(f -> f.prefix(p -> p.field(INDUSTRY_CODE).value(c.industry())));
        }
        if (c.from() != null || c.to() != null) {
            b.filter(f -> f.range(r -> r.date(d -> {
                d.field(DATE).format("strict_date").timeZone(zone.getId());
                if (c.from() != null) {
                    d.gte(c.from().toString());
                }
                if (c.to() != null) {
                    d.lte(c.to().toString());
                }
                return d;
            })));
        }
    }

    /**
     * Words over title, enterprise name and text (analysed by smartcn, no syntax), or the exact code: a 文号, 案号 or
     * 统一社会信用代码 typed as the query.
     */
    private static Query freeText(SearchCriteria c) {
        List<Query> any = new ArrayList<>();
        any.add(Query.of(q -> q.multiMatch(m -> m.query(c.q())
                .fields(TITLE + "^3", ENTERPRISE_NAME + "^2", TEXT)
                .type(TextQueryType.CrossFields)
                // short queries need every word; longer ones three quarters of them
                .minimumShouldMatch("3<75%"))));
        if (c.qLooksLikeCode()) {
            for (String code : codeVariants(c.q())) {
                any.add(Query.of(
                        q -> q.term(t -> t.field(DOCUMENT_NUMBER).value(code).boost(20f))));
                any.add(Query.of(
                        q -> q.term(t -> t.field(CASE_NUMBER).value(code).boost(20f))));
            }
            any.add(Query.of(q -> q.term(t -> t.field(ENTERPRISE_USCC)
                    .value(c.q().toUpperCase(java.util.Locale.ROOT))
                    .boost(20f))));
        }
        return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    }

    /** The code as typed, and with the brackets people type instead of 〔〕 (GB/T 9704) normalised. */
    static List<String> codeVariants(String q) {
        String normalised = q.replaceAll("[\\[［【(（]", "〔").replaceAll("[\\]］】)）]", "〕");
        return normalised.equals(q) ? List.of(q) : List.of(q, normalised);
    }

    private static List<SortOptions> sort(Sorting sorting) {
        List<SortOptions> sort = new ArrayList<>();
        if (sorting == Sorting.RELEVANCE) {
            sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(
                s -> s.field(f -> f.field(DATE).order(SortOrder.Desc).missing("_last"))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field(ID).order(SortOrder.Asc))));
        return sort;
    }

    private static Map<String, Aggregation> aggregations(String facetRegion) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FACETS.forEach((name, facet) -> aggregations.put(
                name, Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(facet.size())))));
        aggregations.put("region", regionFacet(facetRegion));
        return aggregations;
    }

    /**
     * Counts by the tier below the given region, read from {@code regionChain}: a province by city, a city by county,
     * a county by itself. The region is a checked 6-digit code, so the regular expressions carry no user syntax.
     */
    private static Aggregation regionFacet(String region) {
        if (region == null || !RegionCodes.isWellFormed(region)) {
            return Aggregation.of(a -> a.terms(t -> t.field(REGION_CODE).size(50)));
        }
        String prefix = RegionCodes.prefix(region);
        // the tier's own code (330000, 330100) is in every chain below it, so the pattern leaves out the 00 child
        String include = switch (prefix.length()) {
            case 2 -> prefix + "(0[1-9]|[1-9][0-9])00";
            case 4 -> prefix + "(0[1-9]|[1-9][0-9])";
            default -> region;
        };
        return Aggregation.of(a -> a.terms(t -> t.field(REGION_CHAIN).size(100).include(i -> i.regexp(include))));
    }

    private static Map<String, Facet> facets() {
        Map<String, Facet> facets = new LinkedHashMap<>();
        facets.put("type", new Facet(TYPE, DocType.values().length));
        facets.put("caseStatus", new Facet(CASE_STATUS, 20));
        facets.put("findingKind", new Facet(FINDING_KIND, 20));
        facets.put("ruleStandard", new Facet(RULE_STANDARD, 20));
        facets.put("industry", new Facet(INDUSTRY_CODE, 20));
        return facets;
    }

    private static void term(BoolQuery.Builder b, String field, String value) {
        if (value != null) {
            b.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    private static void term(BoolQuery.Builder b, String field, Long value) {
        if (value != null) {
            b.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }
}
