package cn.energyinspect.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * MariaDB killed (SIGKILL) under a running app while a client registers enterprises: the dev-services supervisor
 * starts it again on its port and folder (InnoDB recovers what was committed); meanwhile every request answers within
 * seconds, a 201 or a 503 problem the client resends with its Idempotency-Key; afterwards the app serves again without
 * a restart, and every acknowledged registration is stored exactly once.
 */
@IntegrationTest
class DatabaseKilledTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    NamedParameterJdbcTemplate sql;

    @Test
    void a_killed_database_is_restarted_and_nothing_acknowledged_is_lost_or_stored_twice() throws Exception {
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        Api anonymous = Api.anonymous(port);
        // the running instance, taken before the kill: asking for it afterwards would start a second server
        EmbeddedMariaDb db = EmbeddedMariaDb.startShared(MariaDbSettings.forTests());
        Resending client = new Resending(admin, "330106", "数据库被杀企业");
        Thread sending = new Thread(client, "registrations-during-database-kill");
        long killed = db.pid();
        sending.start();
        int beforeKill;
        long outageMillis;
        try {
            SearchFrozenTest.await(
                    "registrations under way", Duration.ofSeconds(60), () -> client.acknowledged.size() >= 5);
            beforeKill = client.acknowledged.size();
            long t0 = System.nanoTime();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9, as the OOM killer would
            Timed<Api.Response> me =
                    Timed.of("bearer-token request, database killed", () -> admin.get("/api/v1/auth/me"));
            assertThat(me.value().status())
                    .as("a 503 problem, or the answer of the restarted server: "
                            + me.value().body())
                    .isIn(200, 503);
            assertThat(me.millis()).as("answered within seconds").isLessThan(10_000);
            SearchFrozenTest.await(
                    "the supervisor started MariaDB again", Duration.ofSeconds(120), () -> db.pid() != killed);
            SearchFrozenTest.await(
                    "the app is ready again",
                    Duration.ofSeconds(120),
                    () -> anonymous.get("/actuator/health/readiness").status() == 200
                            && admin.get("/api/v1/auth/me").status() == 200);
            outageMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            int afterRestart = client.acknowledged.size();
            SearchFrozenTest.await(
                    "registrations go on after the restart",
                    Duration.ofSeconds(60),
                    () -> client.acknowledged.size() >= afterRestart + 5);
        } finally {
            client.stop();
            sending.join(TimeUnit.SECONDS.toMillis(90));
        }

        List<String> acknowledged = List.copyOf(client.acknowledged);
        long stored = count("SELECT COUNT(*) FROM enterprise WHERE uscc IN (:keys)", acknowledged);
        long audited = count(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'enterprise' AND action = 'ENTERPRISE_REGISTERED'"
                        + " AND entity_id IN (:keys)",
                acknowledged);
        long lost = acknowledged.stream()
                .filter(uscc -> count("SELECT COUNT(*) FROM enterprise WHERE uscc IN (:keys)", List.of(uscc)) != 1)
                .count();
        System.out.println("FAULT database-killed acknowledged=" + acknowledged.size() + " stored=" + stored
                + " duplicated=" + (audited - stored) + " lost=" + lost + " refused503=" + client.refused.get()
                + " resent=" + client.resent.get() + " slowestAnswerMs=" + client.slowestMillis.get()
                + " acknowledgedBeforeKill=" + beforeKill + " outageMs=" + outageMillis);
        assertThat(client.unexpected).as("every answer a 201 or a 503 problem").isEmpty();
        assertThat(client.problemTypes).allMatch("urn:energyinspect:problem:database-unavailable"::equals);
        assertThat(client.slowestMillis.get()).as("never a hang").isLessThan(10_000);
        assertThat(lost).isZero();
        assertThat(stored).isEqualTo(acknowledged.size());
        assertThat(audited).as("each registered once").isEqualTo(acknowledged.size());
    }

    private long count(String query, List<String> keys) {
        return sql.queryForObject(query, Map.of("keys", keys), Long.class);
    }
}
