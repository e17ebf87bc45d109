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
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk review's pages in the browser: an enterprise files its 能源利用状况报告 and sees a clinker figure over its
 * quota flagged at the field as it is typed; a city agency follows its filing round and reads the late and missing
 * units, closes the round and reopens it for one unit; a supervisor opens a desk case (书面监察) from a screening result,
 * finds it on the case page and in the workbench, and confirms its signals naming the reviewers. Counties of 杭州 (330111, 330112) and 湖州 (3305xx).
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class DeskReviewBrowserTest {
    static final Instant MONDAY_2_MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");
    /** The first live check of a cold server reads the rules' tables: give it time on a slow machine. */
    static final LocatorAssertions.HasTextOptions SLOW_TEXT = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    static final LocatorAssertions.ContainsTextOptions SLOW_CONTAINS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    ManagementService jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    TestFixtures.Users users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_enterprise_files_its_report_and_a_figure_over_quota_is_flagged_as_it_is_typed(Page page) {
        clock.set(MONDAY_2_MARCH_2026);
        CaseWorld.World world = worlds.create("330111");
        CaseSteps steps = new CaseSteps(port, world);

        WebSession.signIn(page, port, world.enterpriseUser(), "/portal");
        page.navigate(WebSession.base(port) + "/portal/report?year=2025");
        assertThat(page.locator("[data-test=report-status]")).hasText("未填报", SLOW_TEXT);

        page.locator("[data-test=field-basic-managerFiled]").getByText("是").click();
        input(page, "field-basic-lastAuditYear").fill("2024");
        page.locator("[data-test=energy-add]").click();
        choose(page, "field-energy-0-energyType", "^原煤$");
        input(page, "field-energy-0-quantity").fill("10000");
        page.locator("[data-test=energy-add]").click();
        choose(page, "field-energy-1-energyType", "^电力（当量值）$");
        input(page, "field-energy-1-quantity").fill("5000000");
        page.locator("[data-test=product-add]").click();
        choose(page, "field-products-0-product", "^水泥熟料$");
        choose(page, "field-products-0-indicator", "^熟料单位产品综合能耗$");
        input(page, "field-products-0-conditions-altitudeMeters").fill("200");

        Locator value = input(page, "field-products-0-value");
        Locator mark = page.locator("[data-test=mark-products-0-value]");
        value.pressSequentially("105");
        assertThat(page.locator("[data-test=check-signals]"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.locator("[data-test=check-summary]")).not().containsText("正在检查", SLOW_CONTAINS);
        assertThat(page.locator("[data-test=mark-products-0-value]:has-text('超过限额')"))
                .hasCount(0);
        // typed on: 1051 is far over the 117 kgce/t of GB 16780-2021, flagged at the field without saving anything
        value.pressSequentially("1");
        assertThat(mark).containsText("单位产品能耗超过限额标准", SLOW_CONTAINS);
        BrowserExtension.screenshot(page, "desk-report-over-quota-live");
        assertThat(steps.enterprise
                        .get("/api/v1/desk/reports/" + world.enterpriseUscc() + "/2025")
                        .json()
                        .path("status")
                        .asText())
                .as("a live check saves nothing")
                .isEqualTo("NONE");
        // corrected to 118: still over the limit
        value.fill("118");
        assertThat(mark).containsText("单位产品能耗超过限额标准", SLOW_CONTAINS);

        page.locator("[data-test=report-save]").click();
        assertThat(page.locator("[data-test=report-status]")).hasText("草稿");
        page.locator("[data-test=report-submit]").click();
        assertThat(page.locator("[data-test=report-status]")).hasText("已提交（第 1 版）");
        assertThat(page.locator("[data-test=report-submitted]")).containsText("第 1 版已提交");
        assertThat(page.locator("[data-test=report-versions]")).containsText("网上填报");
        BrowserExtension.screenshot(page, "desk-report-submitted");

        JsonNode view = steps.enterprise
                .get("/api/v1/desk/reports/" + world.enterpriseUscc() + "/2025")
                .json();
        assertThat(view.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(view.path("latest")
                        .path("content")
                        .path("products")
                        .get(0)
                        .path("value")
                        .asDouble())
                .isEqualTo(118.0);
        assertThat(view.path("latest").path("verdicts").findValuesAsText("signal"))
                .contains("OVER_QUOTA");
    }

    @Test
    void the_agency_reads_the_late_and_missing_units_of_its_round_closes_it_and_reopens_it_for_one(Page page) {
        clock.set(MONDAY_2_MARCH_2026);
        agencies.insert(new AgencyMapper.AgencyInsert("湖州市节能监察支队（测试）", "330500", Agency.Tier.CITY));
        String onTime = keyUnit("330502", "湖州按期报送测试");
        String late = keyUnit("330503", "湖州逾期报送测试");
        String missing = keyUnit("330502", "湖州未报送测试");
        String cityUser = users.create(Role.SUPERVISOR, "330500");
        Api.Response opened = Api.as(port, cityUser)
                .post(
                        "/api/v1/desk/rounds",
                        Map.of("year", 2025, "dueDate", "2026-03-31", "reminderWorkingDays", List.of(5, 1)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long round = opened.json().path("id").asLong();
        file(onTime, "330502");

        // the due day passes (China time): who has not filed is listed as missing
        String instance =
                jdbc.queryForObject("SELECT process_instance_id FROM report_round WHERE id = ?", String.class, round);
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        for (int i = 0; i < 5; i++) {
            CaseSteps.fireDueTimers(jobs, instance);
        }

        WebSession.signIn(page, port, cityUser, "/workbench");
        page.navigate(WebSession.base(port) + "/desk/rounds");
        page.locator("[data-test=round-link-" + round + "]").click();
        assertThat(page.locator("[data-test=round-status]"))
                .hasText(Api.as(port, cityUser)
                        .get("/api/v1/desk/rounds/" + round)
                        .json()
                        .path("statusLabel")
                        .asText());
        assertThat(page.locator("[data-test=round-total-units]")).hasText("3");
        assertThat(page.locator("[data-test=round-total-onTime]")).hasText("1");
        assertThat(page.locator("[data-test=round-total-missing]")).hasText("2");
        assertThat(page.locator("[data-test=round-regions]")).containsText("吴兴区");
        assertThat(page.locator("[data-test=round-regions]")).containsText("南浔区");

        // a late report comes in while the page is open: the refresh shows it
        file(late, "330503");
        page.locator("[data-test=round-refresh]").click();
        assertThat(page.locator("[data-test=round-total-late]")).hasText("1");
        assertThat(page.locator("[data-test=round-total-missing]")).hasText("1");

        page.locator("[data-test=filer-status-MISSING]").click();
        Locator rows = page.locator("[data-test=filer-table] .el-table__row");
        assertThat(rows).hasCount(1);
        assertThat(page.locator("[data-test=filer-" + missing + "]")).containsText("湖州未报送测试");
        assertThat(page.locator("[data-test=filer-status-of-" + missing + "]")).hasText("未报送");
        BrowserExtension.screenshot(page, "desk-round-missing");
        page.locator("[data-test=filer-status-LATE]").click();
        assertThat(rows).hasCount(1);
        assertThat(page.locator("[data-test=filer-status-of-" + late + "]")).hasText("逾期报送");

        page.locator("[data-test=round-close]").click();
        page.locator(".el-message-box__btns button")
                .filter(new Locator.FilterOptions().setHasText("关闭轮次"))
                .click();
        assertThat(page.locator("[data-test=round-status]")).hasText("已关闭");
        page.locator("[data-test=filer-status-MISSING]").click();
        page.locator("[data-test=filer-reopen-" + missing + "]").click();
        page.locator("[data-test=reopen-reason] textarea, textarea[data-test=reopen-reason]")
                .fill("企业因系统故障未能按期报送，申请补报");
        page.locator("[data-test=reopen-submit]").click();
        assertThat(page.locator("[data-test=filer-table]")).containsText("已重新开放");

        JsonNode filers = Api.as(port, cityUser)
                .get("/api/v1/desk/rounds/" + round + "/filers?status=MISSING")
                .json();
        assertThat(filers.path("items").findValuesAsText("uscc")).containsExactly(missing);
        assertThat(filers.path("items").get(0).path("reopened").asBoolean()).isTrue();
    }

    @Test
    void a_supervisor_opens_a_desk_case_from_a_screening_result(Page page) {
        clock.set(MONDAY_2_MARCH_2026);
        CaseWorld.World world = worlds.create("330112");
        CaseSteps steps = new CaseSteps(port, world);
        Api.Response filed = steps.enterprise.post(
                "/api/v1/desk/reports/" + world.enterpriseUscc() + "/2025/submit", Map.of("content", report(118)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long screening = screeningOf(steps, world.enterpriseUscc());
        String name = steps.supervisor
                .get("/api/v1/enterprises/" + world.enterpriseUscc())
                .json()
                .path("name")
                .asText();

        WebSession.signIn(page, port, world.supervisor(), "/workbench");
        page.navigate(WebSession.base(port) + "/desk/screenings?year=2025&signal=OVER_QUOTA");
        assertThat(page.locator("[data-test=screening-" + world.enterpriseUscc() + "]"))
                .hasText(name);
        assertThat(page.locator("[data-test=screening-risk-" + screening + "]")).hasText("高风险");
        page.locator("[data-test=screening-detail-" + screening + "]").click();
        assertThat(page.locator("[data-test=screening-signals]")).containsText("单位产品能耗超过限额标准");
        BrowserExtension.screenshot(page, "desk-screening-signals");
        page.locator("[data-test=screening-open-case]").click();

        page.waitForURL(Pattern.compile(".*/cases/\\d+$"));
        long caseId = Long.parseLong(page.url().replaceAll(".*/cases/", ""));
        assertThat(page.locator("[data-test=case-status]")).hasText("已立案");
        page.locator(".el-tabs__item")
                .filter(new Locator.FilterOptions().setHasText("书面监察"))
                .click();
        assertThat(page.locator("[data-test=desk-signals]")).containsText("单位产品能耗超过限额标准");
        assertThat(page.locator("[data-test=desk-signals]")).containsText("待确认");
        assertThat(page.locator("[data-test=step-Task_ConfirmSignals]")).isVisible();
        BrowserExtension.screenshot(page, "desk-case-opened");

        JsonNode detail = steps.supervisor.get("/api/v1/cases/" + caseId).json();
        assertThat(detail.path("inspectionType").asText()).isEqualTo("DESK");
        assertThat(detail.path("trigger").asText()).isEqualTo("DESK_SCREENING");
        assertThat(steps.supervisor
                        .get("/api/v1/desk/screenings/" + screening)
                        .json()
                        .path("deskCaseId")
                        .asLong())
                .isEqualTo(caseId);

        page.navigate(WebSession.base(port) + "/workbench");
        assertThat(page.locator("[data-test=task-table]")).containsText(name);

        // the supervisor confirms the signals in the task's form and names the two reviewers
        page.navigate(WebSession.base(port) + "/cases/" + caseId);
        page.locator("[data-test=step-Task_ConfirmSignals]").click();
        Locator dialog = page.locator("[data-test=task-dialog]");
        assertThat(dialog).containsText("单位产品能耗超过限额标准");
        dialog.locator("[data-test=desk-reviewers]").click();
        Locator options = page.locator(".el-select-dropdown__item:visible");
        options.nth(0).click();
        options.nth(1).click();
        dialog.locator(".el-dialog__title").click();
        dialog.locator("[data-test=task-submit]").click();
        assertThat(page.locator("[data-test=case-status]")).hasText("已组成监察组");
        assertThat(steps.supervisor
                        .get("/api/v1/desk/cases/" + caseId)
                        .json()
                        .path("signals")
                        .findValuesAsText("confirmed"))
                .containsOnly("true");

        page.navigate(WebSession.base(port) + "/desk/screenings?year=2025&signal=OVER_QUOTA");
        assertThat(page.locator("[data-test=screening-case-" + screening + "]"))
                .hasText(detail.path("caseNumber").asText());
    }

    // ---------------------------------------------------------------- helpers

    static Locator input(Page page, String name) {
        return page.locator("[data-test=" + name + "] input, input[data-test=" + name + "]");
    }

    /**
     * Opens an Element Plus select and picks the option whose whole text matches. The live check's answer re-renders
     * the form and can close an open dropdown under the pointer, so a pick that finds its option gone opens it again.
     */
    static void choose(Page page, String name, String option) {
        for (int attempt = 1; ; attempt++) {
            page.locator("[data-test=" + name + "]").click();
            try {
                page.locator(".el-select-dropdown__item:visible")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile(option)))
                        .first()
                        .click(new Locator.ClickOptions().setTimeout(5_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError closed) {
                if (attempt == 3) {
                    throw closed;
                }
                page.keyboard().press("Escape");
            }
        }
    }

    String keyUnit(String county, String name) {
        EnterpriseForm form = anEnterprise()
                .inRegion(county)
                .named(name + Long.toString(System.nanoTime(), 36) + "有限公司")
                .keyEnergyUnit(true)
                .build();
        enterprises.insert(form, true);
        return form.uscc();
    }

    void file(String uscc, String county) {
        Api enterprise = Api.as(port, users.enterpriseUser(uscc, county));
        Api.Response filed =
                enterprise.post("/api/v1/desk/reports/" + uscc + "/2025/submit", Map.of("content", report(105)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }

    static long screeningOf(CaseSteps steps, String uscc) {
        for (JsonNode item : steps.supervisor
                .get("/api/v1/desk/screenings?year=2025&size=200")
                .json()
                .path("items")) {
            if (item.path("uscc").asText().equals(uscc)) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no screening of " + uscc);
    }

    /** A 2025 report of a cement works: clinker at {@code clinker} kgce/t (the limit of GB 16780-2021 is 117). */
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
}
