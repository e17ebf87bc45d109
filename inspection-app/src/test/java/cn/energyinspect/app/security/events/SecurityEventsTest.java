package cn.energyinspect.app.security.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Security events are written, readable by auditors, append-only, and purged only past the retention (item 14). */
@IntegrationTest
class SecurityEventsTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityEventPurge purge;

    @Test
    void logins_tokens_denials_and_administrator_actions_are_recorded() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        String admin = users.create(Role.PROVINCE_ADMIN, "330000");
        Api.anonymous(port).post("/api/v1/auth/token", Map.of("username", inspector, "password", "wrong"));
        Api token = Api.as(port, inspector);
        token.post("/api/v1/admin/search/rebuild", Map.of());
        token.post("/api/v1/auth/logout", Map.of());
        Api.as(port, admin).post("/api/v1/admin/users/" + inspector + "/disable", Map.of());

        assertThat(kinds(inspector))
                .contains(
                        "LOGIN_FAILED",
                        "LOGIN_SUCCEEDED",
                        "TOKEN_ISSUED",
                        "ACCESS_DENIED",
                        "TOKEN_REVOKED",
                        "USER_DISABLED");
        Map<String, Object> disabled = jdbc.queryForMap(
                "SELECT actor, client_address FROM security_event WHERE username = ? AND kind = 'USER_DISABLED'",
                inspector);
        assertThat(disabled.get("actor")).isEqualTo(admin);
        assertThat(disabled.get("client_address")).isEqualTo("127.0.0.1");
        String denial = jdbc.queryForObject(
                "SELECT detail_json FROM security_event WHERE username = ? AND kind = 'ACCESS_DENIED'",
                String.class,
                inspector);
        assertThat(denial).contains("/api/v1/admin/search/rebuild").contains("403");
    }

    @Test
    void auditors_read_the_events_of_their_region() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api.as(port, inspector);
        Api auditor = Api.as(port, users.create(Role.AUDITOR, "330000"));

        Api.Response page = auditor.get("/api/v1/admin/security-events?username=" + inspector + "&size=10");

        assertThat(page.status()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        page.json().path("items").forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds).contains("LOGIN_SUCCEEDED", "TOKEN_ISSUED");
        JsonNode first = page.json().path("items").get(0);
        assertThat(first.path("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(Api.as(port, users.create(Role.AUDITOR, "320000"))
                        .get("/api/v1/admin/security-events?username=" + inspector)
                        .json()
                        .path("items"))
                .as("not another province's auditor")
                .isEmpty();
        assertThat(Api.as(port, inspector).get("/api/v1/admin/security-events").status())
                .isEqualTo(403);
    }

    @Test
    void the_database_refuses_to_change_events_or_delete_young_ones() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api.as(port, inspector);
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM security_event WHERE username = ?", Long.class, inspector);

        assertThatThrownBy(() -> jdbc.update("UPDATE security_event SET kind = 'LOGIN_FAILED' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM security_event WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("six months");
        insertAt("OLD_BUT_NOT_SIX_MONTHS", Instant.now().minus(Duration.ofDays(170)));
        assertThatThrownBy(() -> jdbc.update("DELETE FROM security_event WHERE username = 'OLD_BUT_NOT_SIX_MONTHS'"))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void the_purge_removes_events_past_the_retention_and_keeps_younger_ones() {
        String marker = "purge-" + System.nanoTime();
        long old = insertAt(marker, Instant.now().minus(Duration.ofDays(200)));
        long younger = insertAt(marker, Instant.now().minus(Duration.ofDays(179)));
        long sixMonthsAndADay = insertAt(marker, Instant.now().minus(Duration.ofDays(182)));

        purge.runOnce();

        List<Long> left =
                jdbc.queryForList("SELECT id FROM security_event WHERE username = ? ORDER BY id", Long.class, marker);
        assertThat(left).doesNotContain(old).contains(younger, sixMonthsAndADay);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM security_event WHERE kind = 'SECURITY_EVENTS_PURGED'", Integer.class))
                .as("the purge itself is an event")
                .isPositive();
    }

    @Test
    void a_retention_shorter_than_six_months_is_refused() {
        assertThatThrownBy(() -> new SecurityAuditProperties(Duration.ofDays(179), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("180 days");
        assertThat(new SecurityAuditProperties(null, null, null).retention()).isEqualTo(Duration.ofDays(180));
    }

    private List<String> kinds(String username) {
        return jdbc.queryForList(
                "SELECT kind FROM security_event WHERE username = ? ORDER BY id", String.class, username);
    }

    private long insertAt(String username, Instant at) {
        jdbc.update(
                "INSERT INTO security_event (at, kind, username) VALUES (?, 'LOGIN_FAILED', ?)",
                Timestamp.from(at),
                username);
        return jdbc.queryForObject("SELECT MAX(id) FROM security_event WHERE username = ?", Long.class, username);
    }
}
