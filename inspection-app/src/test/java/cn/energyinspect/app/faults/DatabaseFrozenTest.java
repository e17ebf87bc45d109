package cn.energyinspect.app.faults;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * MariaDB frozen (SIGSTOP) under a running app: every request that needs the database, the bearer-token check
 * included, answers a 503 problem within seconds instead of hanging or a bare 500; health says db DOWN with 503 and
 * liveness stays UP; after SIGCONT the app serves again and every write it acknowledged is stored exactly once.
 */
@IntegrationTest
class DatabaseFrozenTest {
    private static final String UNAVAILABLE = "urn:energyinspect:problem:database-unavailable";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_frozen_database_answers_503_in_seconds_and_keeps_every_acknowledged_write() throws Exception {
        String username = users.create(Role.PROVINCE_ADMIN, "330000");
        Api admin = Api.as(port, username);
        Api anonymous = Api.anonymous(port);
        List<String> acknowledged = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            EnterpriseForm form = form("冻结前企业");
            assertThat(admin.post("/api/v1/enterprises", form).status()).isEqualTo(201);
            acknowledged.add(form.uscc());
        }
        long pid = EmbeddedMariaDb.startShared(MariaDbSettings.forTests()).pid();

        try (Frozen frozen = Frozen.stop(pid)) {
            // pooled connections idle for longer than the pool's bypass window (0.5 s) are checked when borrowed
            Thread.sleep(1_000);

            Timed<Api.Response> me =
                    Timed.of("bearer-token request, database frozen", () -> admin.get("/api/v1/auth/me"));
            assertUnavailable(me);

            Timed<Api.Response> list =
                    Timed.of("enterprise list, database frozen", () -> admin.get("/api/v1/enterprises?size=5"));
            assertUnavailable(list);

            Timed<Api.Response> login = Timed.of(
                    "login, database frozen",
                    () -> anonymous.post(
                            "/api/v1/auth/token", Map.of("username", username, "password", TestFixtures.PASSWORD)));
            assertUnavailable(login);

            EnterpriseForm during = form("冻结中企业");
            Timed<Api.Response> write =
                    Timed.of("registration, database frozen", () -> admin.post("/api/v1/enterprises", during));
            assertUnavailable(write);
            refused.add(during.uscc());

            Timed<Api.Response> health = Timed.of("health, database frozen", () -> anonymous.get("/actuator/health"));
            assertThat(health.value().status()).as(health.value().body()).isEqualTo(503);
            assertThat(health.value().json().at("/components/db/status").asText())
                    .isEqualTo("DOWN");
            assertThat(health.value().json().at("/components/camunda/status").asText())
                    .isEqualTo("DOWN");
            assertThat(health.millis()).isLessThan(10_000);

            Timed<Api.Response> readiness =
                    Timed.of("readiness, database frozen", () -> anonymous.get("/actuator/health/readiness"));
            assertThat(readiness.value().status()).isEqualTo(503);
            assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(frozen.millisSinceFrozen()).isLessThan(60_000);
        }

        SearchFrozenTest.await(
                "the app serves again",
                Duration.ofSeconds(60),
                () -> admin.get("/api/v1/auth/me").status() == 200);
        for (String uscc : acknowledged) {
            assertThat(stored(uscc))
                    .as(uscc + " acknowledged before the freeze")
                    .isEqualTo(1);
        }
        for (String uscc : refused) {
            assertThat(stored(uscc)).as(uscc + " refused with 503: not stored").isZero();
        }
        EnterpriseForm after = form("解冻后企业");
        assertThat(admin.post("/api/v1/enterprises", after).status()).isEqualTo(201);
        assertThat(stored(after.uscc())).isEqualTo(1);
        System.out.println("FAULT-FIGURE database frozen: acknowledged=" + acknowledged.size() + " stored="
                + acknowledged.stream().mapToLong(this::stored).sum() + " refused=" + refused.size()
                + " duplicated=0 lost=0");
    }

    private static void assertUnavailable(Timed<Api.Response> answer) {
        Api.Response response = answer.value();
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo(UNAVAILABLE);
        assertThat(response.headers()).containsKey("retry-after");
        assertThat(answer.millis()).as("answered within seconds").isLessThan(6_000);
    }

    private static EnterpriseForm form(String name) {
        return anEnterprise()
                .inRegion("330106")
                .named(name + System.nanoTime() + "有限公司")
                .build();
    }

    private long stored(String uscc) {
        return new NamedParameterJdbcTemplate(jdbc)
                .queryForObject("SELECT COUNT(*) FROM enterprise WHERE uscc = :uscc", Map.of("uscc", uscc), Long.class);
    }
}
