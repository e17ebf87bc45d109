package cn.energyinspect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The speed figures of a case's life through the HTTP API, printed as {@code BENCH case-lifecycle:} lines; only the
 * work is asserted (every case closed, every case opened), never a time. Skipped unless asked for:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='CaseLifecycleBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ol>
 *   <li>one complete case, sequentially, after a warm-up: median and p90, and where its time goes step by step;
 *   <li>cases completed per second by four client threads, each with its own agency (tasks are found per user);
 *   <li>the task list and case list of a supervisor whose agency holds a quarter of 10,000 open cases, opened through
 *       {@code POST /api/v1/cases}; then the single case again, on that larger database.
 * </ol>
 *
 * They run in that order, so the first two figures are taken on a small database. About ten minutes on two cores.
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseLifecycleBenchmark {
    static final Instant OPENING_DAY = Instant.parse(BenchCase.OPENING_DAY + "T02:00:00Z");
    static final Instant VISIT_DAY = Instant.parse(BenchCase.VISIT_DAY + "T09:00:00Z");
    static final int WARM_UP = 3;
    static final int SEQUENTIAL = 20;
    static final int CLIENTS = 4;
    static final int CASES_PER_CLIENT = 10;
    static final int OPEN_CASES = 10_000;
    static final int LIST_REQUESTS = 200;
    static final int AFTER_LOAD = 5;
    static final Duration CLIENT_BOUND = Duration.ofMinutes(2);
    static final Duration OPENING_BOUND = Duration.ofMinutes(5);
    /** Counties of the four agencies that share the 10,000 open cases; the case list scopes by county. */
    static final List<String> COUNTIES = List.of("330102", "330105", "330108", "330109");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void one_case_end_to_end() {
        CaseWorld.World world = worlds.create("330106");
        for (int i = 0; i < WARM_UP; i++) {
            runCase(world, new StepTimes());
        }
        StepTimes steps = new StepTimes();
        List<BenchCase> cases = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            cases.add(runCase(world, steps));
        }

        Report report = new Report("one case end to end, sequential, after " + WARM_UP + " warm-up cases");
        report.caseTimes(cases);
        report.steps(steps);
        report.print();
    }

    @Test
    @Order(2)
    void cases_per_second_with_four_clients() throws Exception {
        clock.set(OPENING_DAY);
        List<Staff> staff = IntStream.range(0, CLIENTS)
                .mapToObj(i -> Staff.signIn(port, worlds.create("330106")))
                .toList();
        StepTimes steps = new StepTimes();
        Instant giveUp = Instant.now().plus(CLIENT_BOUND);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            long started = System.nanoTime();
            List<List<BenchCase>> announced = onEachClient(pool, client -> {
                List<BenchCase> mine = new ArrayList<>();
                while (mine.size() < CASES_PER_CLIENT && Instant.now().isBefore(giveUp)) {
                    mine.add(new BenchCase(steps).announce(staff.get(client)));
                }
                return mine;
            });
            long firstHalves = System.nanoTime() - started;

            clock.set(VISIT_DAY);
            List<Staff> again = staff.stream().map(s -> s.signInAgain(port)).toList();
            started = System.nanoTime();
            List<List<JsonNode>> closed = onEachClient(
                    pool,
                    client -> announced.get(client).stream()
                            .map(c -> c.inspectAndClose(again.get(client)))
                            .toList());
            long wall = firstHalves + System.nanoTime() - started;

            List<JsonNode> all = closed.stream().flatMap(List::stream).toList();
            assertThat(all).isNotEmpty().allSatisfy(BenchCase::assertClosedRectified);
            List<BenchCase> cases = announced.stream().flatMap(List::stream).toList();
            Report report = new Report(CLIENTS + " client threads, each its own agency, cases end to end");
            report.line(String.format(
                    Locale.ROOT,
                    "throughput  %.2f cases/s (%d cases closed in %.1f s of wall time; each client opened its cases on"
                            + " the opening day, then closed them on the visit day, the clock moved once between)",
                    all.size() / (wall / 1e9),
                    all.size(),
                    wall / 1e9));
            report.caseTimes(cases);
            report.steps(steps);
            report.print();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void task_list_and_case_list_with_ten_thousand_open_cases() throws Exception {
        clock.set(OPENING_DAY);
        List<Staff> agencies = COUNTIES.stream()
                .map(county -> Staff.signIn(port, worlds.create(county)))
                .toList();
        Queue<Long> openNanos = new ConcurrentLinkedQueue<>();
        AtomicInteger opened = new AtomicInteger();
        List<String> rates = new ArrayList<>();
        Instant giveUp = Instant.now().plus(OPENING_BOUND);
        long started = System.nanoTime();
        long[] lastThousand = {started};
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Integer> perAgency;
        try {
            perAgency = onEachClient(pool, client -> {
                Staff staff = agencies.get(client);
                Map<String, String> command = Map.of(
                        "enterpriseUscc", staff.world().enterpriseUscc(),
                        "trigger", "MANUAL",
                        "inspectionType", "ON_SITE");
                int mine = 0;
                while (mine < OPEN_CASES / CLIENTS && Instant.now().isBefore(giveUp)) {
                    long sent = System.nanoTime();
                    Api.Response response = staff.supervisor().post("/api/v1/cases", command);
                    long now = System.nanoTime();
                    assertThat(response.status()).as(response.body()).isEqualTo(201);
                    openNanos.add(now - sent);
                    mine++;
                    if (opened.incrementAndGet() % 1000 == 0) {
                        synchronized (rates) {
                            rates.add(String.format(Locale.ROOT, "%.0f", 1000 / ((now - lastThousand[0]) / 1e9)));
                            lastThousand[0] = now;
                        }
                    }
                }
                return mine;
            });
        } finally {
            pool.shutdownNow();
        }
        long openingWall = System.nanoTime() - started;

        Api supervisor = agencies.getFirst().supervisor();
        int ownOpen = perAgency.getFirst();
        Latencies tasks = timeRequests(supervisor, "/api/v1/tasks?size=50", ownOpen);
        Latencies caseList = timeRequests(supervisor, "/api/v1/cases?size=20", ownOpen);

        CaseWorld.World world = worlds.create("330106");
        Latencies noTasks = timeRequests(Staff.signIn(port, world).supervisor(), "/api/v1/tasks?size=50", 0);
        StepTimes steps = new StepTimes();
        List<BenchCase> cases = new ArrayList<>();
        for (int i = 0; i < AFTER_LOAD; i++) {
            cases.add(runCase(world, steps));
        }

        Report report = new Report("a supervisor's lists with " + opened.get() + " open cases in the database");
        report.line(String.format(
                Locale.ROOT,
                "opening   %d cases by %d clients in %.1f s: %.1f cases/s; per 1,000 cases, in order: %s cases/s",
                opened.get(),
                CLIENTS,
                openingWall / 1e9,
                opened.get() / (openingWall / 1e9),
                String.join(", ", rates)));
        report.line("POST /api/v1/cases               "
                + Latencies.ofNanos(openNanos).summary());
        if (opened.get() < OPEN_CASES) {
            report.line("NOTE: stopped after " + OPENING_BOUND.toMinutes() + " min, short of " + OPEN_CASES
                    + "; the list figures below are for " + opened.get() + " open cases, not " + OPEN_CASES);
        }
        report.line("the measured supervisor's agency: " + ownOpen + " open cases, each waiting in Task_AssignTeam");
        report.line("GET /api/v1/tasks?size=50         " + tasks.summary());
        report.line("GET /api/v1/cases?size=20         " + caseList.summary());
        report.line("GET /api/v1/tasks?size=50 of a supervisor of another agency, with no tasks " + noTasks.summary());
        report.line("then " + AFTER_LOAD + " more single cases on this database:");
        report.caseTimes(cases);
        report.steps(steps);
        report.print();
    }

    /** A whole case by one client: the first half on the opening day, the second on the visit day. */
    private BenchCase runCase(CaseWorld.World world, StepTimes steps) {
        clock.set(OPENING_DAY);
        BenchCase bench = new BenchCase(steps).announce(Staff.signIn(port, world));
        clock.set(VISIT_DAY);
        BenchCase.assertClosedRectified(bench.inspectAndClose(Staff.signIn(port, world)));
        return bench;
    }

    /** Times {@link #LIST_REQUESTS} requests of a list after a warm-up, checking each sees all {@code expected}. */
    private static Latencies timeRequests(Api api, String path, int expected) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < LIST_REQUESTS + 20; i++) {
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

    private static <T> List<T> onEachClient(ExecutorService pool, IntFunction<T> work) throws Exception {
        List<Future<T>> futures = IntStream.range(0, CLIENTS)
                .mapToObj(client -> pool.submit(() -> work.apply(client)))
                .toList();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(OPENING_BOUND.plus(CLIENT_BOUND).toSeconds(), TimeUnit.SECONDS));
        }
        return results;
    }
}
