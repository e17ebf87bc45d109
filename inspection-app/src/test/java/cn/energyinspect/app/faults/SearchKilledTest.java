package cn.energyinspect.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearch;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Elasticsearch killed (SIGKILL) under a running app while a client registers enterprises: writes go on (the changes
 * wait in the outbox), search answers a 503 problem within seconds, health says search DOWN while readiness stays UP;
 * the dev-services supervisor starts the node again on its port and folder, and every acknowledged registration is
 * then in the index exactly once.
 */
@IntegrationTest
class SearchKilledTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    NamedParameterJdbcTemplate sql;

    @Autowired
    ElasticsearchClient search;

    @Test
    void a_killed_search_node_is_restarted_and_every_acknowledged_write_is_indexed_once() throws Exception {
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        Api anonymous = Api.anonymous(port);
        // the running instance, taken before the kill: asking for it afterwards would start a second node
        EmbeddedElasticsearch es = EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests());
        Resending client = new Resending(admin, "330106", "检索被杀企业");
        Thread sending = new Thread(client, "registrations-during-search-kill");
        long killed = es.pid();
        sending.start();
        int beforeKill;
        long outageMillis;
        int duringOutage;
        try {
            SearchFrozenTest.await(
                    "registrations under way", Duration.ofSeconds(60), () -> client.acknowledged.size() >= 5);
            beforeKill = client.acknowledged.size();
            long t0 = System.nanoTime();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9, as the OOM killer would
            SearchFrozenTest.await(
                    "the node is gone",
                    Duration.ofSeconds(30),
                    () -> ProcessHandle.of(killed).map(p -> !p.isAlive()).orElse(true));

            Timed<Api.Response> found =
                    Timed.of("search, Elasticsearch killed", () -> admin.get("/api/v1/search?q=abc"));
            assertThat(found.value().status()).as(found.value().body()).isEqualTo(503);
            assertThat(found.value().problemType()).isEqualTo("urn:energyinspect:problem:search-unavailable");
            assertThat(found.millis()).isLessThan(9_000);
            Timed<Api.Response> health =
                    Timed.of("health, Elasticsearch killed", () -> anonymous.get("/actuator/health"));
            assertThat(health.value().json().at("/components/search/status").asText())
                    .as(health.value().body())
                    .isEqualTo("DOWN");
            assertThat(health.millis()).isLessThan(4_000);
            assertThat(anonymous.get("/actuator/health/readiness").status())
                    .as("search being down degrades, it does not take the node out")
                    .isEqualTo(200);
            int atKill = client.acknowledged.size();
            SearchFrozenTest.await(
                    "registrations go on while search is down",
                    Duration.ofSeconds(60),
                    () -> client.acknowledged.size() >= atKill + 5);

            SearchFrozenTest.await(
                    "the supervisor started Elasticsearch again", Duration.ofSeconds(180), () -> es.pid() != killed);
            SearchFrozenTest.await(
                    "search serves again",
                    Duration.ofSeconds(180),
                    () -> anonymous
                                    .get("/actuator/health")
                                    .json()
                                    .at("/components/search/status")
                                    .asText()
                                    .equals("UP")
                            && admin.get("/api/v1/search?q=abc").status() == 200);
            outageMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            duringOutage = client.acknowledged.size() - atKill;
        } finally {
            client.stop();
            sending.join(TimeUnit.SECONDS.toMillis(90));
        }

        List<String> acknowledged = List.copyOf(client.acknowledged);
        SearchFrozenTest.await(
                "every acknowledged registration indexed",
                Duration.ofSeconds(180),
                () -> count("SELECT COUNT(*) FROM search_outbox WHERE entity_key IN (:keys)", acknowledged) == 0
                        && indexed(acknowledged) == acknowledged.size());
        long stored = count("SELECT COUNT(*) FROM enterprise WHERE uscc IN (:keys)", acknowledged);
        long indexed = indexed(acknowledged);
        System.out.println("FAULT search-killed acknowledged=" + acknowledged.size() + " stored=" + stored
                + " indexed=" + indexed + " duplicated=0 lost=" + (acknowledged.size() - stored)
                + " acknowledgedWhileDown=" + duringOutage + " refused503=" + client.refused.get()
                + " slowestAnswerMs=" + client.slowestMillis.get() + " acknowledgedBeforeKill=" + beforeKill
                + " outageMs=" + outageMillis);
        assertThat(client.unexpected)
                .as("every write a 201 while search is down")
                .isEmpty();
        assertThat(client.refused.get()).as("writes never wait for search").isZero();
        assertThat(stored).isEqualTo(acknowledged.size());
        for (String uscc : acknowledged) {
            assertThat(indexed(List.of(uscc))).as(uscc + " indexed once").isEqualTo(1);
        }
    }

    private long count(String query, List<String> keys) {
        return sql.queryForObject(query, Map.of("keys", keys), Long.class);
    }

    private long indexed(List<String> usccs) {
        List<FieldValue> ids = usccs.stream()
                .map(SearchFields.DocType.ENTERPRISE::id)
                .map(FieldValue::of)
                .toList();
        try {
            search.indices().refresh(r -> r.index(SearchFields.ALIAS));
            return search.count(c -> c.index(SearchFields.ALIAS)
                            .query(q -> q.terms(t -> t.field(SearchFields.ID).terms(v -> v.value(ids)))))
                    .count();
        } catch (IOException e) {
            return -1;
        }
    }
}
