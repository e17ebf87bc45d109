package cn.energyinspect.app.campaign.drawing;

import static cn.energyinspect.app.campaign.drawing.DrawWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.EnterpriseBuilder;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale figures of issue 5, printed as {@code BENCH campaign:} lines; only the work is asserted. Skipped unless
 * asked for:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='CampaignBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ol>
 *   <li>a provincial campaign over 30,000 enterprises in 90 counties of 河南 drawing 10 % per county: commitment (pool
 *       and roster snapshot), draw with teams from 200 inspectors, start of all 3,000 cases until every one is in its
 *       team's task list, and the roll-up's latency while the cases are being started and after;
 *   <li>a national list of 4,000 named enterprises on a provincial plan (湖北), split to its cities.
 * </ol>
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class CampaignBenchmark {
    static final int ENTERPRISES = 30_000;
    static final int COUNTIES = 90;
    static final int INSPECTORS = 200;
    static final int NATIONAL_LIST = 4_000;

    @LocalServerPort
    int port;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DrawWorlds worlds;

    private final List<String> report = new ArrayList<>();

    @Test
    void a_provincial_draw_of_ten_percent_of_30000_enterprises_and_its_3000_cases() throws Exception {
        List<String> counties = counties("41", COUNTIES);
        DrawWorld province = worlds.create("410000", Agency.Tier.PROVINCE).withInspectors(INSPECTORS);
        long loading = System.nanoTime();
        insertEnterprises(counties, ENTERPRISES);
        line(
                "setup: %,d enterprises in %d counties inserted in %.1f s",
                ENTERPRISES, counties.size(), seconds(loading));
        // 10 % of each county rounds up (333 → 34), so the plan's quota leaves room for one more per county
        long plan = province.newPlan(ENTERPRISES / 10 + COUNTIES, true);
        String base = "/api/v1/campaigns/" + plan;
        ok(province.supervisor.post(base + "/phase/SPLIT/complete", Map.of()));
        Map<String, Object> parameters = Map.of("stratifyBy", List.of("COUNTY"), "ratio", 0.1);

        long t0 = System.nanoTime();
        JsonNode preview = ok(province.supervisor.post(base + "/draw/preview", parameters));
        double previewSeconds = seconds(t0);
        long t1 = System.nanoTime();
        JsonNode commitment = ok(province.supervisor.post(base + "/draw/commit", parameters));
        double commitSeconds = seconds(t1);
        long t2 = System.nanoTime();
        JsonNode drawn = ok(province.supervisor.post(base + "/draw", Map.of()));
        double drawSeconds = seconds(t2);
        ok(province.supervisor.post(base + "/draw/reveal", Map.of()));
        int targets = drawn.path("targetCount").asInt();
        assertThat(commitment.path("poolSize").asInt()).isEqualTo(ENTERPRISES);
        assertThat(targets).isEqualTo(preview.path("toDraw").asInt());
        line(
                "preview  %.2f s (%d strata, %d to draw)",
                previewSeconds, preview.path("strata").size(), targets);
        line("commit   %.2f s (pool %,d + roster %d frozen, SHA-256, stored)", commitSeconds, ENTERPRISES, INSPECTORS);
        line("draw     %.2f s (targets and teams of 2, stored)", drawSeconds);
        line("draw and teams (commit + draw): %.2f s   [target < 5 s]", commitSeconds + drawSeconds);

        AtomicBoolean starting = new AtomicBoolean(true);
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            Api reader = Api.as(port, province.supervisorName);
            while (starting.get()) {
                long s = System.nanoTime();
                ok(reader.get(base + "/progress"));
                during.add(System.nanoTime() - s);
            }
        });
        long t3 = System.nanoTime();
        ok(province.supervisor.post(base + "/cases/start", Map.of()));
        JsonNode progress;
        do {
            Thread.sleep(250);
            progress = ok(province.supervisor.get(base + "/cases/start"));
        } while (progress.path("running").asBoolean()
                || progress.path("started").asInt() + progress.path("refused").asInt() < targets);
        double startSeconds = seconds(t3);
        starting.set(false);
        watcher.get();
        int inTaskLists = casesInTheirTeamsTaskLists(province, base);
        assertThat(progress.path("started").asInt()).isEqualTo(targets);
        assertThat(inTaskLists).isEqualTo(targets);
        line(
                "start    %,d cases in %.1f s = %.0f cases/s, each in both team members' task lists (GET /api/v1/tasks)   [target < 60 s]",
                targets, startSeconds, targets / startSeconds);
        line(
                "largest campaign whose cases start in 60 s at this rate: ~%,d cases",
                (int) (60 * targets / startSeconds));
        line("roll-up while starting: %s", summary(during));

        List<Long> after = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long s = System.nanoTime();
            JsonNode rollUp = ok(province.supervisor.get(base + "/progress"));
            after.add(System.nanoTime() - s);
            assertThat(rollUp.path("total").path("cases").asInt()).isEqualTo(targets);
        }
        line("roll-up after start (%,d cases): %s   [target p95 < 200 ms]", targets, summary(after));
        String someone = province.inspectors.get(0);
        long s = System.nanoTime();
        JsonNode tasks = ok(province.as(someone).get("/api/v1/tasks?size=50"));
        line(
                "an inspector's task list (%d of its tasks) in %.0f ms",
                tasks.path("totalItems").asInt(), (System.nanoTime() - s) / 1e6);
        print();
    }

    @Test
    void a_national_list_of_4000_named_enterprises_split_to_the_cities() {
        List<String> cities = jdbc.queryForList(
                "SELECT code FROM region WHERE level = 'CITY' AND code LIKE '42%' ORDER BY code", String.class);
        DrawWorld province = worlds.create("420000", Agency.Tier.PROVINCE);
        List<Long> cityAgencies = new ArrayList<>();
        for (String city : cities) {
            var agency = new AgencyMapper.AgencyInsert("国家清单测试" + city + System.nanoTime(), city, Agency.Tier.CITY);
            agencies.insert(agency);
            cityAgencies.add(agency.id);
        }
        List<String> counties = counties("42", 60);
        List<String> usccs = insertEnterprises(counties, NATIONAL_LIST);
        long plan = province.newPlan(0, false);
        List<Map<String, String>> named = usccs.stream()
                .map(u -> Map.of("uscc", u, "reason", "NATIONAL_LIST"))
                .toList();

        long t0 = System.nanoTime();
        ok(province.supervisor.put("/api/v1/campaigns/" + plan + "/named-targets", Map.of("targets", named)));
        double importSeconds = seconds(t0);
        long t1 = System.nanoTime();
        JsonNode split = ok(province.supervisor.post(
                "/api/v1/campaigns/" + plan + "/split",
                Map.of(
                        "children",
                        cityAgencies.stream()
                                .map(id -> Map.of("agencyId", id, "quota", 0))
                                .toList())));
        double splitSeconds = seconds(t1);
        int handedDown = jdbc.queryForObject(
                "SELECT COUNT(*) FROM campaign_named_target n JOIN campaign_plan p ON p.id = n.plan_id WHERE p.parent_plan_id = ?",
                Integer.class,
                plan);
        assertThat(split.path("children").size()).isEqualTo(cities.size());
        assertThat(handedDown).isEqualTo(NATIONAL_LIST);
        line(
                "national list: %,d named enterprises imported in %.2f s; split to %d cities (each gets its share) in %.2f s",
                NATIONAL_LIST, importSeconds, cities.size(), splitSeconds);
        print();
    }

    /**
     * How many targets' cases every member of their team finds as Task_ServeInspectionNotice in their own task list
     * ({@code GET /api/v1/tasks}), read once per inspector.
     */
    private int casesInTheirTeamsTaskLists(DrawWorld province, String base) {
        java.util.Map<String, java.util.Set<Long>> noticeTasks = new java.util.HashMap<>();
        int seen = 0;
        for (JsonNode target : ok(province.supervisor.get(base + "/targets"))) {
            long caseId = target.path("caseId").asLong();
            boolean everyone = true;
            for (String member : target.path("team").findValuesAsText("username")) {
                everyone &= noticeTasks
                        .computeIfAbsent(member, m -> noticeTaskCases(province.as(m)))
                        .contains(caseId);
            }
            seen += everyone ? 1 : 0;
        }
        return seen;
    }

    private static java.util.Set<Long> noticeTaskCases(Api inspector) {
        java.util.Set<Long> cases = new java.util.HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode tasks = ok(inspector.get("/api/v1/tasks?size=200&page=" + page));
            for (JsonNode task : tasks.path("items")) {
                if (task.path("taskKey").asText().equals("Task_ServeInspectionNotice")) {
                    cases.add(task.path("caseId").asLong());
                }
            }
            if ((page + 1) * 200 >= tasks.path("totalItems").asInt()) {
                return cases;
            }
        }
    }

    private List<String> counties(String province, int n) {
        List<String> all = jdbc.queryForList(
                "SELECT code FROM region WHERE level = 'COUNTY' AND code LIKE ? ORDER BY code",
                String.class,
                province + "%");
        assertThat(all).hasSizeGreaterThanOrEqualTo(n);
        return all.subList(0, n);
    }

    /** Key energy-using enterprises of the draw tests' industry, spread evenly over the counties, in batches. */
    private List<String> insertEnterprises(List<String> counties, int n) {
        List<String> usccs = new ArrayList<>(n);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String county = counties.get(i % counties.size());
            String uscc = EnterpriseBuilder.freshUscc(county);
            usccs.add(uscc);
            rows.add(new Object[] {uscc, "压测造纸企业" + i + "有限公司", county, DrawWorld.INDUSTRY});
            if (rows.size() == 1000 || i == n - 1) {
                jdbc.batchUpdate(
                        "INSERT INTO enterprise (uscc, name, region_code, industry_code, key_energy_unit) VALUES (?, ?, ?, ?, TRUE)",
                        rows);
                rows.clear();
            }
        }
        return usccs;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "n=0";
        }
        return String.format(
                Locale.ROOT,
                "n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms",
                sorted.size(),
                at(sorted, 50),
                at(sorted, 95),
                at(sorted, 100));
    }

    private static double at(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }

    private void print() {
        StringBuilder block = new StringBuilder(System.lineSeparator());
        report.forEach(l -> block.append("BENCH campaign: ").append(l).append(System.lineSeparator()));
        System.out.print(block);
        report.clear();
    }
}
