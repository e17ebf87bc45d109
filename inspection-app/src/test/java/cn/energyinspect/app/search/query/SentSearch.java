package cn.energyinspect.app.search.query;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.TimeProperties;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The request {@code GET /api/v1/search} sends to Elasticsearch for a query string and a user, as a path and a JSON
 * body, so a benchmark can send the very same search straight to the cluster (its floor).
 *
 * @param path the search endpoint with the query parameters the Java client adds ({@code typed_keys})
 * @param body the JSON body: the query with its jurisdiction filter, the filters, facets, highlight, sort and size
 */
public record SentSearch(String path, String body) {
    /** The parameters of {@code GET /api/v1/search} that a benchmark sets; every other one is absent. */
    public record Parameters(
            String q, List<String> type, String industry, String findingKind, String from, String to, String size) {}

    public static SentSearch of(ApplicationContext context, Parameters parameters, CurrentUser user) {
        SearchCriteria criteria = new SearchParameters(
                        parameters.q(),
                        parameters.type(),
                        null,
                        null,
                        parameters.industry(),
                        null,
                        parameters.findingKind(),
                        null,
                        null,
                        parameters.from(),
                        parameters.to(),
                        null,
                        null,
                        null,
                        null,
                        parameters.size(),
                        null)
                .criteria();
        QuerySettings settings = context.getBean(QuerySettings.class);
        SearchRequest request = RecordQuery.build(
                criteria, user, settings, context.getBean(TimeProperties.class).timeZone());
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        return new SentSearch(
                "/" + settings.indexAlias() + "/_search?typed_keys=true",
                JsonpUtils.toJsonString(request, client._jsonpMapper()));
    }
}
