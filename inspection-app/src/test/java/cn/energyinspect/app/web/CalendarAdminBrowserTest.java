package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 系统管理 → 节假日日历 in the browser: a province administrator enters 2027 from its State Council notice; a
 * weekday given as an adjusted workday is refused with the API's message under that date, and once corrected the year
 * is listed as entered by an administrator.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CalendarAdminBrowserTest {
    private static final String YEAR_2027 = "/api/v1/admin/calendar/years/2027";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    private String admin;

    @AfterEach
    void withdraw() {
        Api api = Api.as(port, admin);
        if ("ENTERED".equals(api.get(YEAR_2027).json().path("state").asText())) {
            api.delete(YEAR_2027);
        }
        clock.reset();
    }

    @Test
    void an_administrator_enters_2027_and_sees_it_listed(Page page) {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        admin = users.create(Role.PROVINCE_ADMIN, "330000");
        WebSession.signIn(page, port, admin, "/dashboard");

        Locator menu = page.locator("[data-test=side-menu]");
        menu.getByText("系统管理").click();
        menu.getByText("节假日日历").click();
        Locator years = page.locator("[data-test=calendar-years]");
        Locator row2027 = years.locator(".el-table__row", new Locator.LocatorOptions().setHasText("2027"));
        assertThat(row2027.locator("[data-test=calendar-year-state]")).hasText("未载入（暂按周末计算）");
        row2027.locator("[data-test=calendar-open-2027]").click();

        page.locator("[data-test=calendar-notice-number]").fill("国办发明电〔2026〕99号");
        pickDate(page.locator("[data-test=calendar-notice-date]"), "2026-11-20");
        page.locator("[data-test=calendar-add-day]").click();
        pickDate(page.locator("[data-test=day-date-0]"), "2027-01-01");
        page.locator("[data-test=day-name-0]").fill("元旦");
        page.locator("[data-test=calendar-add-day]").click();
        pickDate(page.locator("[data-test=day-date-1]"), "2027-01-04"); // a Monday cannot be an adjusted workday
        page.locator("[data-test=day-kind-1]").click();
        page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("调休上班"))
                .click();
        page.locator("[data-test=calendar-save]").click();

        assertThat(page.locator("[data-test=day-date-error-1]")).containsText("调休上班只能是周六或周日");
        assertThat(page.locator("[data-test=day-date-error-0]")).hasCount(0);
        BrowserExtension.screenshot(page, "calendar-year-field-error");

        pickDate(page.locator("[data-test=day-date-1]"), "2027-02-06"); // Saturday
        page.locator("[data-test=day-name-1]").fill("春节");
        page.locator("[data-test=calendar-save]").click();

        assertThat(row2027.locator("[data-test=calendar-year-state]")).hasText("管理员录入");
        assertThat(row2027).containsText("国办发明电〔2026〕99号");
        assertThat(row2027).containsText(admin);
        BrowserExtension.screenshot(page, "calendar-years-2027-entered");
    }

    /** Types a date into an Element Plus date picker and confirms it, as a person typing it does. */
    private static void pickDate(Locator picker, String isoDate) {
        Locator input = picker.locator("input");
        input.click();
        input.fill(isoDate);
        input.press("Enter");
    }
}
