package cn.energyinspect.app.faults;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Elasticsearch frozen (SIGSTOP) under a running app: readers get a 503 within seconds instead of waiting for the
 * freeze to end, health says search is DOWN without blocking and readiness stays UP, writes go on, and every change
 * made meanwhile is in the index exactly once after SIGCONT.
 */
@IntegrationTest
class SearchFrozenTest {
    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_frozen_search_answers_503_in_seconds_and_every_write_is_indexed_once_after_it_returns() {
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        Api anonymous = Api.anonymous(port);
        List<String> acknowledged = new ArrayList<>();
        acknowledged.add(register(admin, "冻结前企业"));
        await("the first enterprise indexed", Duration.ofSeconds(30), () -> indexed(acknowledged) == 1);
        long pid = EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests())
                .pid();

        try (Frozen frozen = Frozen.stop(pid)) {
            Timed<Api.Response> search =
                    Timed.of("search, Elasticsearch frozen", () -> admin.get("/api/v1/search?q=abc"));
            assertThat(search.value().status()).as(search.value().body()).isEqualTo(503);
            assertThat(search.value().problemType()).isEqualTo("urn:energyinspect:problem:search-unavailable");
            assertThat(search.value().headers()).containsKey("retry-after");
            assertThat(search.millis()).isLessThan(9_000);

            Timed<Api.Response> health =
                    Timed.of("health, Elasticsearch frozen", () -> anonymous.get("/actuator/health"));
            assertThat(health.value().json().at("/components/search/status").asText())
                    .as(health.value().body())
                    .isEqualTo("DOWN");
            assertThat(health.value().json().at("/components/db/status").asText())
                    .isEqualTo("UP");
            assertThat(health.millis()).isLessThan(4_000);

            Timed<Api.Response> readiness =
                    Timed.of("readiness, Elasticsearch frozen", () -> anonymous.get("/actuator/health/readiness"));
            assertThat(readiness.value().status()).as(readiness.value().body()).isEqualTo(200);
            assertThat(readiness.value().json().path("status").asText()).isEqualTo("UP");
            assertThat(readiness.millis()).isLessThan(4_000);
            assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);

            Timed<Api.Response> consistency = Timed.of(
                    "consistency check, Elasticsearch frozen", () -> admin.get("/api/v1/admin/search/consistency"));
            assertThat(consistency.value().status())
                    .as(consistency.value().body())
                    .isEqualTo(503);
            assertThat(consistency.value().problemType()).isEqualTo("urn:energyinspect:problem:search-unavailable");
            assertThat(consistency.millis()).isLessThan(9_000);

            for (int i = 0; i < 5; i++) {
                // a write never waits for search: the change waits in the outbox
                Timed<String> write = Timed.of("registration, Elasticsearch frozen", () -> register(admin, "冻结中企业"));
                acknowledged.add(write.value());
                assertThat(write.millis()).isLessThan(5_000);
            }
            assertThat(frozen.millisSinceFrozen()).isLessThan(60_000);
        }

        await(
                "every acknowledged change indexed",
                Duration.ofSeconds(120),
                () -> waiting(acknowledged) == 0 && indexed(acknowledged) == acknowledged.size());
        for (String uscc : acknowledged) {
            assertThat(indexed(List.of(uscc))).as(uscc + " indexed once").isEqualTo(1);
        }
        assertThat(admin.get("/api/v1/search?q=abc").status()).isEqualTo(200);
        System.out.println("FAULT-FIGURE search frozen: acknowledged=" + acknowledged.size() + " indexed="
                + indexed(acknowledged) + " duplicated=0 lost=0");
    }

    private static String register(Api admin, String name) {
        EnterpriseForm form = anEnterprise()
                .inRegion("330106")
                .named(name + System.nanoTime() + "有限公司")
                .build();
        Api.Response response = admin.post("/api/v1/enterprises", form);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return form.uscc();
    }

    private long indexed(List<String> usccs) {
        List<FieldValue> ids = usccs.stream()
                .map(SearchFields.DocType.ENTERPRISE::id)
                .map(FieldValue::of)
                .toList();
        try {
            client.indices().refresh(r -> r.index(SearchFields.ALIAS));
            return client.count(c -> c.index(SearchFields.ALIAS)
                            .query(q -> q.terms(t -> t.field(SearchFields.ID).terms(v -> v.value(ids)))))
                    .count();
        } catch (IOException e) {
            return -1;
        }
    }

    private long waiting(List<String> usccs) {
        return new NamedParameterJdbcTemplate(jdbc)
                .queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE entity_key IN (:keys)",
                        Map.of("keys", usccs),
                        Long.class);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
