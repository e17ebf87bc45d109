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
import com.microsoft.playwright.options.LoadState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supervisor in the browser: the workbench, the case list, a case's detail and approving its notice. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class SupervisorPagesBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_supervisor_finds_the_case_in_the_list_and_approves_its_rectification_notice(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        CaseStages.noticeAwaitingApproval(steps);
        String caseNumber = steps.detail().path("caseNumber").asText();

        WebSession.signIn(page, port, steps.world.supervisor(), "/workbench");
        assertThat(page.locator("[data-test=task-table]")).containsText("审批限期整改通知书");

        page.locator("[data-test=side-menu]").getByText("监察案件").click();
        page.locator("[data-test=filter-enterprise]").fill(steps.world.enterpriseUscc());
        page.locator("[data-test=case-search]").click();
        assertThat(page.locator("[data-test=case-table] .el-table__row")).hasCount(1);
        assertThat(page.locator("[data-test=case-table]")).containsText(caseNumber);
        page.locator("[data-test=case-link-" + steps.caseId + "]").click();

        assertThat(page.locator("[data-test=case-number]")).hasText(caseNumber);
        assertThat(page.locator("[data-test=case-status]")).hasText("整改通知书待审批");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.TAB,
                        new Page.GetByRoleOptions().setName("第1轮").setExact(true))
                .click();
        assertThat(page.locator("[data-test=round-1] [data-test=findings-table]"))
                .containsText("GB 16780-2021");
        page.locator("[data-test=step-Task_ApproveRectificationNotice]").click();
        assertThat(page.locator("[data-test=task-dialog]")).containsText("审批限期整改通知书");
        page.locator("[data-test=task-comment]").fill("同意，按期送达。");
        BrowserExtension.screenshot(page, "supervisor-approves-notice");
        page.locator("[data-test=task-submit]").click();

        assertThat(page.locator("[data-test=case-status]")).hasText("整改通知书已批准");
        BrowserExtension.screenshot(page, "supervisor-notice-approved");
        JsonNode after = steps.detail();
        assertThat(after.path("status").asText()).isEqualTo("NOTICE_APPROVED");
        List<String> open = new ArrayList<>();
        after.path("openSteps").forEach(s -> open.add(s.path("taskKey").asText()));
        assertThat(open).containsExactly("Task_ServeRectificationNotice");
        JsonNode tasks = steps.supervisor.get("/api/v1/tasks?size=200").json().path("items");
        tasks.forEach(t -> assertThat(t.path("caseId").asLong()).isNotEqualTo(steps.caseId));
    }

    /**
     * The team is chosen among the inspectors eligible on the visit date (valid 执法证, no 回避), never typed in: the one
     * whose certificate expired and the one who declared a conflict are not offered.
     */
    @Test
    void a_supervisor_assigns_the_team_from_the_inspectors_eligible_on_the_visit_date(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");

        WebSession.signIn(page, port, steps.world.supervisor(), "/workbench");
        page.locator("[data-test=open-task-Task_AssignTeam]").first().click();
        Locator dialog = page.locator("[data-test=task-dialog]");
        dialog.getByPlaceholder("选择日期").fill("2026-06-01");
        dialog.getByPlaceholder("选择日期").press("Enter");
        dialog.locator("[data-test=team-inspectors]").click();
        // people are offered by name and 执法证 number, never by login
        Locator options = page.locator(".el-select-dropdown__item:visible");
        assertThat(options.filter(new Locator.FilterOptions().setHasText(certificate(steps.world.inspector1()))))
                .hasCount(1);
        assertThat(options.filter(new Locator.FilterOptions().setHasText(certificate(steps.world.expiredInspector()))))
                .hasCount(0);
        assertThat(options.filter(
                        new Locator.FilterOptions().setHasText(certificate(steps.world.conflictedInspector()))))
                .hasCount(0);
        assertThat(options.filter(new Locator.FilterOptions().setHasText(steps.world.inspector1())))
                .hasCount(0);
        options.filter(new Locator.FilterOptions().setHasText(certificate(steps.world.inspector1())))
                .click();
        options.filter(new Locator.FilterOptions().setHasText(certificate(steps.world.inspector2())))
                .click();
        dialog.locator(".el-dialog__title").click();
        BrowserExtension.screenshot(page, "supervisor-assigns-team");
        dialog.locator("[data-test=task-submit]").click();
        assertThat(dialog).hasCount(0);

        JsonNode detail = steps.detail();
        assertThat(detail.path("status").asText()).isEqualTo("TEAM_ASSIGNED");
        assertThat(detail.path("team").findValuesAsText("username"))
                .containsExactlyInAnyOrder(steps.world.inspector1(), steps.world.inspector2());
    }

    /** How an inspector's 执法证 number is shown in the team choice: （证A12）, whole, so 证A1 does not match 证A12. */
    private String certificate(String username) {
        return "（"
                + jdbc.queryForObject("SELECT certificate_no FROM app_user WHERE username = ?", String.class, username)
                + "）";
    }

    /**
     * The statutory clock of each task, and the time to interactive of the workbench on this machine: from the start
     * of navigation (a fresh load of the page, with the session) to the task table rendered with its rows. The figures
     * go to target/browser-screenshots/metrics.txt.
     */
    @Test
    void the_workbench_shows_each_task_with_its_statutory_clock_overdue_in_red(Page page) throws IOException {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        CaseStages.inspected(steps);
        Set<String> loginAssets = new LinkedHashSet<>();
        java.util.function.Consumer<com.microsoft.playwright.Response> onLoginPage = r -> loginAssets.add(r.url());
        page.onResponse(onLoginPage);
        page.navigate(WebSession.base(port) + "/login");
        page.locator("[data-test=login-submit]").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.offResponse(onLoginPage);
        Set<String> workbenchAssets = new LinkedHashSet<>();
        page.onResponse(r -> workbenchAssets.add(r.url()));
        WebSession.signIn(page, port, steps.world.inspector1(), "/workbench");
        Locator draft = page.locator(
                "[data-test=task-table] .el-table__row", new Page.LocatorOptions().setHasText("起草限期整改通知书"));
        assertThat(draft.locator("[data-test=task-clock]")).containsText("剩余");
        assertThat(draft.locator("[data-test=task-clock]")).containsText("个工作日");
        // the enterprise by its name, which the task list reads for the whole page at once
        String enterpriseName = steps.detail().path("enterpriseName").asText();
        assertThat(enterpriseName).startsWith("测试水泥厂");
        assertThat(draft.locator("[data-test=task-enterprise]")).hasText(enterpriseName);
        JsonNode listed = steps.inspector1.get("/api/v1/tasks?size=200").json().path("items");
        assertThat(listed.findValuesAsText("enterpriseName")).contains(enterpriseName);

        // 20 days after the inspection the notice is overdue
        clock.set(Instant.parse("2026-06-25T02:00:00Z"));
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            page.navigate(WebSession.base(port) + "/workbench");
            page.locator("[data-test=task-table] .el-table__row").first().waitFor();
            samples.add(((Number) page.evaluate("() => performance.now()")).doubleValue());
        }
        assertThat(draft.locator("[data-test=task-clock]")).containsText("已逾期");
        assertThat(draft.locator("[data-test=task-clock]"))
                .hasClass(java.util.regex.Pattern.compile(".*el-tag--danger.*"));
        BrowserExtension.screenshot(page, "inspector-workbench-overdue");
        String line = String.format(
                "workbench time-to-interactive (navigation start -> task rows rendered), ms: %.0f, %.0f, %.0f%n"
                        + "first page JS+CSS, gzip -9: login page %.1f kB; workbench (direct load, all chunks) %.1f kB%n",
                samples.get(0), samples.get(1), samples.get(2), gzipKb(loginAssets), gzipKb(workbenchAssets));
        System.out.print("[browser-tests] " + line);
        Files.createDirectories(BrowserExtension.SCREENSHOTS);
        Files.writeString(
                BrowserExtension.SCREENSHOTS.resolve("metrics.txt"),
                line,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Gzip size (level 9) of the JS and CSS files among these addresses, as served from the built static folder. */
    static double gzipKb(Set<String> urls) throws IOException {
        long total = 0;
        for (String url : urls) {
            String path = URI.create(url).getPath();
            if (!path.startsWith("/assets/") || !(path.endsWith(".js") || path.endsWith(".css"))) {
                continue;
            }
            try (InputStream in = SupervisorPagesBrowserTest.class.getResourceAsStream("/static" + path)) {
                if (in == null) {
                    continue;
                }
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped) {
                    {
                        def.setLevel(9);
                    }
                }) {
                    in.transferTo(gzip);
                }
                total += zipped.size();
            }
        }
        return total / 1024.0;
    }
}
