package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in the browser: a city supervisor of 贺州 (451100, no other test opens cases there) sees its counties'
 * cases in the charts and clicks a bar segment — on the canvas, where ECharts drew it — into the case list filtered by
 * that county and status.
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

    @LocalServerPort
    int port;

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
}
