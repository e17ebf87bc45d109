package cn.energyinspect.app.desk;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the desk review feeds, through the HTTP API (issue 16): last report year's screening becomes the RISK_CLASS
 * strata of the next plan's draw (the key-unit flag where a unit has no screening), last year's violators not closed as
 * rectified become the plan's 复查 named targets with their reasons, a unit's 表4 is benchmarked against its anonymous
 * peers of the province, the 能效领跑者 candidates are listed by the programme's criteria, and the dashboard shows the
 * quota grades, the below-基准 share, the data centres' PUE and the filing rate by region. Each test works in a province
 * no other test registers enterprises in (青海, 甘肃, 宁夏), so the peer groups and counts are its own.
 */
@IntegrationTest
class DeskFeedScenarioTest {
    static final Instant MONDAY_2_MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant MONDAY_11_JANUARY_2027 = Instant.parse("2027-01-11T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    TestFixtures.Users users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_screening_classes_the_next_draw_and_unrectified_violators_become_follow_up_targets_with_their_reason() {
        clock.set(MONDAY_2_MARCH_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("630102"));
        String violator = steps.world.enterpriseUscc();
        // 2026: the 2025 report is over quota; the desk case confirms the findings and is still open at the year's end
        file(steps.enterprise, violator, 2025, report(118, true));
        long screening2025 = screeningOf(steps.supervisor, violator, 2025);
        Api.Response opened = steps.supervisor.post("/api/v1/desk/screenings/" + screening2025 + "/case", Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        steps.caseId = opened.json().path("caseId").asLong();
        String caseNumber = opened.json().path("caseNumber").asText();
        JsonNode desk =
                steps.supervisor.get("/api/v1/desk/cases/" + steps.caseId).json();
        steps.ok(steps.complete(
                steps.supervisor,
                "Task_ConfirmSignals",
                Map.of(
                        "signals",
                        DeskReviewScenarioTest.confirmations(desk),
                        "reviewers",
                        List.of(steps.world.inspector1(), steps.world.inspector2()))));
        assertThat(steps.detail().path("findings")).isNotEmpty();

        // January 2027: the 2026 reports are filed and screened
        clock.set(MONDAY_11_JANUARY_2027);
        steps.signIn();
        String high = unit("630102", false);
        String medium = unit("630102", false);
        String low = unit("630102", false);
        String keyUnscreened = unit("630102", true);
        String generalUnscreened = unit("630102", false);
        Api agency = steps.supervisor;
        assertThat(risk(agency, file(steps.enterprise, violator, 2026, report(118, true), agency)))
                .isEqualTo("HIGH");
        assertThat(risk(agency, file(enterpriseOf(high, "630102"), high, 2026, report(118, true), agency)))
                .isEqualTo("HIGH");
        assertThat(risk(agency, file(enterpriseOf(medium, "630102"), medium, 2026, report(105, false), agency)))
                .as("a flag only (energy manager not filed)")
                .isEqualTo("MEDIUM");
        assertThat(risk(agency, file(enterpriseOf(low, "630102"), low, 2026, report(105, true), agency)))
                .isEqualTo("LOW");

        // the 2027 plan's draw: strata HIGH / MEDIUM / LOW from the 2026 screening, the rest by the key-unit flag
        Map<String, Object> form = planForm();
        long plan =
                ok(steps.supervisor.post("/api/v1/campaigns", form)).path("id").asLong();
        JsonNode preview = ok(steps.supervisor.post(
                "/api/v1/campaigns/" + plan + "/draw/preview",
                Map.of("stratifyBy", List.of("RISK_CLASS"), "ratio", 0.5)));
        Map<String, Integer> strata = new LinkedHashMap<>();
        preview.path("strata")
                .forEach(s ->
                        strata.put(s.path("stratum").asText(), s.path("size").asInt()));
        assertThat(preview.path("excluded").asInt())
                .as("a desk case is no visit: it keeps nobody out of an on-site draw (programmes.md §4.6)")
                .isEqualTo(0);
        assertThat(strata)
                .as("the violator, desk-reviewed only, is drawn with the other HIGH unit")
                .containsEntry("HIGH", 2)
                .containsEntry("MEDIUM", 1)
                .containsEntry("LOW", 1)
                .containsEntry("KEY", 1)
                .containsEntry("GENERAL", 1);
        JsonNode basis = preview.path("riskClassBasis");
        assertThat(basis.path("reportYear").asInt()).isEqualTo(2026);
        assertThat(basis.path("fromScreening").asInt()).isEqualTo(4);
        assertThat(basis.path("fromKeyUnitFlag").asInt()).isEqualTo(2);
        assertThat(basis.path("basis").asText()).contains("2026 年度书面监察筛查结果");
        assertThat(keyUnscreened).isNotEqualTo(generalUnscreened);

        // 复查: the proposal names last year's violator, not the unit that is only over quota this year
        String followUps = "/api/v1/campaigns/" + plan + "/targets/follow-ups";
        JsonNode proposal = ok(steps.supervisor.get(followUps));
        assertThat(proposal.path("fromYear").asInt()).isEqualTo(2026);
        assertThat(proposal.path("items").findValuesAsText("uscc")).containsExactly(violator);
        JsonNode proposed = proposal.path("items").get(0);
        assertThat(proposed.path("reason").asText()).isEqualTo("REINSPECTION");
        assertThat(proposed.path("reasonName").asText()).contains("复查");
        assertThat(proposed.path("note").asText()).contains(caseNumber).contains("复查");
        assertThat(proposed.path("caseIds").get(0).asLong()).isEqualTo(steps.caseId);
        assertThat(proposed.path("screeningId").isNull())
                .as("the 2026 screening carries the unrectified finding")
                .isFalse();
        assertThat(proposed.path("alreadyNamed").asBoolean()).isFalse();

        assertThat(steps.inspector1.post(followUps, Map.of()).status())
                .as("only the plan's agency names targets")
                .isEqualTo(403);
        JsonNode added = ok(steps.supervisor.post(followUps, Map.of()));
        assertThat(added.path("added").asInt()).isEqualTo(1);
        assertThat(added.path("namedTargets").findValuesAsText("uscc")).containsExactly(violator);
        assertThat(ok(steps.supervisor.post(followUps, Map.of())).path("added").asInt())
                .as("a second call adds nothing")
                .isZero();
        assertThat(ok(steps.supervisor.get(followUps))
                        .path("items")
                        .get(0)
                        .path("alreadyNamed")
                        .asBoolean())
                .isTrue();

        // the supervisor sees the reason, and keeps it when editing the list
        String namedPath = "/api/v1/campaigns/" + plan + "/named-targets";
        ok(steps.supervisor.put(
                namedPath,
                Map.of(
                        "targets",
                        List.of(
                                Map.of("uscc", violator, "reason", "REINSPECTION"),
                                Map.of("uscc", high, "reason", "COMPLAINT", "note", "群众举报窑系统能耗异常")))));
        JsonNode named = ok(steps.supervisor.get(namedPath));
        assertThat(named).hasSize(2);
        for (JsonNode t : named) {
            if (t.path("uscc").asText().equals(violator)) {
                assertThat(t.path("reasonName").asText()).contains("复查");
                assertThat(t.path("note").asText()).contains(caseNumber);
            } else {
                assertThat(t.path("reasonName").asText()).isEqualTo("投诉举报");
                assertThat(t.path("note").asText()).isEqualTo("群众举报窑系统能耗异常");
            }
        }
        assertThat(steps.supervisor
                        .put(
                                namedPath,
                                Map.of(
                                        "targets",
                                        List.of(Map.of("uscc", high, "reason", "COMPLAINT", "note", "长".repeat(301)))))
                        .problemFields())
                .containsExactly("targets[0].note");

        // once published, the plan's named targets are fixed
        ok(steps.supervisor.post("/api/v1/campaigns/" + plan + "/publish", Map.of()));
        assertThat(steps.supervisor.post(followUps, Map.of()).status()).isEqualTo(409);
        assertThat(ok(steps.supervisor.get(namedPath))).hasSize(2);
    }

    @Test
    void a_unit_sees_its_position_among_anonymous_peers_and_the_agency_lists_the_leader_candidates() {
        clock.set(MONDAY_2_MARCH_2026);
        CaseWorld.World world = worlds.create("620102");
        Api supervisor = Api.as(port, world.supervisor());
        Api own = Api.as(port, world.enterpriseUser());
        String ownUscc = world.enterpriseUscc();
        Map<String, Object> ownReport = report(104, true);
        List<Map<String, Object>> products = new ArrayList<>(products(104));
        products.add(Map.of(
                "product", "CEMENT_CLINKER",
                "indicator", "COMPREHENSIVE_ELECTRICITY",
                "value", 55,
                "unit", "kWh/t",
                "conditions", Map.of("altitudeMeters", 200)));
        ownReport.put("products", products);
        file(own, ownUscc, 2025, ownReport);

        String leader = unit("620102", false);
        Map<String, Object> leaderReport = report(98, true);
        leaderReport.put(
                "basic",
                Map.of("unitName", "领跑水泥厂", "managerFiled", true, "lastAuditYear", 2024, "nonFossilSharePercent", 25));
        leaderReport.put(
                "energy",
                List.of(
                        Map.of("energyType", "RAW_COAL", "quantity", 20_000, "unit", "t"),
                        Map.of("energyType", "ELECTRICITY", "quantity", 5_000_000, "unit", "kWh")));
        Api leaderApi = enterpriseOf(leader, "620102");
        file(leaderApi, leader, 2025, leaderReport);
        String small = unit("620102", false);
        file(enterpriseOf(small, "620102"), small, 2025, report(99, true));
        List<String> others = new ArrayList<>(List.of(leader, small));
        for (double value : new double[] {108, 112, 116}) {
            String peer = unit("620102", false);
            file(enterpriseOf(peer, "620102"), peer, 2025, report(value, true));
            others.add(peer);
        }

        Api.Response mine = own.get("/api/v1/desk/benchmarks/" + ownUscc + "/2025");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        JsonNode view = mine.json();
        assertThat(view.path("minimumPeers").asInt()).isEqualTo(5);
        assertThat(view.path("provinceName").asText()).isEqualTo("甘肃省");
        JsonNode energy = view.path("products").get(0);
        assertThat(energy.path("productName").asText()).isEqualTo("水泥熟料");
        assertThat(energy.path("peers").asInt()).isEqualTo(6);
        assertThat(energy.path("shown").asBoolean()).isTrue();
        assertThat(energy.path("rank").asInt()).as("98, 99 are lower").isEqualTo(3);
        assertThat(energy.path("betterThanPercent").asDouble())
                .as("3 of the 5 others are higher")
                .isEqualTo(60.0);
        assertThat(energy.path("median").asDouble()).isEqualTo(106.0);
        assertThat(energy.path("gradeName").asText()).isNotBlank();
        JsonNode electricity = view.path("products").get(1);
        assertThat(electricity.path("peers").asInt()).isEqualTo(1);
        assertThat(electricity.path("shown").asBoolean()).isFalse();
        assertThat(electricity.path("rank").isNull()).isTrue();
        assertThat(electricity.path("notShownReason").asText()).contains("少于 5 家");
        for (String peer : others) {
            assertThat(mine.body()).as("the peers stay anonymous").doesNotContain(peer);
        }
        assertThat(mine.body()).doesNotContain("领跑水泥厂");
        assertThat(supervisor
                        .get("/api/v1/desk/benchmarks/" + ownUscc + "/2025")
                        .status())
                .isEqualTo(200);
        assertThat(leaderApi.get("/api/v1/desk/benchmarks/" + ownUscc + "/2025").status())
                .as("another enterprise's benchmark is not found")
                .isEqualTo(404);
        assertThat(own.get("/api/v1/desk/benchmarks/" + ownUscc + "/1999").problemFields())
                .containsExactly("year");

        Api.Response leaders = supervisor.get("/api/v1/desk/leaders?year=2025&product=CEMENT_CLINKER");
        assertThat(leaders.status()).as(leaders.body()).isEqualTo(200);
        JsonNode list = leaders.json();
        assertThat(list.path("items").findValuesAsText("uscc"))
                .as("grade 1 and at the 标杆 only")
                .containsExactlyInAnyOrder(leader, small);
        assertThat(list.path("candidates").asInt()).isEqualTo(1);
        JsonNode first = list.path("items").get(0);
        assertThat(first.path("uscc").asText()).isEqualTo(leader);
        assertThat(first.path("candidate").asBoolean()).isTrue();
        assertThat(first.path("criteria").findValuesAsText("code"))
                .contains("ENERGY_ABOVE", "QUOTA_GRADE_1", "AT_BENCHMARK", "NON_FOSSIL", "MANAGEMENT");
        JsonNode second = list.path("items").get(1);
        assertThat(second.path("candidate").asBoolean()).isFalse();
        for (JsonNode c : second.path("criteria")) {
            if (c.path("code").asText().equals("ENERGY_ABOVE")) {
                assertThat(c.path("met").asBoolean()).as("below 10,000 tce").isFalse();
            }
        }
        assertThat(supervisor
                        .get("/api/v1/desk/leaders?year=2025&product=CHEESE")
                        .problemFields())
                .containsExactly("product");
        assertThat(supervisor.get("/api/v1/desk/leaders").problemFields()).containsExactly("year");
        assertThat(own.get("/api/v1/desk/leaders?year=2025").status()).isEqualTo(403);
    }

    @Test
    void the_desk_dashboard_shows_grades_by_industry_the_below_baseline_share_pue_and_the_filing_rate_by_region() {
        clock.set(MONDAY_2_MARCH_2026);
        agencies.insert(new AgencyMapper.AgencyInsert("银川市节能监察支队（测试）", "640100", Agency.Tier.CITY));
        Api city = Api.as(port, users.create(Role.SUPERVISOR, "640100"));
        String filer = unit("640104", true);
        String silent = unit("640105", true);
        String dataCentre = unit("640104", false);
        Api.Response round = city.post(
                "/api/v1/desk/rounds",
                Map.of("year", 2025, "dueDate", "2026-03-31", "reminderWorkingDays", List.of(5)));
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        file(enterpriseOf(filer, "640104"), filer, 2025, report(118, true));
        Map<String, Object> dc = report(105, true);
        dc.put("dataCentre", Map.of("pue", 1.25, "standardRacks", 500, "commissionedYear", 2020));
        file(enterpriseOf(dataCentre, "640104"), dataCentre, 2025, dc);
        assertThat(silent).isNotBlank();

        Api.Response response = city.get("/api/v1/dashboard/desk?year=2025");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode d = response.json();
        assertThat(d.path("regionName").asText()).isEqualTo("银川市");
        JsonNode cement = d.path("quotaGrades").get(0);
        assertThat(cement.path("code").asText()).isEqualTo("C30");
        assertThat(cement.path("name").asText()).isEqualTo("非金属矿物制品业");
        assertThat(cement.path("overQuota").asInt()).isEqualTo(1);
        assertThat(cement.path("total").asInt()).isEqualTo(2);
        assertThat(d.path("belowBaseline").path("assessed").asInt()).isEqualTo(2);
        assertThat(d.path("belowBaseline").path("belowBaseline").asInt()).isEqualTo(1);
        assertThat(d.path("belowBaseline").path("sharePercent").asDouble()).isEqualTo(50.0);
        Map<String, Integer> pue = new LinkedHashMap<>();
        d.path("pue")
                .forEach(b -> pue.put(b.path("code").asText(), b.path("count").asInt()));
        assertThat(pue).containsOnlyKeys("GRADE_1", "GRADE_2", "GRADE_3", "ABOVE_LIMIT", "NOT_GRADED");
        assertThat(pue.get("GRADE_2")).isEqualTo(1);
        assertThat(d.path("pue").get(1).path("name").asText()).contains("2 级");
        JsonNode filing = d.path("filing");
        assertThat(filing.path("total").path("units").asInt()).isEqualTo(2);
        assertThat(filing.path("total").path("filed").asInt()).isEqualTo(1);
        assertThat(filing.path("total").path("filedPercent").asDouble()).isEqualTo(50.0);
        Map<String, JsonNode> byRegion = new LinkedHashMap<>();
        filing.path("byRegion").forEach(r -> byRegion.put(r.path("code").asText(), r));
        assertThat(byRegion).containsOnlyKeys("640104", "640105");
        assertThat(byRegion.get("640104").path("onTime").asInt()).isEqualTo(1);
        assertThat(byRegion.get("640104").path("name").asText()).isEqualTo("兴庆区");
        assertThat(byRegion.get("640105").path("pending").asInt()).isEqualTo(1);

        assertThat(city.get("/api/v1/dashboard/desk?year=1999").problemFields()).containsExactly("year");
        assertThat(enterpriseOf(filer, "640104").get("/api/v1/dashboard/desk").status())
                .isEqualTo(403);
    }

    // ---------------------------------------------------------------- helpers

    String unit(String county, boolean key) {
        EnterpriseForm form = anEnterprise().inRegion(county).keyEnergyUnit(key).build();
        enterprises.insert(form, key);
        return form.uscc();
    }

    Api enterpriseOf(String uscc, String county) {
        return Api.as(port, users.enterpriseUser(uscc, county));
    }

    static void file(Api enterprise, String uscc, int year, Map<String, Object> content) {
        Api.Response filed =
                enterprise.post("/api/v1/desk/reports/" + uscc + "/" + year + "/submit", Map.of("content", content));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }

    /** Files the report and returns the id of its screening as {@code agency} lists it. */
    static long file(Api enterprise, String uscc, int year, Map<String, Object> content, Api agency) {
        file(enterprise, uscc, year, content);
        return screeningOf(agency, uscc, year);
    }

    static long screeningOf(Api agency, String uscc, int year) {
        for (JsonNode item : agency.get("/api/v1/desk/screenings?year=" + year + "&size=200")
                .json()
                .path("items")) {
            if (item.path("uscc").asText().equals(uscc)) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no screening of " + uscc);
    }

    static String risk(Api agency, long screening) {
        return agency.get("/api/v1/desk/screenings/" + screening)
                .json()
                .path("riskClass")
                .asText();
    }

    static Map<String, Object> report(double clinker, boolean managerFiled) {
        Map<String, Object> content = new LinkedHashMap<>(DeskReviewScenarioTest.report(clinker));
        content.put("basic", Map.of("unitName", "测试水泥厂", "managerFiled", managerFiled, "lastAuditYear", 2024));
        return content;
    }

    static List<Map<String, Object>> products(double clinker) {
        return List.of(Map.of(
                "product", "CEMENT_CLINKER",
                "indicator", "COMPREHENSIVE_ENERGY",
                "value", clinker,
                "unit", "kgce/t",
                "conditions", Map.of("altitudeMeters", 200)));
    }

    static Map<String, Object> planForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", 2027);
        form.put("title", "2027 年度重点用能单位节能监察（复查测试）");
        form.put("inspectionType", "ON_SITE");
        form.put("checklistTemplateCode", "ON_SITE_GENERAL");
        form.put("industries", List.of("C3011"));
        form.put("keyEnergyUnitsOnly", false);
        form.put("quota", 3);
        form.put("splitDue", "2027-02-26");
        form.put("drawDue", "2027-03-31");
        form.put("executionDue", "2027-10-29");
        form.put("summaryDue", "2027-12-15");
        return form;
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
