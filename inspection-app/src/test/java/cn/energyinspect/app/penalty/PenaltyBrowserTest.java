package cn.energyinspect.app.penalty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.PenaltySteps;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A penalty in the browser, from the decision to the repair: the enterprise states its case on the portal; the
 * supervisor decides in the form that shows the article's fine range and the agency's earlier decision on the same
 * article, and publishes the record; anyone finds it on 行政处罚信息公示 (without the legal representative's identity
 * number); the enterprise applies for credit repair once its conditions are met, the supervisor accepts, and the
 * record leaves the public page.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class PenaltyBrowserTest {
    static final String ID_NUMBER = "110101199003074514";

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
    void decided_in_the_form_published_found_by_anyone_and_repaired(Page page) throws Exception {
        clock.set(Instant.parse("2026-08-03T01:00:00Z")); // Monday
        CaseWorld.World world = worlds.create("330106");
        PenaltySteps earlier = new PenaltySteps(port, world, runtime, jobs);
        earlier.configureAuthority();
        PenaltySteps steps = new PenaltySteps(port, world, runtime, jobs);
        toNotice(earlier, 120_000, null);
        toNotice(steps, 150_000, ID_NUMBER);

        // the enterprise reads its 告知书 and states its case on the portal
        WebSession.signIn(page, port, world.enterpriseUser(), "/portal");
        page.navigate(WebSession.base(port) + "/portal/penalties");
        page.locator("[data-test=portal-penalty-" + steps.penaltyId + "]").click();
        assertThat(page.locator("[data-test=portal-penalty-documents]")).containsText("行政处罚事先告知书");
        page.locator("[data-test=portal-statement]").fill("我公司已启动余热发电改造，恳请从轻处罚。");
        page.locator("[data-test=portal-statement-submit]").click();
        assertThat(page.locator("text=我公司已启动余热发电改造，恳请从轻处罚。")).isVisible();

        // 11 August: the periods are over; the earlier case is decided at 120 000 元
        clock.set(Instant.parse("2026-08-11T01:00:00Z"));
        earlier.signIn();
        steps.signIn();
        earlier.fireDueTimers();
        steps.fireDueTimers();
        PenaltySteps.ok(earlier.decide(120_000, "GENERAL"));
        String precedent =
                earlier.detail().path("decision").path("decisionNumber").asText();

        // the supervisor's workbench points to the penalty tasks; the decision form shows the range of Art. 83 and the
        // precedent
        page.context().clearCookies();
        WebSession.signIn(page, port, world.supervisor(), "/workbench");
        Locator penaltyTasks = page.locator("[data-test=workbench-penalty-tasks]");
        assertThat(penaltyTasks).containsText("行政处罚待办");
        penaltyTasks.click();
        page.locator("[data-test=penalty-task-Task_Decide]").click();
        Locator dialog = page.locator("[data-test=penalty-task-dialog]");
        assertThat(dialog.locator("[data-test=decision-range]")).hasText("100,000 – 300,000 元");
        assertThat(dialog.locator("[data-test=decision-precedent-stats]")).containsText("1 件");
        assertThat(dialog.locator("[data-test=decision-precedents]")).containsText(precedent);
        assertThat(dialog.locator("[data-test=decision-precedents]")).containsText("120,000");
        assertThat(dialog).containsText("我公司已启动余热发电改造");
        Locator fine = dialog.locator("[data-test=decide-fine] input");
        fine.fill("350000");
        fine.blur();
        assertThat(dialog.locator("[data-test=decide-fine-out-of-range]")).isVisible();
        fine.fill("150000");
        fine.blur();
        assertThat(dialog.locator("[data-test=decide-fine-out-of-range]")).hasCount(0);
        dialog.locator("[data-test=decide-reasons]").fill("当事人陈述已启动改造，但未在期限内完成整改，不足以从轻处罚。");
        assertThat(dialog.locator("[data-test=decide-window]")).containsText("国家发展改革委令第36号");
        BrowserExtension.screenshot(page, "penalty-decision-form");
        dialog.locator("[data-test=penalty-task-submit]").click();
        assertThat(dialog).isHidden();

        page.navigate(WebSession.base(port) + "/penalties/" + steps.penaltyId);
        assertThat(page.locator("[data-test=penalty-status]")).hasText("已作出处罚决定");
        JsonNode decision = steps.detail().path("decision");
        assertThat(decision.path("fineYuan").asLong()).isEqualTo(150_000);
        String number = decision.path("decisionNumber").asText();
        page.locator("text=处罚决定与信用记录").click();
        assertThat(page.locator("[data-test=penalty-decision-number]")).hasText(number);
        assertThat(page.locator("[data-test=penalty-record]")).containsText("行政相对人名称");

        // served the next day; published the day after, on the case page
        clock.set(Instant.parse("2026-08-12T01:00:00Z"));
        steps.signIn();
        steps.serveDecision(LocalDate.of(2026, 8, 12));
        clock.set(Instant.parse("2026-08-13T02:00:00Z"));
        steps.signIn();
        page.context().clearCookies();
        WebSession.signIn(page, port, world.supervisor(), "/workbench");
        page.navigate(WebSession.base(port) + "/penalties/" + steps.penaltyId);
        page.locator("[data-test=penalty-step-Task_PublishRecord]").click();
        dialog.locator("[data-test=penalty-task-submit]").click();
        assertThat(dialog).isHidden();
        page.locator("text=公示与推送").click();
        assertThat(page.locator("[data-test=penalty-publication-status]")).hasText("公示中");
        assertThat(page.locator("[data-test=penalty-publication]")).containsText("第 2 个工作日");
        assertThat(page.locator("[data-test=penalty-pushes]")).containsText("待推送");

        // anyone finds it by the enterprise's code; the identity number is nowhere on the page
        page.context().clearCookies();
        page.navigate(WebSession.base(port) + "/public/penalties");
        page.locator("[data-test=public-penalty-query]").fill(world.enterpriseUscc());
        page.locator("[data-test=public-penalty-search]").click();
        Locator table = page.locator("[data-test=public-penalties]");
        assertThat(table).containsText(number);
        page.locator("[data-test=public-penalty-" + steps.penaltyId + "]").click();
        Locator shown = page.locator("[data-test=public-penalty-detail]");
        assertThat(shown).containsText("行政相对人名称");
        assertThat(shown).containsText(world.enterpriseUscc());
        assertThat(shown).not().containsText(ID_NUMBER);
        assertThat(page.content()).doesNotContain(ID_NUMBER);
        BrowserExtension.screenshot(page, "penalty-public-page");

        // paid and confirmed; the works rectified in a new inspection (整改复查意见书)
        steps.payAndConfirm(150_000, LocalDate.of(2026, 8, 13));
        clock.set(Instant.parse("2026-09-01T02:00:00Z"));
        steps.signIn();
        String opinion = steps.rectified(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 30));

        // before the minimum period the portal says what is missing; on 11 November the enterprise applies
        page.context().clearCookies();
        WebSession.signIn(page, port, world.enterpriseUser(), "/portal");
        page.navigate(WebSession.base(port) + "/portal/penalties/" + steps.penaltyId);
        assertThat(page.locator("[data-test=portal-repair-missing]")).containsText("最短公示期满（2026-11-11）");
        assertThat(page.locator("[data-test=portal-repair-form]")).hasCount(0);

        clock.set(Instant.parse("2026-11-11T02:00:00Z"));
        steps.signIn();
        page.context().clearCookies();
        WebSession.signIn(page, port, world.enterpriseUser(), "/portal");
        page.navigate(WebSession.base(port) + "/portal/penalties/" + steps.penaltyId);
        assertThat(page.locator("[data-test=portal-repair-conditions]")).containsText(opinion);
        page.locator("[data-test=portal-repair-commitment]").fill("本单位承诺所提交材料真实有效，如有不实愿承担相应责任。");
        page.locator("[data-test=portal-repair-submit]").click();
        assertThat(page.locator("[data-test=portal-repair-form]")).containsText("信用承诺须公开作出");
        page.locator("[data-test=portal-repair-public]").click();
        page.locator("[data-test=portal-repair-submit]").click();
        assertThat(page.locator("text=待审核").first()).isVisible();

        // the supervisor accepts: the publication ends, the record leaves the public page
        page.context().clearCookies();
        WebSession.signIn(page, port, world.supervisor(), "/workbench");
        page.navigate(WebSession.base(port) + "/penalties/" + steps.penaltyId);
        page.locator("[data-test=penalty-step-Task_ReviewRepair]").click();
        assertThat(dialog).containsText(opinion);
        dialog.locator("[data-test=penalty-task-submit]").click();
        assertThat(dialog).isHidden();
        page.locator("text=公示与推送").click();
        assertThat(page.locator("[data-test=penalty-publication-status]")).hasText("已信用修复");
        BrowserExtension.screenshot(page, "penalty-repaired");

        page.context().clearCookies();
        page.navigate(WebSession.base(port) + "/public/penalties");
        page.locator("[data-test=public-penalty-query]").fill(world.enterpriseUscc());
        page.locator("[data-test=public-penalty-search]").click();
        assertThat(table).not().containsText(number);
        assertThat(steps.detail().path("repairs").get(0).path("status").asText())
                .isEqualTo("ACCEPTED");
    }

    /** Opened by hand, registered, investigated, reviewed at {@code fineYuan} and its 告知书 served today. */
    private static void toNotice(PenaltySteps steps, long fineYuan, String idNumber) {
        steps.openByHand("EL83");
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("registered", true);
        registration.put("articleCode", "EL83");
        registration.put("opinion", "符合立案条件，同意立案");
        registration.put("legalRepresentative", "王建国");
        if (idNumber != null) {
            registration.put("legalRepresentativeIdType", "01");
            registration.put("legalRepresentativeIdNumber", idNumber);
        }
        PenaltySteps.ok(steps.complete(steps.supervisor, "Task_RegisterPenaltyCase", registration));
        steps.investigate();
        PenaltySteps.ok(steps.review(fineYuan));
        steps.serveNotice(LocalDate.of(2026, 8, 3));
    }
}
