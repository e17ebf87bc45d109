package cn.energyinspect.app.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.penalty.credit.CreditDeliveries;
import cn.energyinspect.app.penalty.credit.CreditOutbox;
import cn.energyinspect.app.penalty.credit.CreditPlatform;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.PenaltySteps;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The provincial credit platform as a fake that is down, refuses a record, or works: a day's outage loses nothing and
 * parks nothing, and when the platform is back every push is delivered exactly once; a record it keeps refusing backs
 * off, is parked for an administrator, and is delivered once the administrator retries it.
 */
@IntegrationTest
class CreditPlatformOutageTest {
    static final Instant START = Instant.parse("2026-06-01T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CreditOutbox outbox;

    @Autowired
    CreditDeliveries deliveries;

    @Autowired
    TestFixtures.Users users;

    private final FakePlatform platform = new FakePlatform();

    @BeforeEach
    void drainWhatOthersLeft() {
        clock.set(START);
        // rows of other tests would reach the fake too: deliver them first, so this test counts only its own
        while (deliveries.runOnce(platform).rows() > 0) {
            // drained
        }
        platform.delivered.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_day_of_outage_loses_and_parks_nothing_and_each_push_is_delivered_once_when_the_platform_is_back() {
        List<Long> pushes = pushes(5);
        platform.down = true;

        for (int hour = 0; hour < 24; hour++) {
            clock.advance(Duration.ofHours(1));
            CreditDeliveries.Batch batch = deliveries.runOnce(platform);
            assertThat(batch.unavailable()).isTrue();
        }
        assertThat(platform.delivered).isEmpty();
        for (long id : pushes) {
            Map<String, Object> row = row(id);
            assertThat(row.get("delivered_at")).isNull();
            assertThat(((Number) row.get("attempts")).intValue())
                    .as("an outage is no attempt")
                    .isZero();
            assertThat(row.get("parked")).isEqualTo(Boolean.FALSE);
        }

        platform.down = false;
        clock.advance(Duration.ofMinutes(5));
        CreditDeliveries.Batch back = deliveries.runOnce(platform);
        CreditDeliveries.Batch again = deliveries.runOnce(platform);

        assertThat(back.delivered()).isEqualTo(5);
        assertThat(again.rows()).isZero();
        assertThat(platform.delivered).containsExactlyInAnyOrderElementsOf(pushes);
        for (long id : pushes) {
            assertThat(row(id).get("receipt")).isEqualTo("FAKE-" + id);
            assertThat(row(id).get("adapter")).isEqualTo("fake");
        }
    }

    @Test
    void a_refused_push_backs_off_is_parked_and_is_delivered_once_after_an_administrators_retry() {
        List<Long> pushes = pushes(2);
        long refused = pushes.getFirst();
        platform.refusing.add(refused);

        assertThat(deliveries.runOnce(platform).refused()).isEqualTo(1);
        assertThat(platform.delivered).containsExactly(pushes.get(1));
        int attempts = 1;
        while (!Boolean.TRUE.equals(row(refused).get("parked"))) {
            Instant next = ((Timestamp) row(refused).get("next_attempt_at")).toInstant();
            clock.set(next.minusSeconds(1));
            assertThat(deliveries.runOnce(platform).rows())
                    .as("not due before its back-off")
                    .isZero();
            clock.set(next);
            deliveries.runOnce(platform);
            attempts++;
        }
        assertThat(attempts).isEqualTo(10);
        assertThat(row(refused).get("last_error")).isEqualTo("记录不合规：CF_XDR_SHXYM");

        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        JsonNode view = admin.get("/api/v1/admin/credit/outbox").json();
        assertThat(view.path("parked").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(view.path("undelivered").findValuesAsText("id")).contains(Long.toString(refused));
        Api supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
        assertThat(supervisor.get("/api/v1/admin/credit/outbox").status()).isEqualTo(403);

        platform.refusing.clear();
        PenaltySteps.ok(admin.post("/api/v1/admin/credit/outbox/" + refused + "/retry", Map.of()));
        deliveries.runOnce(platform);
        deliveries.runOnce(platform);

        assertThat(platform.delivered).containsExactly(pushes.get(1), refused);
        assertThat(row(refused).get("delivered_at")).isNotNull();
        assertThat(admin.post("/api/v1/admin/credit/outbox/" + refused + "/retry", Map.of())
                        .status())
                .isEqualTo(409);
    }

    /** {@code count} penalty cases, each with a publication push in the outbox; returns the push ids. */
    private List<Long> pushes(int count) {
        CaseWorld.World world = worlds.create("330106");
        PenaltySteps steps = new PenaltySteps(port, world, runtime, jobs);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long penalty = steps.openByHand("EL83").path("id").asLong();
            transaction.executeWithoutResult(status -> outbox.push(
                    penalty,
                    CreditOutbox.PUBLISH,
                    "测试罚〔2026〕" + penalty + "号",
                    Map.of("CF_WSH", "测试罚〔2026〕" + penalty + "号", "CF_XDR_SHXYM", world.enterpriseUscc()),
                    null));
            ids.add(jdbc.queryForObject("SELECT MAX(id) FROM credit_outbox WHERE penalty_id = ?", Long.class, penalty));
        }
        return ids;
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM credit_outbox WHERE id = ?", id);
    }

    /** The platform: down, refusing some pushes, or delivering; remembers what it received. */
    static final class FakePlatform implements CreditPlatform {
        volatile boolean down;
        final Set<Long> refusing = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final List<Long> delivered = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public List<Result> deliver(List<Delivery> batch) {
            if (down) {
                throw new PlatformUnavailableException("connection refused", null);
            }
            List<Result> results = new ArrayList<>();
            for (Delivery delivery : batch) {
                if (refusing.contains(delivery.id())) {
                    results.add(Result.refused(delivery.id(), "记录不合规：CF_XDR_SHXYM"));
                } else {
                    delivered.add(delivery.id());
                    results.add(Result.delivered(delivery.id(), "FAKE-" + delivery.id()));
                }
            }
            return results;
        }
    }
}
