package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.EnterpriseBuilder;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 in the browser: the enterprise applies and sees the ratio shortfall live, corrects the plan and submits;
 * the city passes it; the province publishes it; an objection is filed anonymously on the public page and dismissed
 * with reasons; after the 公示 the 公告 is issued and published. And a hold: an enterprise with an open case is told so.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class ApprovalBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_plan_is_applied_for_corrected_reviewed_published_objected_to_and_announced(Page page) {
        clock.set(OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant());
        CaseWorld.World world = worlds.create("330106");
        String city = users.create(Role.PROJECT_REVIEWER, "330100");
        String province = users.create(Role.PROJECT_REVIEWER, "330000");
        String base = WebSession.base(port);

        WebSession.signIn(page, port, world.enterpriseUser(), "/portal");
        page.navigate(base + "/approvals");
        page.locator("[data-test=new-capacity]").click();
        page.locator("[data-test=plan-title]").fill("西子水泥熟料产能置换方案");
        page.locator("[data-test=plan-region]").fill("330106");
        page.locator("[data-test=plan-new-line]").fill("4500t/d熟料新型干法生产线");
        page.locator("[data-test=plan-new-capacity]").fill("1000000");
        page.locator("[data-test=plan-start]").fill("2026-09-30");
        page.locator("[data-test=exit-owner-0]").fill("浙江测试建材有限公司");
        page.locator("[data-test=exit-uscc-0]").fill(EnterpriseBuilder.freshUscc("330106"));
        page.locator("[data-test=exit-name-0]").fill("2号熟料生产线");
        page.locator("[data-test=exit-capacity-0]").fill("1500000");
        page.locator("[data-test=exit-region-0]").fill("330106");
        page.locator("[data-test=exit-permit-0]").fill("91330106PW0001");

        // the live pre-check: 长三角 2 : 1, 1.5 : 1 falls 500,000 short
        assertThat(page.locator("[data-test=precheck-decision]")).hasText("不符合置换要求");
        assertThat(page.locator("[data-test=precheck-shortfall]")).containsText("500000");
        BrowserExtension.screenshot(page, "approval-precheck-shortfall");
        page.locator("[data-test=plan-submit]").click();
        assertThat(page.locator(".el-message--warning")).containsText("置换比例不足");

        page.locator("[data-test=exit-capacity-0]").fill("2000000");
        page.locator("[data-test=plan-new-line]").click();
        assertThat(page.locator("[data-test=precheck-decision]")).hasText("符合置换要求");
        page.locator("[data-test=plan-submit]").click();
        page.waitForURL(Pattern.compile(".*/approvals/\\d+$"));
        assertThat(page.locator("[data-test=approval-status]")).hasText("市级初审中");
        String id = page.url().replaceAll(".*/approvals/", "");

        // the city passes it
        page.context().clearCookies();
        WebSession.signIn(page, port, city, "/approvals");
        page.navigate(base + "/approvals/" + id);
        page.locator("[data-test=action-CITY_REVIEW]").click();
        page.locator("[data-test=step-outcome-PASS]").click();
        page.locator("[data-test=step-send]").click();
        assertThat(page.locator("[data-test=approval-status]")).hasText("省级审核中");

        // the province publishes it
        page.context().clearCookies();
        WebSession.signIn(page, port, province, "/approvals");
        page.navigate(base + "/approvals/" + id);
        page.locator("[data-test=action-PROVINCE_REVIEW]").click();
        page.locator("[data-test=step-send]").click();
        assertThat(page.locator("[data-test=approval-status]")).hasText("公示中");
        String number = page.locator("h3.section-title")
                .first()
                .innerText()
                .split(" ")[0]
                .strip();

        // anyone objects on the public page, without an account
        page.context().clearCookies();
        page.navigate(base + "/public/approvals");
        page.locator("[data-test=public-approval-" + number + "]").click();
        assertThat(page.locator("[data-test=public-period]")).containsText("2026-03-02 至 2026-03-06（5个工作日）");
        page.locator("[data-test=objection-name]").fill("匿名群众");
        page.locator("[data-test=objection-contact]").fill("13800000000");
        page.locator("[data-test=objection-reasons]").fill("该生产线早已停产多年，产能不实");
        page.locator("[data-test=objection-files]")
                .setInputFiles(new FilePayload[] {new FilePayload("现场照片.png", "image/png", png())});
        page.locator("[data-test=objection-send]").click();
        assertThat(page.locator("[data-test=objection-receipt]")).containsText("回执号 YY20260302-");
        BrowserExtension.screenshot(page, "approval-objection-receipt");

        // the province dismisses it with reasons
        WebSession.signIn(page, port, province, "/approvals");
        page.navigate(base + "/approvals/" + id);
        Locator verify = page.locator("[data-test^=objection-verify-]");
        verify.click();
        page.locator("[data-test=verify-unfounded]").click();
        page.locator("[data-test=step-reasons]").fill("经现场核查，该生产线2025年仍在生产，产能属实");
        page.locator("[data-test=step-send]").click();
        assertThat(page.locator("[data-test^=objection-status-]")).hasText("异议不成立");

        // the 公示 ends after Friday 03-06; the province approves and the 公告 is published
        clock.set(OffsetDateTime.parse("2026-03-09T09:00:00+08:00").toInstant());
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("cr-" + id)
                .list()
                .forEach(pi -> CaseSteps.fireDueTimers(jobs, pi.getId()));
        page.context().clearCookies();
        WebSession.signIn(page, port, province, "/approvals");
        page.navigate(base + "/approvals/" + id);
        page.locator("[data-test=action-DECIDE]").click();
        page.locator("[data-test=step-outcome-APPROVE]").click();
        page.locator("[data-test=step-send]").click();
        assertThat(page.locator("[data-test=approval-status]")).hasText("已批准（后续跟踪）");
        assertThat(page.locator("[data-test=approval-documents]")).containsText("产能置换方案公告");
        assertThat(page.locator("[data-test=approval-documents]")).containsText("产能置换方案批复");

        page.context().clearCookies();
        page.navigate(base + "/public/approvals");
        assertThat(page.locator("[data-test=public-decisions]")).containsText("西子水泥熟料产能置换方案");
        BrowserExtension.screenshot(page, "approval-decisions-published");
    }

    @Test
    void an_enterprise_with_an_open_case_is_told_it_is_held(Page page) {
        clock.set(OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant());
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        String caseNumber = steps.open("MANUAL").path("caseNumber").asText();
        Map<String, Object> plan = new java.util.LinkedHashMap<>();
        plan.put("title", "被暂停办理的方案");
        plan.put("industry", "CEMENT_CLINKER");
        Api enterprise = Api.as(port, steps.world.enterpriseUser());
        long id = enterprise
                .post("/api/v1/approvals/capacity-replacement", plan)
                .json()
                .path("id")
                .asLong();

        WebSession.signIn(page, port, steps.world.enterpriseUser(), "/portal");
        page.navigate(WebSession.base(port) + "/approvals/" + id);

        assertThat(page.locator("[data-test=approval-holds]")).containsText("暂停办理");
        assertThat(page.locator("[data-test=approval-holds]")).containsText(caseNumber);
        assertThat(caseNumber).isNotBlank();
    }

    private static byte[] png() {
        try {
            return CaseSteps.png();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
