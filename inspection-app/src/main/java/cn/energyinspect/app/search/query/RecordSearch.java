package cn.energyinspect.app.search.query;

import static cn.energyinspect.app.search.SearchFields.*;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Runs a search for a user and turns Elasticsearch's answer into a {@link SearchResult}. */
@Service
class RecordSearch {

    private final ElasticsearchClient client;
    private final QuerySettings settings;
    private final ZoneId zone;

    RecordSearch(ElasticsearchClient client, QuerySettings settings, cn.energyinspect.app.time.TimeProperties time) {
        this.client = client;
        this.settings = settings;
        this.zone = time.timeZone();
    }

    SearchResult search(SearchCriteria criteria, CurrentUser user) {
        SearchResponse<ObjectNode> response = execute(criteria, user);
        List<Hit<ObjectNode>> hits = response.hits().hits();
        boolean more = hits.size() > criteria.size();
        List<Hit<ObjectNode>> page = more ? hits.subList(0, criteria.size()) : hits;
        String next = more
                ? SearchCursor.encode(
                        criteria.sorting(),
                        page.getLast().sort().stream().map(FieldValue::_get).toList())
                : null;
        long total = response.hits().total() == null
                ? page.size()
                : response.hits().total().value();
        return new SearchResult(total, page.stream().map(this::item).toList(), facets(response.aggregations()), next);
    }

    private SearchResponse<ObjectNode> execute(SearchCriteria criteria, CurrentUser user) {
        try {
            return client.search(RecordQuery.build(criteria, user, settings, zone), ObjectNode.class);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new SearchUnavailable("index " + settings.indexAlias() + " does not exist", e);
            }
            if (e.status() == 400 && criteria.after() != null) {
                // a cursor of an earlier index generation whose sort values no longer fit
                throw Refusal.invalid("after", "翻页游标已失效，请从第一页重新检索");
            }
            if (e.status() == 429 || e.status() >= 500) {
                throw new SearchUnavailable("Elasticsearch answered " + e.status(), e);
            }
            throw e;
        } catch (IOException e) {
            throw new SearchUnavailable(e.getClass().getSimpleName(), e);
        }
    }

    private SearchItem item(Hit<ObjectNode> hit) {
        JsonNode s = hit.source() == null ? NullNode.getInstance() : hit.source();
        List<String> highlight = new ArrayList<>();
        if (hit.highlight() != null) {
            highlight.addAll(hit.highlight().getOrDefault(TITLE, List.of()));
            highlight.addAll(hit.highlight().getOrDefault(TEXT, List.of()));
        }
        return new SearchItem(
                hit.id(),
                text(s, TYPE),
                text(s, TITLE),
                whole(s, CASE_ID),
                text(s, CASE_NUMBER),
                text(s, CASE_STATUS),
                text(s, ENTERPRISE_USCC),
                text(s, ENTERPRISE_NAME),
                text(s, REGION_CODE),
                text(s, INDUSTRY_CODE),
                whole(s, AGENCY_ID),
                whole(s, CAMPAIGN_ID),
                businessDate(text(s, DATE), zone),
                text(s, DOCUMENT_NUMBER),
                text(s, DOCUMENT_KIND),
                text(s, FINDING_KIND),
                text(s, RULE_STANDARD),
                text(s, RULE_EDITION),
                text(s, LAW_ARTICLE),
                decimal(s, MEASURED_VALUE),
                decimal(s, LIMIT_VALUE),
                text(s, UNIT),
                s.hasNonNull(TEXT_EXTRACTED) ? s.get(TEXT_EXTRACTED).asBoolean() : null,
                highlight);
    }

    private static Map<String, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : RecordQuery.FACETS.keySet()) {
            facets.put(name, buckets(aggregations.get(name)));
        }
        facets.put("region", buckets(aggregations.get("region")));
        return facets;
    }

    private static Map<String, Long> buckets(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate != null && aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        }
        return counts;
    }

    /**
     * The business date as {@code yyyy-MM-dd} in China time: the indexer writes dates as they are kept (a date, or an
     * instant such as {@code 2026-03-01T17:00:00Z} for 3 月 2 日 01:00 in Hangzhou).
     */
    static String businessDate(String indexed, ZoneId zone) {
        if (indexed == null || indexed.length() <= 10) {
            return indexed;
        }
        try {
            return OffsetDateTime.parse(indexed)
                    .atZoneSameInstant(zone)
                    .toLocalDate()
                    .toString();
        } catch (DateTimeParseException e) {
            return indexed;
        }
    }

    /** A value the indexer may have written as a string or a number (a date as text or epoch millis). */
    private static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long whole(JsonNode source, String field) {
        JsonNode value = source.get(field);
        if (value != null && value.isTextual()) {
            try {
                return Long.parseLong(value.asText());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value == null || !value.isIntegralNumber() ? null : value.asLong();
    }

    private static Double decimal(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
