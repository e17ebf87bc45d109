package cn.energyinspect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.EnterpriseBuilder;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Figures of the project approvals, printed as {@code BENCH approval:} lines; only the work is asserted, never a time.
 * Loopback only, bounded in requests and time. Skipped unless asked for:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='ApprovalBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ol>
 *   <li>the pre-check of a capacity plan through the API ({@code POST …/capacity-replacement/precheck}, with the
 *       double-use register and the holds), sequentially after a warm-up;
 *   <li>the public 公示 pages (list, detail) read by 50 concurrent clients without an account, with 20 plans in 公示.
 * </ol>
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ApprovalBenchmark {
    static final int WARM_UP = 30;
    static final int PRECHECKS = 300;
    static final int PLANS = 20;
    static final int READERS = 50;
    static final int READS_PER_READER = 40;
    static final Duration BOUND = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> plan(String title, double exit) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ownerName", "浙江测试建材有限公司");
        line.put("ownerUscc", EnterpriseBuilder.freshUscc("330106"));
        line.put("lineName", "2号熟料生产线");
        line.put("capacity", exit);
        line.put("regionCode", "330106");
        line.put("dischargePermitNumber", "91330106PW0001");
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        plan.put("industry", "CEMENT_CLINKER");
        plan.put("regionCode", "330106");
        plan.put("newCapacity", 1_000_000);
        plan.put("newLineName", "4500t/d熟料新型干法生产线");
        plan.put("plannedStart", "2026-09-30");
        plan.put("exitLines", List.of(line));
        return plan;
    }

    @Test
    void precheck_latency_and_publicity_pages_under_fifty_readers() throws Exception {
        clock.set(OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant());
        CaseWorld.World world = worlds.create("330106");
        Api enterprise = Api.as(port, world.enterpriseUser());

        for (int i = 0; i < WARM_UP; i++) {
            enterprise.post("/api/v1/approvals/capacity-replacement/precheck", plan("预热", 1_500_000 + i));
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < PRECHECKS; i++) {
            Map<String, Object> plan = plan("基准测试方案", 1_500_000 + 1000 * (i % 700));
            long start = System.nanoTime();
            Api.Response response = enterprise.post("/api/v1/approvals/capacity-replacement/precheck", plan);
            nanos.add(System.nanoTime() - start);
            assertThat(response.status()).isEqualTo(200);
        }
        System.out.println(
                "BENCH approval: precheck via API " + Latencies.ofNanos(nanos).summary());

        // 20 plans in 公示 (one reviewer pair, one enterprise each)
        String city = users.create(Role.PROJECT_REVIEWER, "330100");
        String province = users.create(Role.PROJECT_REVIEWER, "330000");
        Api cityReviewer = Api.as(port, city);
        Api provinceReviewer = Api.as(port, province);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            CaseWorld.World w = worlds.create("330106");
            Api e = Api.as(port, w.enterpriseUser());
            long id = e.post("/api/v1/approvals/capacity-replacement", plan("公示页面测试方案" + i, 2_000_000))
                    .json()
                    .path("id")
                    .asLong();
            assertThat(e.post("/api/v1/approvals/" + id + "/submission", Map.of())
                            .json()
                            .path("submitted")
                            .asBoolean())
                    .isTrue();
            cityReviewer.post("/api/v1/approvals/" + id + "/city-review", Map.of("outcome", "PASS"));
            numbers.add(provinceReviewer
                    .post("/api/v1/approvals/" + id + "/province-review", Map.of("outcome", "PASS"))
                    .json()
                    .path("applicationNumber")
                    .asText());
        }

        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        Instant deadline = Instant.now().plus(BOUND);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            done.add(pool.submit(() -> {
                Api anyone = Api.anonymous(port);
                for (int i = 0; i < READS_PER_READER && Instant.now().isBefore(deadline); i++) {
                    String path = i % 2 == 0
                            ? "/api/v1/public/approvals/publicity?province=330000"
                            : "/api/v1/public/approvals/" + numbers.get((reader + i) % numbers.size());
                    long start = System.nanoTime();
                    Api.Response response = anyone.get(path);
                    reads.add(System.nanoTime() - start);
                    if (response.status() != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(BOUND.toSeconds() + 30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("BENCH approval: publicity pages, " + READERS + " concurrent readers, " + PLANS
                + " plans in 公示: " + Latencies.ofNanos(reads).summary()
                + String.format(java.util.Locale.ROOT, " throughput=%.0f req/s", reads.size() / seconds));
        assertThat(failures.get()).isZero();
        assertThat(reads).hasSize(READERS * READS_PER_READER);
    }
}
