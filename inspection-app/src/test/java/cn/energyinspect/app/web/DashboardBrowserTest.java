package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.CaseStages;
import cn.energyinspect.app.support.browser.WebSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in the browser: a city supervisor of 贺州 (451100, no other test opens cases there) sees its counties'
 * cases in the charts and clicks a bar segment — on the canvas, where ECharts drew it — into the case list filtered by
 * that county and status; one of 北海 (450500, likewise its own) clicks the findings charts into the list filtered by
 * finding kind and by industry.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class DashboardBrowserTest {
    /** Where the segment of {@code status} over the region {@code regionCode} is drawn, relative to the chart. */
    private static final String SEGMENT_CENTRE = """
            ([selector, regionCode, status]) => {
              const chart = document.querySelector(selector).__chart
              const series = chart.getOption().series
              const index = series.findIndex((s) => s.status === status)
              const column = series[index].data.findIndex((d) => d.regionCode === regionCode)
              const below = series.slice(0, index).reduce((sum, s) => sum + s.data[column].value, 0)
              return chart.convertToPixel({ seriesIndex: index }, [column, below + series[index].data[column].value / 2])
            }
            """;

    /** Where the bar of {@code key} of a one-series horizontal bar chart is drawn, relative to the chart. */
    private static final String BAR_CENTRE = """
            ([selector, key]) => {
              const chart = document.querySelector(selector).__chart
              const data = chart.getOption().series[0].data
              const index = data.findIndex((d) => d.key === key)
              return chart.convertToPixel({ seriesIndex: 0 }, [data[index].value / 2, index])
            }
            """;

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Test
    void the_dashboard_renders_and_a_click_on_a_region_bar_opens_the_filtered_case_list(Page page) {
        CaseSteps babu = new CaseSteps(port, worlds.create("451102"));
        babu.open("COMPLAINT");
        babu.open("MANUAL");
        CaseSteps pinggui = new CaseSteps(port, worlds.create("451103"));
        pinggui.open("COMPLAINT");
        String hezhou = users.create(Role.SUPERVISOR, "451100");

        WebSession.signIn(page, port, hezhou, "/workbench");
        page.locator("[data-test=side-menu]").getByText("统计分析").click();
        page.waitForURL("**/dashboard");
        assertThat(page.locator("[data-test=dashboard-total]")).hasText("3");
        Locator regions = page.locator("[data-test=chart-regions]");
        assertThat(regions.locator("canvas")).isVisible();
        assertThat(page.locator("[data-test=chart-status] canvas")).isVisible();
        page.locator("[data-test=chart-regions][data-rendered=true]").waitFor();
        BrowserExtension.screenshot(page, "dashboard-city-supervisor");

        @SuppressWarnings("unchecked")
        List<Number> point =
                (List<Number>) page.evaluate(SEGMENT_CENTRE, List.of("[data-test=chart-regions]", "451102", "OPENED"));
        BoundingBox box = regions.boundingBox();
        page.mouse()
                .click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());

        page.waitForURL(Pattern.compile(".*/cases\\?.*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]regionCode=451102(&|$).*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]status=OPENED(&|$).*"));
        assertThat(page.locator("[data-test=case-table] .el-table__row")).hasCount(2);
        assertThat(page.locator("[data-test=case-table]")).containsText("八步区");
        assertThat(page.locator("[data-test=case-table]")).not().containsText("平桂区");
        long listed = Api.as(port, hezhou)
                .get("/api/v1/cases?regionCode=451102&status=OPENED")
                .json()
                .path("totalItems")
                .asLong();
        assertThat(listed).isEqualTo(2);
        BrowserExtension.screenshot(page, "dashboard-click-filtered-cases");
    }

    @Test
    void a_click_on_a_findings_bar_opens_the_cases_with_that_kind_of_finding_or_industry(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps haicheng = new CaseSteps(port, worlds.create("450502"));
        inspectedOverQuota(haicheng);
        long clean = haicheng.open("MANUAL").path("id").asLong();
        CaseSteps yinhai = new CaseSteps(port, worlds.create("450503"));
        inspectedOverQuota(yinhai);
        String beihai = users.create(Role.SUPERVISOR, "450500");

        WebSession.signIn(page, port, beihai, "/workbench");
        page.navigate(WebSession.base(port) + "/dashboard");
        assertThat(page.locator("[data-test=dashboard-total]")).hasText("3");
        assertThat(page.locator("[data-test=dashboard-over-quota]")).hasText("2");
        page.locator("[data-test=chart-kinds][data-rendered=true]").waitFor();
        page.locator("[data-test=chart-industries][data-rendered=true]").waitFor();
        BrowserExtension.screenshot(page, "dashboard-findings-charts");

        clickBar(page, "[data-test=chart-kinds]", "OVER_QUOTA");
        page.waitForURL(Pattern.compile(".*/cases\\?.*findingKind=OVER_QUOTA.*"));
        Locator rows = page.locator("[data-test=case-table] .el-table__row");
        assertThat(rows).hasCount(2);
        assertThat(page.locator("[data-test=case-table]")).containsText("海城区");
        assertThat(page.locator("[data-test=case-table]")).containsText("银海区");
        assertThat(page.locator("[data-test=case-link-" + clean + "]")).hasCount(0);
        assertThat(page.locator("[data-test=filter-finding-kind]")).containsText("超过单位产品能耗限额");
        BrowserExtension.screenshot(page, "dashboard-click-finding-kind-cases");

        page.goBack();
        page.locator("[data-test=chart-industries][data-rendered=true]").waitFor();
        clickBar(page, "[data-test=chart-industries]", "C30");
        page.waitForURL(Pattern.compile(".*/cases\\?.*industry=C30.*"));
        assertThat(page).not().hasURL(Pattern.compile(".*findingKind=.*"));
        assertThat(rows).hasCount(3);
        assertThat(page.locator("[data-test=filter-industry]")).hasValue("C30");

        Api api = Api.as(port, beihai);
        assertThat(api.get("/api/v1/cases?findingKind=OVER_QUOTA")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/cases?industry=C30")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(3);

        page.navigate(WebSession.base(port) + "/dashboard");
        page.locator("[data-test=card-over-quota]").click();
        page.waitForURL(Pattern.compile(".*/cases\\?.*findingKind=OVER_QUOTA.*"));
        assertThat(rows).hasCount(2);
    }

    /** A complaint case whose clinker is measured at 125 kgce/t, over the quota of GB 16780: one finding. */
    private static void inspectedOverQuota(CaseSteps steps) {
        steps.open("COMPLAINT");
        CaseSteps.ok(steps.assignTeam("2026-06-01"));
        CaseSteps.ok(steps.inspect(125, Instant.parse("2026-06-01T00:30:00Z"), Instant.parse("2026-06-01T01:30:00Z")));
    }

    private static void clickBar(Page page, String chart, String key) {
        page.locator(chart).scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate(BAR_CENTRE, List.of(chart, key));
        BoundingBox box = page.locator(chart).boundingBox();
        page.mouse()
                .click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
    }
}
