package cn.energyinspect.app.bench;

import static cn.energyinspect.app.support.EnterpriseBuilder.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.desk.report.ReportContent;
import cn.energyinspect.app.desk.report.ReportValidation;
import cn.energyinspect.app.desk.screening.RuleSettings;
import cn.energyinspect.app.desk.screening.Screenings;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.Workbooks;
import cn.energyinspect.rules.desk.FilingStatus;
import cn.energyinspect.rules.desk.ReportAssessment;
import cn.energyinspect.rules.desk.ReportChecks;
import cn.energyinspect.rules.desk.ReportFigures;
import cn.energyinspect.rules.desk.RuleSet;
import cn.energyinspect.rules.desk.Screening;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of issue 16's closing note, printed as {@code BENCH desk-review:} lines; only the work is asserted:
 *
 * <ol>
 *   <li>the screening of 20,000 annual reports with 5 products each, by the path a submission takes (the report's
 *       figures, the checks of {@code rules.desk}, the province's rule set, and everything stored: verdicts, graded
 *       products, the key-unit flag, the screening, its signals and the risk class), on as many threads as cores;
 *       the reports and their versions are seeded by multi-row inserts first and not timed. Then the checks and the
 *       screening alone (no database), on one thread, to show what the rules cost;
 *   <li>the import of a province's batch of 5,000 rows (5 products each) through {@code POST
 *       /api/v1/desk/reports/import}: validate, then all in one transaction;
 *   <li>the round's progress ({@code GET /api/v1/desk/rounds/{id}}, filed / late / missing by region) with 20,000
 *       units on the round, p95 of 200 requests after a warm-up; and the page of missing units beside it.
 * </ol>
 *
 * The sizes are system properties with the numbers as defaults: {@code bench.desk.reports},
 * {@code bench.desk.batchRows}, {@code bench.desk.roundUnits}, {@code bench.desk.threads}. Skipped unless asked for:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='DeskReviewBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskReviewBenchmark {
    static final int REPORTS = Integer.getInteger("bench.desk.reports", 20_000);
    static final int BATCH_ROWS = Integer.getInteger("bench.desk.batchRows", 5_000);
    static final int ROUND_UNITS = Integer.getInteger("bench.desk.roundUnits", 20_000);
    static final int CORES = Runtime.getRuntime().availableProcessors();
    static final int THREADS = Integer.getInteger("bench.desk.threads", CORES);
    static final int PRODUCTS = 5;
    static final int CHUNK = 100;
    static final int PROGRESS_REQUESTS = 200;
    static final int WARM_UP = 20;
    static final Instant MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");

    /** 宁夏 for the screening, 新疆 for the batch, 青海 for the round: no other benchmark uses them. */
    static final List<String> NINGXIA = List.of("640104", "640105", "640106", "640121", "640122", "640181");

    static final List<String> XINJIANG =
            List.of("650102", "650103", "650104", "650105", "650106", "650107", "650109", "650121");
    static final List<String> QINGHAI = List.of("630102", "630103", "630104", "630105", "630106", "630121", "630123");

    /** Product, indicator, unit and the 限定值 of its quota in force for 2025: values are drawn around it. */
    record Graded(String product, String indicator, String unit, double limit) {}

    static final List<Graded> CATALOGUE = List.of(
            new Graded("CEMENT_CLINKER", "COMPREHENSIVE_ELECTRICITY", "kWh/t", 61),
            new Graded("CEMENT", "PREPARATION_ELECTRICITY", "kWh/t", 34),
            new Graded("ELECTROLYTIC_ALUMINIUM", "LIQUID_ALUMINIUM_COMPREHENSIVE_AC_POWER", "kWh/t", 13_700),
            new Graded("ELECTROLYTIC_ALUMINIUM", "INGOT_COMPREHENSIVE_ENERGY", "kgce/t", 1_720),
            new Graded("ALUMINA_BAYER", "COMPREHENSIVE_ENERGY", "kgce/t", 460),
            new Graded("FERROSILICON", "COMPREHENSIVE_ENERGY", "kgce/t", 1_850),
            new Graded("SILICOMANGANESE", "COMPREHENSIVE_ENERGY", "kgce/t", 950),
            new Graded("METHANOL_BITUMINOUS_COAL", "COMPREHENSIVE_ENERGY", "kgce/t", 1_800));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ReportValidation validation;

    @Autowired
    Screenings screenings;

    @Autowired
    RuleSettings rules;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void screening_of_20000_reports_with_5_products_each() throws Exception {
        machine();
        Random random = new Random(16);
        long seedStart = System.nanoTime();
        List<Unit> units = seedUnits(NINGXIA, REPORTS, true);
        List<ReportContent> contents = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            contents.add(report(random, i));
        }
        for (int i = 0; i < Math.min(REPORTS, 50); i++) {
            assertThat(validation.problems(contents.get(i), 2025, units.get(i).county()))
                    .as("the seeded reports are fileable")
                    .isEmpty();
        }
        List<Long> versions = seedReports(units, contents);
        print(
                "screening: seeded %d units, reports and versions (multi-row inserts) in %d s, not timed",
                REPORTS, secondsSince(seedStart));

        RuleSet set = rules.forRegion(NINGXIA.getFirst());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Map<String, AtomicInteger> risk = new ConcurrentHashMap<>();
        List<int[]> chunks = new ArrayList<>();
        for (int from = 0; from < REPORTS; from += CHUNK) {
            chunks.add(new int[] {from, Math.min(REPORTS, from + CHUNK)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int[] chunk : chunks) {
                done.add(pool.submit(() -> tx.executeWithoutResult(status -> {
                    for (int i = chunk[0]; i < chunk[1]; i++) {
                        Unit u = units.get(i);
                        ReportFigures figures = validation.figures(contents.get(i), 2025, u.county(), Map.of());
                        Screenings.Outcome outcome = screenings.screenSubmitted(
                                new Screenings.Submitted(
                                        u.uscc(),
                                        2025,
                                        u.county(),
                                        u.industry(),
                                        null,
                                        versions.get(i),
                                        FilingStatus.ON_TIME,
                                        figures),
                                set);
                        risk.computeIfAbsent(outcome.riskClass(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = REPORTS / seconds;
        print(
                "screening %d reports x %d products, %d threads, stored (checks + screening + signals): %.1f s,"
                        + " %.0f reports/s, %.0f reports/s per core (%d cores)",
                REPORTS, PRODUCTS, THREADS, seconds, perSecond, perSecond / CORES, CORES);
        print("screening risk classes: %s", new java.util.TreeMap<>(risk));
        Integer screened = jdbc.queryForObject(
                "SELECT COUNT(*) FROM desk_screening WHERE report_year = 2025 AND region_code LIKE '64%'",
                Integer.class);
        assertThat(screened).isEqualTo(REPORTS);
        Integer verdicts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM report_verdict v JOIN desk_screening s ON s.version_id = v.version_id"
                        + " WHERE s.region_code LIKE '64%'",
                Integer.class);
        print("screening stored %d verdicts (%.1f per report)", verdicts, verdicts / (double) REPORTS);

        // the checks and the screening alone, without the database: what the rules cost per report
        int pure = Math.min(REPORTS, 5_000);
        ReportChecks checks = ReportChecks.standard();
        long sink = 0;
        for (int i = 0; i < Math.min(pure, 500); i++) {
            sink += checks.check(
                            validation.figures(
                                    contents.get(i), 2025, units.get(i).county(), Map.of()),
                            set)
                    .verdicts()
                    .size();
        }
        long signals = 0;
        long rulesStart = System.nanoTime();
        for (int i = 0; i < pure; i++) {
            ReportFigures figures =
                    validation.figures(contents.get(i), 2025, units.get(i).county(), Map.of());
            ReportAssessment assessment = checks.check(figures, set);
            signals += Screening.screen(FilingStatus.ON_TIME, assessment, List.of(), set)
                    .signals()
                    .size();
        }
        double rulesSeconds = (System.nanoTime() - rulesStart) / 1e9;
        print(
                "screening rules only (figures + checks + screening, no database), 1 thread, %d reports: %.2f s,"
                        + " %.0f reports/s, %d signals",
                pure, rulesSeconds, pure / rulesSeconds, signals);
        assertThat(sink).as("the warm-up ran the checks").isPositive();
    }

    @Test
    @Order(2)
    void import_of_a_5000_row_province_batch() throws Exception {
        clock.set(MARCH_2026);
        machine();
        if (agencies.findByRegion("650000").isEmpty()) {
            agencies.insert(new AgencyMapper.AgencyInsert("新疆节能监察中心（基准）", "650000", Agency.Tier.PROVINCE));
        }
        Api province = Api.as(port, users.create(Role.SUPERVISOR, "650000"));
        List<Unit> units = seedUnits(XINJIANG, BATCH_ROWS, false);
        byte[] template = province.bytes("/api/v1/desk/reports/batch-template.xlsx");
        Random random = new Random(5_000);
        byte[] file;
        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            Sheet sheet = workbook.getSheet("报告汇总");
            List<String> titles = new ArrayList<>();
            for (Cell cell : sheet.getRow(0)) {
                titles.add(cell.getStringCellValue());
            }
            for (int r = 0; r < units.size(); r++) {
                Map<String, String> cells = new HashMap<>();
                cells.put("统一社会信用代码", units.get(r).uscc());
                cells.put("单位名称", "基准批量单位" + r);
                cells.put("原煤（t）", String.valueOf(5_000 + random.nextInt(20_000)));
                cells.put("电力（万kWh）", String.valueOf(500 + random.nextInt(5_000)));
                cells.put("天然气（万m³）", String.valueOf(random.nextInt(300)));
                cells.put("能源管理负责人已备案（是/否）", random.nextInt(10) == 0 ? "否" : "是");
                cells.put("最近能源审计年份", String.valueOf(2019 + random.nextInt(6)));
                List<Graded> five = five(random, r);
                for (int n = 1; n <= PRODUCTS; n++) {
                    Graded g = five.get(n - 1);
                    cells.put("产品" + n, g.product());
                    cells.put("指标" + n, g.indicator());
                    cells.put("单位产品能耗" + n, String.format(Locale.ROOT, "%.1f", value(random, g)));
                    if (g.product().equals("CEMENT_CLINKER")) {
                        cells.put("修正条件" + n, "altitudeMeters=200");
                    }
                }
                List<String> row = new ArrayList<>();
                titles.forEach(t -> row.add(cells.get(t)));
                Workbooks.fill(sheet.createRow(r + 1), row);
            }
            file = Workbooks.toBytes(workbook);
        }
        print("import file: %d rows x %d products, %d KB", BATCH_ROWS, PRODUCTS, file.length / 1024);

        long start = System.nanoTime();
        JsonNode validated = upload(province, "validate", file);
        long validateMs = millisSince(start);
        assertThat(validated.path("valid").asInt()).as(validated.toString()).isEqualTo(BATCH_ROWS);
        print(
                "import validate %d rows: %d ms (%.0f rows/s)",
                BATCH_ROWS, validateMs, BATCH_ROWS * 1000.0 / Math.max(1, validateMs));

        start = System.nanoTime();
        JsonNode imported = upload(province, "all", file);
        long allMs = millisSince(start);
        assertThat(imported.path("filed").asInt()).as(imported.toString()).isEqualTo(BATCH_ROWS);
        print(
                "import all %d rows (one transaction: each filed, checked and screened): %d ms (%.0f rows/s)",
                BATCH_ROWS, allMs, BATCH_ROWS * 1000.0 / Math.max(1, allMs));
    }

    @Test
    @Order(3)
    void round_progress_with_20000_units() {
        clock.set(MARCH_2026);
        machine();
        if (agencies.findByRegion("630000").isEmpty()) {
            agencies.insert(new AgencyMapper.AgencyInsert("青海节能监察中心（基准）", "630000", Agency.Tier.PROVINCE));
        }
        long seedStart = System.nanoTime();
        seedUnits(QINGHAI, ROUND_UNITS, true);
        Api province = Api.as(port, users.create(Role.SUPERVISOR, "630000"));
        Api.Response opened = province.post("/api/v1/desk/rounds", Map.of("year", 2025, "dueDate", "2026-03-31"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long round = opened.json().path("id").asLong();
        assertThat(opened.json().path("total").path("units").asLong()).isEqualTo(ROUND_UNITS);
        // 60% on time, 10% late, 20% missing, the rest pending: each status of the progress counted
        jdbc.update(
                "UPDATE report_filer SET status = CASE WHEN MOD(CRC32(uscc), 10) < 6 THEN 'ON_TIME'"
                        + " WHEN MOD(CRC32(uscc), 10) = 6 THEN 'LATE' WHEN MOD(CRC32(uscc), 10) < 9 THEN 'MISSING'"
                        + " ELSE 'PENDING' END, filed_at = CASE WHEN MOD(CRC32(uscc), 10) < 7 THEN NOW(3) END"
                        + " WHERE round_id = ?",
                round);
        print(
                "progress: %d units on the round, %d counties, seeded and opened in %d s",
                ROUND_UNITS, QINGHAI.size(), secondsSince(seedStart));

        String path = "/api/v1/desk/rounds/" + round;
        for (int i = 0; i < WARM_UP; i++) {
            province.get(path);
        }
        List<Long> times = new ArrayList<>();
        JsonNode last = null;
        for (int i = 0; i < PROGRESS_REQUESTS; i++) {
            long start = System.nanoTime();
            Api.Response response = province.get(path);
            times.add(System.nanoTime() - start);
            assertThat(response.status()).isEqualTo(200);
            last = response.json();
        }
        JsonNode total = last.path("total");
        assertThat(total.path("units").asLong()).isEqualTo(ROUND_UNITS);
        print(
                "progress GET /api/v1/desk/rounds/{id} (province, %d regions): %s",
                last.path("byRegion").size(), Latencies.ofNanos(times).summary());
        print(
                "progress figures: on time %d, late %d, missing %d, pending %d, filing rate %s%%",
                total.path("onTime").asLong(),
                total.path("late").asLong(),
                total.path("missing").asLong(),
                total.path("pending").asLong(),
                total.path("filingRate").asText());

        String missing = path + "/filers?status=MISSING&page=10&size=50";
        for (int i = 0; i < WARM_UP; i++) {
            province.get(missing);
        }
        List<Long> pages = new ArrayList<>();
        for (int i = 0; i < PROGRESS_REQUESTS; i++) {
            long start = System.nanoTime();
            Api.Response response = province.get(missing);
            pages.add(System.nanoTime() - start);
            assertThat(response.json().path("items")).hasSize(50);
        }
        print(
                "progress GET …/filers?status=MISSING, page 11 of 50: %s",
                Latencies.ofNanos(pages).summary());
    }

    // ---------------------------------------------------------------- seeding

    record Unit(String uscc, String county, String industry) {}

    /** {@code n} enterprises across {@code counties}, by multi-row inserts of 1,000. */
    List<Unit> seedUnits(List<String> counties, int n, boolean key) {
        List<Unit> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String county = counties.get(i % counties.size());
            units.add(new Unit(freshUscc(county), county, i % 2 == 0 ? "C3011" : "C3216"));
        }
        for (int from = 0; from < n; from += 1_000) {
            List<Unit> part = units.subList(from, Math.min(n, from + 1_000));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO enterprise (uscc, name, region_code, industry_code, key_energy_unit) VALUES ");
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                Unit u = part.get(i);
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?)");
                Collections.addAll(args, u.uscc(), "基准单位" + u.uscc().substring(8, 17), u.county(), u.industry(), key);
            }
            jdbc.update(sql.toString(), args.toArray());
        }
        return units;
    }

    /** A submitted 2025 report and its version 1 per unit; the version ids in the units' order. */
    List<Long> seedReports(List<Unit> units, List<ReportContent> contents) throws Exception {
        for (int from = 0; from < units.size(); from += 1_000) {
            List<Unit> part = units.subList(from, Math.min(units.size(), from + 1_000));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO energy_report (uscc, report_year, form_version, status, current_version, created_at)"
                            + " VALUES ");
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, 2025, '2008', 'SUBMITTED', 1, NOW(3))");
                args.add(part.get(i).uscc());
            }
            jdbc.update(sql.toString(), args.toArray());
        }
        Map<String, Long> reportIds = new HashMap<>();
        jdbc.query(
                "SELECT id, uscc FROM energy_report WHERE report_year = 2025 AND uscc LIKE '9164%'",
                rs -> {
                    reportIds.put(rs.getString("uscc"), rs.getLong("id"));
                });
        for (int from = 0; from < units.size(); from += 500) {
            int to = Math.min(units.size(), from + 500);
            StringBuilder sql = new StringBuilder("INSERT INTO energy_report_version (report_id, version_no, source,"
                    + " content_json, content_sha256, submitted_by, submitted_at) VALUES ");
            List<Object> args = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String text = json.writeValueAsString(contents.get(i));
                sql.append(i == from ? "" : ",").append("(?, 1, 'BATCH', ?, SHA2(?, 256), 'bench', NOW(3))");
                Collections.addAll(args, reportIds.get(units.get(i).uscc()), text, text);
            }
            jdbc.update(sql.toString(), args.toArray());
        }
        Map<Long, Long> versionOf = new HashMap<>();
        jdbc.query(
                "SELECT v.id, v.report_id FROM energy_report_version v JOIN energy_report r ON r.id = v.report_id"
                        + " WHERE r.report_year = 2025 AND r.uscc LIKE '9164%'",
                rs -> {
                    versionOf.put(rs.getLong("report_id"), rs.getLong("id"));
                });
        List<Long> versions = new ArrayList<>(units.size());
        units.forEach(u -> versions.add(versionOf.get(reportIds.get(u.uscc()))));
        assertThat(versions).doesNotContainNull();
        return versions;
    }

    /** A 2025 report: coal, electricity and gas, the declared total near the recomputed one, five products. */
    static ReportContent report(Random random, int i) {
        double coal = 5_000 + random.nextInt(20_000);
        double kwh = 5_000_000 + random.nextInt(50_000_000);
        List<ReportContent.Energy> energy = List.of(
                new ReportContent.Energy("RAW_COAL", BigDecimal.valueOf(coal), "t", null),
                new ReportContent.Energy("ELECTRICITY", BigDecimal.valueOf(kwh), "kWh", null));
        double recomputed = coal * 0.7143 + kwh * 0.0001229;
        // one in ten declares a total 5% off the conversion (beyond the 2% tolerance)
        double declared = recomputed * (i % 10 == 0 ? 1.05 : 1.0);
        List<ReportContent.Product> products = new ArrayList<>();
        for (Graded g : five(random, i)) {
            products.add(new ReportContent.Product(
                    g.product(),
                    g.indicator(),
                    BigDecimal.valueOf(value(random, g)),
                    g.unit(),
                    null,
                    null,
                    g.product().equals("CEMENT_CLINKER") ? Map.of("altitudeMeters", BigDecimal.valueOf(200)) : null,
                    null));
        }
        return new ReportContent(
                ReportContent.FORM_2008,
                new ReportContent.Basic("基准单位" + i, "张三", "工程师", i % 20 != 0, 2019 + i % 7, null, null),
                energy,
                "EQUIVALENT_VALUE",
                null,
                BigDecimal.valueOf(Math.round(declared * 10) / 10.0),
                List.of(),
                null,
                products,
                null,
                null,
                List.of(),
                List.of(),
                null);
    }

    /** Five of the catalogue's products, rotating. */
    static List<Graded> five(Random random, int i) {
        List<Graded> five = new ArrayList<>();
        int first = random.nextInt(CATALOGUE.size());
        for (int n = 0; n < PRODUCTS; n++) {
            five.add(CATALOGUE.get((first + n) % CATALOGUE.size()));
        }
        return five;
    }

    /** A value from 85% to 105% of the 限定值: about a quarter of the products over their quota. */
    static double value(Random random, Graded g) {
        return Math.round(g.limit() * (0.85 + random.nextDouble() * 0.20) * 10) / 10.0;
    }

    // ---------------------------------------------------------------- HTTP and printing

    /** The batch import, with a timeout long enough for 5,000 rows on two busy cores. */
    JsonNode upload(Api api, String mode, byte[] file) throws Exception {
        String boundary = "----deskbench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.xlsx\""
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/desk/reports/import?year=2025&mode=" + mode))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + api.token())
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static void machine() {
        Runtime runtime = Runtime.getRuntime();
        print(
                "machine: %d cores, JDK %s (%s), max heap %d MB, embedded MariaDB and Elasticsearch on the same machine",
                runtime.availableProcessors(),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"),
                runtime.maxMemory() / (1024 * 1024));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long secondsSince(long start) {
        return (System.nanoTime() - start) / 1_000_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCH desk-review: " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
