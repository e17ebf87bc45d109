package cn.energyinspect.app.web;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desk figures in the browser (issue 16): a city supervisor of 拉萨 (540100; no other test registers enterprises in
 * 西藏, so the province's peer groups and the city's counts are this test's own) opens the 书面监察 tab of 统计分析 and
 * reads the filing rate, the below-基准 share, the quota grades and the PUE buckets of the 2025 reports; on an
 * enterprise's page the 能效对标 panel shows its position among the province's clinker producers; the 能效领跑者 page
 * lists the grade-1 units with their criteria; the enterprise sees the same position in its portal and no peer's name.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class DeskFiguresBrowserTest {
    static final Instant MONDAY_2_MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");

    @LocalServerPort
    int port;

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
    void the_dashboard_shows_the_desk_figures_and_the_enterprise_pages_its_benchmark(Page page) {
        clock.set(MONDAY_2_MARCH_2026);
        agencies.insert(new AgencyMapper.AgencyInsert("拉萨市节能监察支队（测试）", "540100", Agency.Tier.CITY));
        String lhasa = users.create(Role.SUPERVISOR, "540100");
        Api city = Api.as(port, lhasa);

        // six must-file clinker producers of 城关区 and one of 堆龙德庆区 that does not file; a data centre files too
        String own = unit("540102", true);
        List<String> peers = new ArrayList<>();
        double[] peerValues = {98, 99, 108, 112, 118};
        for (int i = 0; i < peerValues.length; i++) {
            peers.add(unit("540102", true));
        }
        String silent = unit("540103", true);
        String dataCentre = unit("540102", false);
        Api.Response round = city.post(
                "/api/v1/desk/rounds",
                Map.of("year", 2025, "dueDate", "2026-03-31", "reminderWorkingDays", List.of(5)));
        assertThat(round.status()).as(round.body()).isEqualTo(201);

        String ownLogin = users.enterpriseUser(own, "540102");
        file(Api.as(port, ownLogin), own, report(104));
        for (int i = 0; i < peers.size(); i++) {
            file(enterpriseOf(peers.get(i)), peers.get(i), report(peerValues[i]));
        }
        Map<String, Object> dc = new LinkedHashMap<>(report(105));
        dc.put("dataCentre", Map.of("pue", 1.25, "standardRacks", 500, "commissionedYear", 2020));
        file(enterpriseOf(dataCentre), dataCentre, dc);

        JsonNode figures = ok(city.get("/api/v1/dashboard/desk?year=2025"));
        JsonNode total = figures.path("filing").path("total");
        assertThat(total.path("units").asInt()).isEqualTo(7);
        assertThat(total.path("filed").asInt()).isEqualTo(6);
        assertThat(total.path("filedPercent").asDouble()).isEqualTo(85.7);
        JsonNode below = figures.path("belowBaseline");
        assertThat(below.path("assessed").asInt()).isEqualTo(7);
        assertThat(below.path("belowBaseline").asInt()).as("118 kgce/t only").isEqualTo(1);
        assertThat(below.path("sharePercent").asDouble()).isEqualTo(14.3);
        long overQuota = 0;
        for (JsonNode g : figures.path("quotaGrades")) {
            overQuota += g.path("overQuota").asLong();
        }
        long dataCentres = 0;
        for (JsonNode b : figures.path("pue")) {
            dataCentres += b.path("count").asLong();
        }
        assertThat(overQuota).isEqualTo(1);
        assertThat(figures.path("pue").get(1).path("count").asInt()).isEqualTo(1);

        // 统计分析 → 书面监察（年度报告）
        WebSession.signIn(page, port, lhasa, "/workbench");
        page.locator("[data-test=side-menu]").getByText("统计分析").click();
        page.waitForURL("**/dashboard");
        page.locator("[data-test=dashboard-tabs]").getByText("书面监察（年度报告）").click();
        page.waitForURL("**/dashboard?tab=desk");
        Locator desk = page.locator("[data-test=desk-section]");
        page.locator("[data-test=desk-year] input").fill("2025");
        page.locator("[data-test=desk-search]").click();
        assertThat(page.locator("[data-test=desk-filed-percent]")).hasText("85.7%");
        assertThat(page.locator("[data-test=desk-filed-count]")).containsText("6 / 7 家");
        assertThat(page.locator("[data-test=desk-below-share]")).hasText("14.3%");
        assertThat(page.locator("[data-test=desk-below-count]")).containsText("1 / 7");
        assertThat(page.locator("[data-test=desk-over-quota]")).hasText(String.valueOf(overQuota));
        assertThat(page.locator("[data-test=desk-pue-total]")).hasText(String.valueOf(dataCentres));
        assertThat(desk).containsText("拉萨市");

        Locator grades = page.locator("[data-test=desk-grades-table]");
        assertThat(grades).containsText("非金属矿物制品业");
        assertThat(grades).not().containsText("C30");
        assertThat(grades).containsText("超过限额");
        Locator pue = page.locator("[data-test=desk-pue-table] .el-table__row");
        assertThat(pue).hasCount(5);
        assertThat(pue.nth(1)).containsText("GB 40879 2 级");
        assertThat(pue.nth(1)).containsText("1.25");
        Locator filing = page.locator("[data-test=desk-filing-table]");
        Locator cityRow = filing.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText("城关区"));
        assertThat(cityRow.locator("td").nth(1)).hasText("6");
        assertThat(cityRow.locator("td").last()).hasText("100.0%");
        Locator county = filing.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText("堆龙德庆区"));
        assertThat(county.locator("td").nth(6)).hasText("1");
        assertThat(county.locator("td").last()).hasText("0.0%");
        assertThat(filing).containsText("合计（拉萨市）");
        for (String chart : List.of("grades", "below", "pue", "filing")) {
            assertThat(page.locator("[data-test=chart-desk-" + chart + "] canvas"))
                    .isVisible();
        }
        page.locator("[data-test=chart-desk-filing][data-rendered=true]").waitFor();
        BrowserExtension.screenshot(page, "dashboard-desk-figures");

        // the agency's enterprise page: the unit's clinker against 7 producers of 西藏 (98 99 104 105 108 112 118)
        page.navigate(WebSession.base(port) + "/enterprises/" + own);
        Locator panel = page.locator("[data-test=benchmark-panel]");
        panel.locator("[data-test=benchmark-year] input").fill("2025");
        panel.locator("[data-test=benchmark-search]").click();
        Locator position = panel.locator("[data-test=benchmark-position-CEMENT_CLINKER-COMPREHENSIVE_ENERGY]");
        assertThat(position).containsText("第 3 名 / 7 家");
        assertThat(position).containsText("优于同省 66.7% 的同类企业");
        assertThat(panel).containsText("水泥熟料");
        assertThat(panel).containsText("西藏自治区");
        assertThat(panel).not().containsText("CEMENT_CLINKER");
        BrowserExtension.screenshot(page, "enterprise-benchmark-panel");

        // 能效领跑者候选: 98 and 99 are at grade 1 and at the 标杆; each criterion is met, not met or to verify
        page.locator("[data-test=side-menu]").getByText("能效领跑者候选").click();
        page.waitForURL("**/desk/leaders");
        page.locator("[data-test=leaders-year] input").fill("2025");
        page.locator("[data-test=leaders-search]").click();
        Locator leaders = page.locator("[data-test=leaders-table]");
        JsonNode list = ok(city.get("/api/v1/desk/leaders?year=2025"));
        assertThat(list.path("items").findValuesAsText("uscc")).containsExactlyInAnyOrder(peers.get(0), peers.get(1));
        for (JsonNode item : list.path("items")) {
            assertThat(leaders).containsText(item.path("enterpriseName").asText());
            assertThat(page.locator(
                            "[data-test=leader-candidate-" + item.path("uscc").asText() + "]"))
                    .hasText(item.path("candidate").asBoolean() ? "候选" : "条件未全部符合");
        }
        assertThat(page.locator("[data-test=leaders-candidates]"))
                .hasText(String.valueOf(list.path("candidates").asInt()));
        BrowserExtension.screenshot(page, "desk-leaders");

        // the enterprise's portal: the same position, and no other enterprise named
        page.context().clearCookies();
        WebSession.signIn(page, port, ownLogin, "/portal");
        page.locator("[data-test=side-menu]").getByText("能效对标").click();
        page.waitForURL("**/portal/benchmark");
        Locator mine = page.locator("[data-test=benchmark-panel]");
        mine.locator("[data-test=benchmark-year] input").fill("2025");
        mine.locator("[data-test=benchmark-search]").click();
        assertThat(mine.locator("[data-test=benchmark-position-CEMENT_CLINKER-COMPREHENSIVE_ENERGY]"))
                .containsText("优于同省 66.7% 的同类企业");
        String portalText = page.locator("body").innerText();
        for (String peer : peers) {
            String name =
                    city.get("/api/v1/enterprises/" + peer).json().path("name").asText();
            assertThat(portalText).as("no peer is named").doesNotContain(name).doesNotContain(peer);
        }
        assertThat(silent).isNotBlank();
        BrowserExtension.screenshot(page, "portal-benchmark");
    }

    String unit(String county, boolean key) {
        EnterpriseForm form = anEnterprise().inRegion(county).keyEnergyUnit(key).build();
        enterprises.insert(form, key);
        return form.uscc();
    }

    Api enterpriseOf(String uscc) {
        return Api.as(port, users.enterpriseUser(uscc, "540102"));
    }

    static void file(Api enterprise, String uscc, Map<String, Object> content) {
        Api.Response filed =
                enterprise.post("/api/v1/desk/reports/" + uscc + "/2025/submit", Map.of("content", content));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }

    /** A report whose 表4 has one line: clinker's comprehensive energy at {@code clinker} kgce/t. */
    static Map<String, Object> report(double clinker) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("basic", Map.of("unitName", "测试水泥厂", "managerFiled", true, "lastAuditYear", 2024));
        content.put(
                "energy",
                List.of(
                        Map.of("energyType", "RAW_COAL", "quantity", 10_000, "unit", "t"),
                        Map.of("energyType", "ELECTRICITY", "quantity", 5_000_000, "unit", "kWh")));
        content.put(
                "products",
                List.of(Map.of(
                        "product", "CEMENT_CLINKER",
                        "indicator", "COMPREHENSIVE_ENERGY",
                        "value", clinker,
                        "unit", "kgce/t",
                        "conditions", Map.of("altitudeMeters", 200))));
        return content;
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
