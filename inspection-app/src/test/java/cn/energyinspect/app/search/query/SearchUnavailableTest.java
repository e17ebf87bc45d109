package cn.energyinspect.app.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/** Search down is a 503 with a Chinese message, never a 500. */
class SearchUnavailableTest {
    private final CurrentUser inspector = new CurrentUser(1, "inspector", "监察员", Role.INSPECTOR, "330106", 7L, null);

    @Test
    void an_unreachable_cluster_is_search_unavailable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (Rest5Client rest =
                Rest5Client.builder(URI.create("http://127.0.0.1:" + port)).build()) {
            RecordSearch search = new RecordSearch(
                    new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper())),
                    new QuerySettings(null, null),
                    new cn.energyinspect.app.time.TimeProperties(null));
            SearchCriteria criteria = new SearchParameters(
                            "整改", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null)
                    .criteria();

            assertThatThrownBy(() -> search.search(criteria, inspector)).isInstanceOf(SearchUnavailable.class);
        }
    }

    @Test
    void search_unavailable_answers_503_problem_details() {
        var response = new SearchController(null)
                .unavailable(
                        new SearchUnavailable("connection refused", null),
                        new MockHttpServletRequest("GET", "/api/v1/search"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        var problem = response.getBody();
        assertThat(problem.getType()).hasToString("urn:energyinspect:problem:search-unavailable");
        assertThat(problem.getDetail()).contains("检索服务暂时不可用").doesNotContain("connection refused");
        assertThat(problem.getProperties()).containsKey("traceId");
    }

    @Test
    void enterprise_users_see_only_records_addressed_to_them() {
        // evidence is a type an enterprise may find — its own uploads — but only through the visibility flag
        assertThat(Set.copyOf(Visibility.ENTERPRISE_VISIBLE)).hasSize(7);
        var enterprise = new cn.energyinspect.app.security.CurrentUser(
                1, "ent", "企业", cn.energyinspect.app.security.Role.ENTERPRISE, "330106", null, "913301060494776207");
        assertThat(Visibility.filter(enterprise).toString())
                .contains(cn.energyinspect.app.search.SearchFields.VISIBLE_TO_ENTERPRISE)
                .contains("913301060494776207");
    }
}
