package cn.energyinspect.app.search.indexing;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchProperties;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearch;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The shared test node is stopped in the middle of a stream of changes and started again on the same port and data
 * folder, so the application's client (whose URI is fixed at start-up) reaches it again without knowing.
 */
@IntegrationTest
class SearchOutageTest {
    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchProperties search;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_outbox_survives_an_elasticsearch_stop_and_start_with_no_lost_or_duplicated_document() {
        SearchProbe index = new SearchProbe(client);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            usccs.add(register(admin, "停机前企业" + i));
        }
        index.awaitDoc(SearchFields.DocType.ENTERPRISE.id(usccs.getLast()), Duration.ofSeconds(15));

        ElasticsearchSettings running = ElasticsearchSettings.forTests();
        EmbeddedElasticsearch node = EmbeddedElasticsearch.startShared(running);
        assertThat(search.uris()).as("the app talks to the shared test node").contains(node.httpUri());
        int esPort = node.httpUri().getPort();
        node.close();
        try {
            for (int i = 0; i < 20; i++) {
                // workflow steps do not wait for search: the register answers while Elasticsearch is down
                usccs.add(register(admin, "停机中企业" + i));
            }
            assertThat(waiting(usccs))
                    .as("rows wait in the outbox while search is down")
                    .isPositive();
        } finally {
            EmbeddedElasticsearch.startShared(
                    new ElasticsearchSettings(running.dataDir(), esPort, running.heap(), running.startTimeout()));
        }
        for (int i = 0; i < 5; i++) {
            usccs.add(register(admin, "恢复后企业" + i));
        }

        SearchProbe.await("outbox drained", Duration.ofSeconds(60), () -> waiting(usccs) == 0);
        List<String> ids =
                usccs.stream().map(SearchFields.DocType.ENTERPRISE::id).toList();
        assertThat(index.countWhere(SearchFields.ID, ids)).isEqualTo(usccs.size());
        for (String id : ids) {
            assertThat(index.countWhere(SearchFields.ID, List.of(id))).as(id).isEqualTo(1);
        }
    }

    private static String register(Api admin, String name) {
        EnterpriseForm form = anEnterprise()
                .inRegion("330106")
                .named(name + System.nanoTime() + "有限公司")
                .build();
        CaseSteps.ok(admin.post("/api/v1/enterprises", form));
        return form.uscc();
    }

    private long waiting(List<String> usccs) {
        return new NamedParameterJdbcTemplate(jdbc)
                .queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE entity_key IN (:keys)",
                        java.util.Map.of("keys", usccs),
                        Long.class);
    }
}
