package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Jurisdiction in the pages: a city supervisor sees its counties' cases and never another city's. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CitySupervisorBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Test
    void a_city_supervisor_sees_the_cases_of_its_counties_and_not_another_citys(Page page) {
        CaseSteps xihu = new CaseSteps(port, worlds.create("330106"));
        xihu.open("COMPLAINT");
        CaseSteps haishu = new CaseSteps(port, worlds.create("330203"));
        haishu.open("COMPLAINT");
        String hangzhou = users.create(Role.SUPERVISOR, "330100");

        WebSession.signIn(page, port, hangzhou, "/workbench");
        page.locator("[data-test=user-menu]").click();
        assertThat(page.getByText("辖区：杭州市（330100）")).isVisible();
        page.keyboard().press("Escape");

        page.navigate(WebSession.base(port) + "/cases?enterprise=" + xihu.world.enterpriseUscc());
        assertThat(page.locator("[data-test=case-table] .el-table__row")).hasCount(1);
        assertThat(page.locator("[data-test=case-table]")).containsText("西湖区");
        BrowserExtension.screenshot(page, "city-supervisor-own-county");

        page.navigate(WebSession.base(port) + "/cases?enterprise=" + haishu.world.enterpriseUscc());
        assertThat(page.locator("[data-test=case-table]")).containsText("没有符合条件的案件");
        assertThat(page.locator("[data-test=case-table] .el-table__row")).hasCount(0);

        page.navigate(WebSession.base(port) + "/cases/" + haishu.caseId);
        assertThat(page.locator("[data-test=case-failure]")).containsText("案件不存在或不在您的管辖范围内");
        assertThat(page.locator("body")).not().containsText(haishu.world.enterpriseUscc());
        BrowserExtension.screenshot(page, "city-supervisor-other-city-refused");
    }
}
