package cn.energyinspect.app.bench;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The message centre's and the workbench's figures, printed as {@code BENCH message-centre:} lines; only the work is
 * asserted (the badge shows the escalation, the filtered count is the filter's), never a time. Skipped unless asked:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='MessageCentreBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ol>
 *   <li>from a deadline passing to the badge showing it: the day-15 escalation timer of {@value #ESCALATIONS} cases is
 *       run as the job executor runs it, and the supervisor's badge is read until it counts the message (the server's
 *       part; the page reads the badge every 15 s, and Camunda's job executor picks a due timer up within its
 *       acquisition wait, both on top of this);
 *   <li>the workbench of a supervisor with {@value #OPEN_TASKS} open tasks, p95 of {@value #REQUESTS} requests, without
 *       a filter and with an enterprise filter matching half of them.
 * </ol>
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class MessageCentreBenchmark {
    static final int ESCALATIONS = 20;
    static final int OPEN_TASKS = 2_000;
    static final int REQUESTS = 200;
    static final int CLIENTS = 2;
    private static final String PREFIX = "BENCH message-centre: ";

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    ManagementService jobs;

    @Autowired
    RuntimeService runtime;

    @Autowired
    EnterpriseMapper enterprises;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void deadline_to_badge_and_the_filtered_workbench() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("== " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + Runtime.version());
        lines.add(escalationToBadge());
        lines.addAll(workbench());
        StringBuilder block = new StringBuilder(System.lineSeparator());
        lines.forEach(l -> block.append(PREFIX).append(l).append(System.lineSeparator()));
        System.out.print(block);
        System.out.flush();
    }

    private String escalationToBadge() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        CaseWorld.World world = worlds.create("360723");
        List<CaseSteps> cases = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < ESCALATIONS; i++) {
            CaseSteps steps = new CaseSteps(port, world);
            steps.open("COMPLAINT");
            steps.ok(steps.assignTeam("2026-06-01"));
            steps.ok(steps.inspect(125, Instant.parse("2026-06-01T02:30:00Z"), Instant.parse("2026-06-01T05:00:00Z")));
            cases.add(steps);
            instances.add(runtime.createProcessInstanceQuery()
                    .variableValueEquals("caseId", steps.caseId)
                    .singleResult()
                    .getId());
        }
        clock.set(Instant.parse("2026-06-17T02:00:00Z"));
        Api supervisor = Api.as(port, world.supervisor());
        List<Long> nanos = new ArrayList<>();
        for (String instance : instances) {
            long unread = supervisor
                    .get("/api/v1/notifications/badge")
                    .json()
                    .path("unreadMessages")
                    .asLong();
            long started = System.nanoTime();
            CaseSteps.fireAllDueTimers(jobs, instance);
            while (supervisor
                            .get("/api/v1/notifications/badge")
                            .json()
                            .path("unreadMessages")
                            .asLong()
                    <= unread) {
                assertThat(System.nanoTime() - started)
                        .isLessThan(Duration.ofSeconds(30).toNanos());
            }
            nanos.add(System.nanoTime() - started);
        }
        return "deadline passed → badge (timer job run + message + badge read), "
                + Latencies.ofNanos(nanos).summary()
                + "; the page adds its 15 s badge poll, the job executor its acquisition wait";
    }

    private List<String> workbench() throws Exception {
        CaseWorld.World world = worlds.create("360724");
        EnterpriseForm other =
                anEnterprise().inRegion("360724").named("上犹工作台基准玻璃有限公司").build();
        enterprises.insert(other, false);
        Api supervisor = Api.as(port, world.supervisor());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String uscc = c == 0 ? world.enterpriseUscc() : other.uscc();
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < OPEN_TASKS / CLIENTS; i++) {
                        Api.Response r = supervisor.post(
                                "/api/v1/cases",
                                Map.of("enterpriseUscc", uscc, "trigger", "MANUAL", "inspectionType", "ON_SITE"));
                        assertThat(r.status()).as(r.body()).isEqualTo(201);
                    }
                    return OPEN_TASKS / CLIENTS;
                }));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long opening = System.nanoTime() - started;
        String filter = URLEncoder.encode("工作台基准玻璃", StandardCharsets.UTF_8);
        Latencies plain = time(supervisor, "/api/v1/tasks?size=50", OPEN_TASKS);
        Latencies filtered =
                time(supervisor, "/api/v1/tasks?size=50&taskKey=Task_AssignTeam&enterprise=" + filter, OPEN_TASKS / 2);
        Latencies overdue = time(supervisor, "/api/v1/tasks?size=50&overdue=true", 0);
        return List.of(
                String.format(Locale.ROOT, "opened %d cases in %.0f s (each one open task)", OPEN_TASKS, opening / 1e9),
                "workbench, no filter            " + plain.summary(),
                "workbench, kind + enterprise    " + filtered.summary() + " (" + OPEN_TASKS / 2 + " match)",
                "workbench, overdue only         " + overdue.summary() + " (none match)");
    }

    private static Latencies time(Api api, String path, int expected) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < REQUESTS + 20; i++) {
            long sent = System.nanoTime();
            Api.Response response = api.get(path);
            long elapsed = System.nanoTime() - sent;
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().path("totalItems").asLong()).as(path).isEqualTo(expected);
            if (i >= 20) {
                nanos.add(elapsed);
            }
        }
        return Latencies.ofNanos(nanos);
    }
}
