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
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case's pages as its people use them: the supervisor moves a visit, two supervisors meet on one group task, a
 * re-inspected case reads round by round, and nothing a person reads is a code name or a login.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CasePagesBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_supervisor_reschedules_the_visit_with_a_reason_and_the_served_notice_is_kept_as_superseded(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("MANUAL");
        steps.assignTeamAndServeNotice("2026-06-08", "2026-06-01");

        WebSession.signIn(page, port, steps.world.supervisor(), "/workbench");
        page.navigate(WebSession.base(port) + "/cases/" + steps.caseId);
        assertThat(page.locator("[data-test=case-status]")).hasText("已送达监察通知书");
        page.locator("[data-test=reschedule-open]").click();
        Locator dialog = page.locator("[data-test=reschedule-dialog]");
        dialog.getByPlaceholder("选择日期").fill("2026-06-15");
        dialog.getByPlaceholder("选择日期").press("Enter");
        dialog.locator(".el-dialog__title").click();
        // the reason is required: the server's field error stands next to the field, nothing moves
        dialog.locator("[data-test=reschedule-submit]").click();
        assertThat(dialog.locator(".el-form-item.is-error")).containsText("必填");
        assertThat(steps.detail().path("visitDate").asText()).isEqualTo("2026-06-08");

        dialog.locator("[data-test=reschedule-reason]").fill("企业主要负责人出差，申请改期");
        dialog.locator("[data-test=reschedule-submit]").click();
        assertThat(dialog).isHidden();
        assertThat(page.locator("[data-test=visit-date]")).hasText("2026-06-15");
        assertThat(page.locator("[data-test=case-status]")).hasText("已组成监察组");
        // the team serves a new notice for the new date: the step waits for it
        assertThat(page.locator("[data-test=open-step-Task_ServeInspectionNotice]"))
                .hasText("待办：送达节能监察通知书");

        tab(page, "执法文书").click();
        Locator old = page.locator("#pane-documents [data-test=documents-table] .el-table__row.superseded");
        assertThat(old).hasCount(1);
        assertThat(old).containsText("节能监察通知书");
        assertThat(old.locator("[data-test=document-status]")).containsText("已作废");
        tab(page, "改期与撤销").click();
        assertThat(page.locator("[data-test=reschedules-table]")).containsText("企业主要负责人出差，申请改期");
        assertThat(page.locator("[data-test=reschedules-table]")).containsText("2026-06-08");
        BrowserExtension.screenshot(page, "supervisor-rescheduled-visit");

        JsonNode moved = steps.detail();
        assertThat(moved.path("visitDate").asText()).isEqualTo("2026-06-15");
        assertThat(moved.path("documents").get(0).path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(steps.task(steps.inspector1, "Task_ServeInspectionNotice")).isNotBlank();
    }

    @Test
    void a_task_one_supervisor_claimed_in_the_workbench_is_refused_to_another_naming_the_holder(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        String colleague = worlds.anotherSupervisor(steps.world);
        CaseStages.noticeAwaitingApproval(steps);
        String holder = steps.supervisor
                .get("/api/v1/auth/me")
                .json()
                .path("displayName")
                .asText();

        // the colleague opens the approval first
        Browser browser = page.context().browser();
        try (BrowserContext otherContext = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1440, 900))) {
            Page other = otherContext.newPage();
            WebSession.signIn(other, port, colleague, "/workbench");
            other.locator("[data-test=open-task-Task_ApproveRectificationNotice]")
                    .click();
            Locator otherDialog = other.locator("[data-test=task-dialog]");
            assertThat(otherDialog.locator("[data-test=task-holder]")).containsText("组内待认领");

            // the supervisor claims it in the workbench
            WebSession.signIn(page, port, steps.world.supervisor(), "/workbench");
            page.locator("[data-test=claim-task-Task_ApproveRectificationNotice]")
                    .click();
            assertThat(page.locator("[data-test=task-holder-Task_ApproveRectificationNotice]"))
                    .containsText("我已认领");
            JsonNode claimed = steps.supervisor
                    .get("/api/v1/tasks/" + steps.task(steps.supervisor, "Task_ApproveRectificationNotice"))
                    .json();
            assertThat(claimed.path("claimedByMe").asBoolean()).isTrue();

            // the colleague's approval is refused, naming who holds the task, and nothing changes
            otherDialog.locator("[data-test=task-comment]").fill("同意");
            otherDialog.locator("[data-test=task-submit]").click();
            assertThat(otherDialog.locator("[data-test=task-conflict]")).containsText("已由" + holder + "认领");
            BrowserExtension.screenshot(other, "colleague-refused-claimed-task");
            assertThat(steps.detail().path("status").asText()).isEqualTo("NOTICE_DRAFTED");

            // the holder reads the draft before approving it, then gives the task back to the group
            page.locator("[data-test=open-task-Task_ApproveRectificationNotice]")
                    .click();
            Locator dialog = page.locator("[data-test=task-dialog]");
            assertThat(dialog.locator("[data-test=task-holder]")).containsText("我已认领");
            dialog.locator("[data-test=draft-preview]").click();
            assertThat(page.locator("[data-test=draft-dialog] [data-test=pdf-frame]"))
                    .isVisible();
            BrowserExtension.screenshot(page, "supervisor-previews-draft");
            page.locator("[data-test=draft-dialog] .el-dialog__headerbtn").click();
            dialog.locator("[data-test=task-release]").click();
            assertThat(dialog.locator("[data-test=task-holder]")).containsText("组内待认领");
            assertThat(steps.supervisor
                            .get("/api/v1/tasks/" + steps.task(steps.supervisor, "Task_ApproveRectificationNotice"))
                            .json()
                            .path("assignee")
                            .isNull())
                    .isTrue();
        }
    }

    /** 撤销立案 asked in the case page and refused in the task form: a refusal needs its reason, shown at the field. */
    @Test
    void a_withdrawal_asked_in_the_case_page_is_refused_with_the_reason_the_form_requires(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        CaseSteps.ok(steps.assignTeam("2026-06-01"));

        WebSession.signIn(page, port, steps.world.supervisor(), "/workbench");
        page.navigate(WebSession.base(port) + "/cases/" + steps.caseId);
        page.locator("[data-test=withdrawal-open]").click();
        Locator ask = page.locator("[data-test=withdrawal-dialog]");
        ask.locator("[data-test=withdrawal-submit]").click();
        assertThat(ask.locator(".el-form-item.is-error")).containsText("必填");
        ask.locator("[data-test=withdrawal-reason]").fill("举报线索不实，企业已停产注销");
        ask.locator("[data-test=withdrawal-submit]").click();
        assertThat(ask).isHidden();
        assertThat(page.locator("[data-test=withdrawal-open]")).hasCount(0);

        page.locator("[data-test=step-Task_ApproveWithdrawal]").click();
        Locator dialog = page.locator("[data-test=task-dialog]");
        assertThat(dialog.locator("[data-test=withdrawal-request]")).containsText("举报线索不实，企业已停产注销");
        dialog.locator("[data-test=withdrawal-choice]").getByText("不同意").click();
        dialog.locator("[data-test=task-submit]").click();
        assertThat(dialog.locator(".el-form-item.is-error")).containsText("必填");
        assertThat(steps.detail().path("withdrawals").get(0).path("approved").isNull())
                .isTrue();
        dialog.locator("[data-test=task-comment]").fill("需先现场核实");
        dialog.locator("[data-test=task-submit]").click();
        assertThat(dialog).hasCount(0);

        assertThat(page.locator("[data-test=case-status]")).hasText("已组成监察组");
        tab(page, "改期与撤销").click();
        assertThat(page.locator("[data-test=withdrawals-table]")).containsText("不同意");
        assertThat(page.locator("[data-test=withdrawals-table]")).containsText("需先现场核实");
        BrowserExtension.screenshot(page, "supervisor-refused-withdrawal");
        JsonNode refused = steps.detail().path("withdrawals").get(0);
        assertThat(refused.path("approved").asBoolean(true)).isFalse();
    }

    @Test
    void a_reinspected_case_shows_its_second_round_with_its_own_findings(Page page) {
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        CaseStages.reinspectedAndClosed(steps, clock);
        JsonNode rounds = steps.detail().path("rounds");
        assertThat(rounds).hasSize(2);
        String secondFinding =
                rounds.get(1).path("findings").get(0).path("description").asText();
        String overQuota = rounds.get(0).path("findings").findValuesAsText("description").stream()
                .filter(d -> d.startsWith("熟料单位产品综合能耗"))
                .findFirst()
                .orElseThrow();

        WebSession.signIn(page, port, steps.world.supervisor(), "/workbench");
        page.navigate(WebSession.base(port) + "/cases/" + steps.caseId);
        assertThat(page.locator("[data-test=case-status]")).hasText("已结案");
        assertThat(page.locator("[data-test=case-round]")).hasText("第2轮（复查）");

        tab(page, "第1轮").click();
        Locator first = page.locator("[data-test=round-1]");
        assertThat(first.locator("[data-test=findings-table] .el-table__body .el-table__row"))
                .hasCount(2);
        assertThat(first.locator("[data-test=findings-table]")).containsText("熟料单位产品综合能耗");
        assertThat(first.locator("[data-test=round-answer]")).containsText("需现场复查");

        tab(page, "第2轮（复查）").click();
        Locator second = page.locator("[data-test=round-2]");
        assertThat(second.locator("[data-test=findings-table] .el-table__body .el-table__row"))
                .hasCount(1);
        assertThat(second.locator("[data-test=findings-table]")).containsText(secondFinding);
        assertThat(second.locator("[data-test=findings-table]")).not().containsText(overQuota);
        assertThat(second.locator("[data-test=findings-table]")).not().containsText("超过单位产品能耗限额");
        assertThat(second.locator("[data-test=round-statement]")).containsText("第二轮陈述");
        assertThat(second.locator("[data-test=round-answer]")).containsText("整改合格");
        assertThat(second.locator("[data-test=documents-table]")).containsText("整改复查意见书");
        assertThat(second.locator("[data-test=documents-table]")).not().containsText("节能监察通知书");
        BrowserExtension.screenshot(page, "case-second-round");

        // the enterprise reads both rounds too, each with its own findings and the status of each answer
        page.context().clearCookies();
        WebSession.signIn(page, port, steps.world.enterpriseUser(), "/portal");
        page.navigate(WebSession.base(port) + "/portal/cases/" + steps.caseId);
        Locator portalSecond = page.locator("[data-test=portal-round-2]");
        assertThat(portalSecond.locator("[data-test=finding-card]")).hasCount(1);
        assertThat(portalSecond.locator("[data-test=answer-status]")).containsText("整改合格");
        tab(page, "第1轮").click();
        Locator portalFirst = page.locator("[data-test=portal-round-1]");
        assertThat(portalFirst.locator("[data-test=finding-card]")).hasCount(2);
        assertThat(portalFirst.locator("[data-test=portal-extension]")).containsText("已同意");
        BrowserExtension.screenshot(page, "portal-first-round");
    }

    @Test
    void no_page_of_a_finished_case_shows_a_code_name_or_a_login(Page page) {
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        CaseStages.reinspectedAndClosed(steps, clock);
        JsonNode detail = steps.detail();
        assertThat(detail.path("status").asText()).isEqualTo("CLOSED");
        // the case's own records carry the codes the pages must translate
        assertThat(detail.path("findings").findValuesAsText("confidence")).contains("THIRD_PARTY");
        assertThat(steps.supervisor
                        .get("/api/v1/cases/" + steps.caseId + "/audit")
                        .body())
                .contains("CEMENT_CLINKER", steps.world.inspector1(), steps.world.enterpriseUser());
        List<String> forbidden = List.of(
                "CEMENT_CLINKER",
                "COMPREHENSIVE_ENERGY",
                "THIRD_PARTY",
                "UNCONFIRMED",
                "OVER_QUOTA",
                "Task_",
                "未知（",
                steps.world.supervisor(),
                steps.world.inspector1(),
                steps.world.inspector2(),
                steps.world.enterpriseUser());

        WebSession.signIn(page, port, steps.world.supervisor(), "/workbench");
        List<String> read = new ArrayList<>();
        page.navigate(WebSession.base(port) + "/cases/" + steps.caseId);
        assertThat(page.locator("[data-test=case-status]")).hasText("已结案");
        read.addAll(everyTab(page));
        String caseText = String.join("\n", read);
        assertThat(caseText).contains("第三方转录", "熟料单位产品综合能耗", "整改完成结案");
        page.navigate(WebSession.base(port) + "/cases?enterprise=" + steps.world.enterpriseUscc());
        assertThat(page.locator("[data-test=case-table] .el-table__row")).hasCount(1);
        read.add(page.locator("body").innerText());

        page.context().clearCookies();
        WebSession.signIn(page, port, steps.world.enterpriseUser(), "/portal");
        read.add(page.locator("body").innerText());
        page.navigate(WebSession.base(port) + "/portal/cases/" + steps.caseId);
        assertThat(page.locator("[data-test=portal-status]")).hasText("已结案");
        read.addAll(everyTab(page));
        BrowserExtension.screenshot(page, "portal-finished-case");

        String text = String.join("\n", read);
        for (String code : forbidden) {
            assertThat(text).as("the pages show no %s", code).doesNotContain(code);
        }
    }

    /** The visible text of the page with each of its tabs open in turn. */
    private static List<String> everyTab(Page page) {
        List<String> texts = new ArrayList<>();
        Locator tabs = page.getByRole(AriaRole.TAB);
        int count = tabs.count();
        assertThat(count).isPositive();
        for (int i = 0; i < count; i++) {
            tabs.nth(i).click();
            assertThat(tabs.nth(i)).hasAttribute("aria-selected", "true");
            texts.add(page.locator("body").innerText());
        }
        return texts;
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
    }
}
