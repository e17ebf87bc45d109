package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.CaseStages;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desk pages in the browser: a supervisor opens a case from the case list (enterprise by part of its name); a
 * deadline passes and the supervisor's badge shows the message, which opens the case; the enterprise uses the portal
 * end to end on a 390 × 844 phone. Counties of 宜春 (3609xx).
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class DeskPagesBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    ManagementService jobs;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_supervisor_opens_a_case_from_the_list_choosing_the_enterprise_by_name(Page page) {
        CaseWorld.World world = worlds.create("360902");
        CaseSteps steps = new CaseSteps(port, world);
        String name = steps.supervisor
                .get("/api/v1/enterprises/" + world.enterpriseUscc())
                .json()
                .path("name")
                .asText();

        WebSession.signIn(page, port, world.supervisor(), "/workbench");
        page.navigate(WebSession.base(port) + "/cases");
        page.locator("[data-test=case-open]").click();
        Locator dialog = page.locator("[data-test=open-case-dialog]");
        dialog.locator("[data-test=open-case-enterprise]").click();
        dialog.locator("[data-test=open-case-enterprise] input, input[data-test=open-case-enterprise]")
                .fill("测试水泥厂");
        page.locator("[data-test=enterprise-option-" + world.enterpriseUscc() + "]")
                .click();
        dialog.locator("[data-test=open-case-trigger]").click();
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText("投诉举报"))
                .click();
        dialog.locator("[data-test=open-case-reason] textarea, textarea[data-test=open-case-reason]")
                .fill("群众投诉该企业窑炉能耗异常");
        BrowserExtension.screenshot(page, "supervisor-opens-case");
        dialog.locator("[data-test=open-case-submit]").click();

        page.waitForURL(Pattern.compile(".*/cases/\\d+$"));
        assertThat(page.locator("[data-test=case-status]")).hasText("已立案");
        long caseId = Long.parseLong(page.url().replaceAll(".*/cases/", ""));
        JsonNode detail = steps.supervisor.get("/api/v1/cases/" + caseId).json();
        assertThat(detail.path("enterpriseUscc").asText()).isEqualTo(world.enterpriseUscc());
        assertThat(detail.path("trigger").asText()).isEqualTo("COMPLAINT");
        assertThat(steps.supervisor.get("/api/v1/cases/" + caseId + "/audit").body())
                .contains("群众投诉该企业窑炉能耗异常");

        page.navigate(WebSession.base(port) + "/cases");
        page.locator("[data-test=filter-enterprise] input, input[data-test=filter-enterprise]")
                .fill(name.substring(0, 8));
        page.locator("[data-test=case-search]").click();
        assertThat(page.locator("[data-test=case-table] .el-table__row")).hasCount(1);
    }

    @Test
    void a_deadline_passes_and_the_supervisors_badge_shows_the_message_which_opens_the_case(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseWorld.World world = worlds.create("360921");
        CaseSteps steps = new CaseSteps(port, world);
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        steps.ok(steps.inspect(125, Instant.parse("2026-06-01T02:30:00Z"), Instant.parse("2026-06-01T05:00:00Z")));
        String instance = runtime.createProcessInstanceQuery()
                .variableValueEquals("caseId", steps.caseId)
                .singleResult()
                .getId();
        WebSession.signIn(page, port, world.supervisor(), "/workbench");
        long before = Long.parseLong("0"
                + page.locator("[data-test=badge] sup").allTextContents().stream()
                        .findFirst()
                        .orElse("")
                        .replaceAll("\\D", ""));

        clock.set(Instant.parse("2026-06-17T02:00:00Z"));
        CaseSteps.fireAllDueTimers(jobs, instance);
        page.reload();
        assertThat(page.locator("[data-test=badge] sup")).isVisible();
        long after = Long.parseLong(
                page.locator("[data-test=badge] sup").textContent().replaceAll("\\D", ""));
        assertThat(after).isGreaterThan(before);
        BrowserExtension.screenshot(page, "supervisor-badge");
        page.locator("[data-test=badge-button]").click();
        page.waitForURL(Pattern.compile(".*/messages$"));
        Locator message = page.locator("[data-test=message-NOTICE_SERVICE_ESCALATED]");
        assertThat(message).containsText("整改通知书送达预警");
        message.click();
        page.waitForURL(Pattern.compile(".*/cases/" + steps.caseId + "$"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.TAB,
                        new Page.GetByRoleOptions().setName(Pattern.compile("通知记录")))
                .click();
        assertThat(page.locator("[data-test=case-notifications]")).containsText("整改通知书送达预警");
        BrowserExtension.screenshot(page, "case-told-supervisor");
    }

    @Test
    void the_enterprise_uses_the_portal_end_to_end_on_a_phone(Page page) throws Exception {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("360922"));
        CaseStages.awaitingAnswer(steps);
        page.setViewportSize(390, 844);

        WebSession.signIn(page, port, steps.world.enterpriseUser(), "/portal");
        noHorizontalOverflow(page);
        Locator card = page.locator("[data-test=portal-case-" + steps.caseId + "]");
        assertThat(card).isVisible();
        assertThat(card.boundingBox().width).isGreaterThan(300);
        card.click();
        assertThat(page.locator("[data-test=portal-status]")).hasText("整改中");
        noHorizontalOverflow(page);
        page.locator("[data-test=answer-text-1]").fill("已完成余热发电改造，熟料综合能耗降至 105 kgce/t。");
        page.locator("[data-test=evidence-input]").setInputFiles(new com.microsoft.playwright.options.FilePayload[] {
            new com.microsoft.playwright.options.FilePayload("现场照片.png", "image/png", CaseSteps.png())
        });
        assertThat(page.locator("[data-test=evidence-file][data-status=done]")).hasCount(1);
        Locator submit = page.locator("[data-test=answer-submit]");
        submit.scrollIntoViewIfNeeded();
        BoundingBox box = submit.boundingBox();
        assertThat(box.height).as("tap target").isGreaterThanOrEqualTo(44);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        BrowserExtension.screenshot(page, "portal-phone-answer");
        submit.click();
        assertThat(page.locator("[data-test=portal-status]")).hasText("企业已回复整改");
        noHorizontalOverflow(page);
        assertThat(steps.detail().path("status").asText()).isEqualTo("ANSWERED");

        page.navigate(WebSession.base(port) + "/public/campaigns");
        noHorizontalOverflow(page);
        BrowserExtension.screenshot(page, "public-phone");
    }

    private static void noHorizontalOverflow(Page page) {
        page.waitForLoadState();
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page wider than the phone").isLessThanOrEqualTo(390);
        List<?> tooSmall = (List<?>) page.evaluate("() => [...document.querySelectorAll('button:not([disabled])')]"
                + ".filter(b => b.offsetParent !== null && b.getBoundingClientRect().height < 44)"
                + ".map(b => b.textContent.trim())");
        assertThat(tooSmall).as("buttons shorter than 44 px").isEmpty();
    }
}
