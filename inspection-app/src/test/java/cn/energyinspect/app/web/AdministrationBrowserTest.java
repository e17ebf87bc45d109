package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.drawing.DrawWorld;
import cn.energyinspect.app.campaign.drawing.DrawWorlds;
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
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 系统管理 in the browser: an administrator adds an inspector with a 执法证 who is offered for a team until the
 * certificate expires; an inspector declares a 回避 that its supervisor approves, and the draw keeps them apart; a
 * template version is published and the next case uses it. Regions of 吉安 (3608xx).
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class AdministrationBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    DrawWorlds drawWorlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_administrator_adds_an_inspector_with_a_certificate_who_is_offered_until_it_expires(Page page) {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        CaseWorld.World world = worlds.create("360802");
        CaseSteps steps = new CaseSteps(port, world);
        steps.open("MANUAL");
        String admin = users.create(Role.PROVINCE_ADMIN, "360000");
        String username = "ja-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String agencyName = Api.as(port, admin).get("/api/v1/admin/agencies").json().findValues("name").stream()
                .map(JsonNode::asText)
                .filter(n -> n.contains("360802"))
                .findFirst()
                .orElseThrow();

        WebSession.signIn(page, port, admin, "/dashboard");
        page.navigate(WebSession.base(port) + "/admin/users");
        page.locator("[data-test=user-new]").click();
        Locator dialog = page.locator("[data-test=user-dialog]");
        dialog.locator("[data-test=user-username] input, input[data-test=user-username]")
                .fill(username);
        dialog.locator("[data-test=user-display-name] input, input[data-test=user-display-name]")
                .fill("吴新证");
        dialog.locator("[data-test=user-agency]").click();
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText(agencyName))
                .first()
                .click();
        dialog.locator("[data-test=user-save]").click();
        assertThat(page.locator("[data-test=temporary-password]")).hasText(java.util.regex.Pattern.compile("\\w{16}"));
        page.locator("[data-test=temporary-password-dialog] .el-button--primary")
                .click();

        page.locator("[data-test=user-filter-q] input, input[data-test=user-filter-q]")
                .fill(username);
        page.locator("[data-test=user-search]").click();
        page.locator("[data-test=user-credentials-" + username + "]").click();
        Locator form = page.locator("[data-test=credential-form]");
        String number = "赣吉" + System.nanoTime() % 1_000_000;
        form.locator("[data-test=credential-number] input, input[data-test=credential-number]")
                .fill(number);
        form.locator("[data-test=credential-authority] input, input[data-test=credential-authority]")
                .fill("江西省人民政府");
        form.locator("[data-test=credential-from] input, input[data-test=credential-from]")
                .fill("2026-01-01");
        form.locator("[data-test=credential-from] input, input[data-test=credential-from]")
                .press("Enter");
        form.locator("[data-test=credential-to] input, input[data-test=credential-to]")
                .fill("2025-12-31");
        form.locator("[data-test=credential-to] input, input[data-test=credential-to]")
                .press("Enter");
        form.locator("[data-test=credential-save]").click();
        assertThat(form).containsText("有效期止不能早于有效期起");
        form.locator("[data-test=credential-to] input, input[data-test=credential-to]")
                .fill("2026-06-30");
        form.locator("[data-test=credential-to] input, input[data-test=credential-to]")
                .press("Enter");
        form.locator("[data-test=credential-save]").click();
        assertThat(page.locator("[data-test=credential-table]")).containsText(number);
        BrowserExtension.screenshot(page, "admin-adds-certificate");

        assertThat(offered(steps, "2026-06-30")).contains(username);
        clock.set(Instant.parse("2026-07-01T02:00:00Z"));
        steps.signIn(); // a month on, the morning's tokens have expired
        assertThat(offered(steps, null)).doesNotContain(username).contains(world.inspector1());
        page.navigate(WebSession.base(port) + "/admin/credentials");
        assertThat(page.locator("[data-test=expiring-table]")).containsText(number);
        assertThat(page.locator("[data-test=expiring-table]")).containsText("已过期");
    }

    @Test
    void an_inspector_declares_a_conflict_the_supervisor_approves_it_and_the_draw_keeps_them_apart(Page page) {
        DrawWorld w = drawWorlds
                .create("360803", Agency.Tier.COUNTY)
                .withInspectors(3)
                .withEnterprises(4, "360803");
        String inspector = w.inspectors.get(1);
        String enterprise = w.enterprises.get(1);

        WebSession.signIn(page, port, inspector, "/workbench");
        page.navigate(WebSession.base(port) + "/admin/conflicts");
        page.locator("[data-test=conflict-enterprise]").click();
        page.locator("[data-test=conflict-enterprise] input, input[data-test=conflict-enterprise]")
                .fill(enterprise.substring(0, 14));
        page.locator("[data-test=enterprise-option-" + enterprise + "]").click();
        page.locator("[data-test=conflict-reason] textarea, textarea[data-test=conflict-reason]")
                .fill("本人曾在该企业任职，离职未满三年");
        page.locator("[data-test=conflict-declare]").click();
        assertThat(page.locator("[data-test=conflict-table]")).containsText("待审批");
        page.context().clearCookies();

        WebSession.signIn(page, port, w.supervisorName, "/workbench");
        page.navigate(WebSession.base(port) + "/admin/conflicts");
        page.locator("[data-test^=conflict-approve-]").first().click();
        page.locator("[data-test=conflict-note] textarea, textarea[data-test=conflict-note]")
                .fill("情况属实，同意回避");
        page.locator("[data-test=conflict-decide]").click();
        assertThat(page.locator("[data-test=conflict-table]")).containsText("已同意");
        BrowserExtension.screenshot(page, "supervisor-approves-conflict");

        long plan = w.newPlan(4, true);
        String base = "/api/v1/campaigns/" + plan;
        DrawWorld.ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        DrawWorld.ok(w.supervisor.post(base + "/draw", Map.of()));
        for (JsonNode target : DrawWorld.ok(w.supervisor.get(base + "/targets"))) {
            if (target.path("uscc").asText().equals(enterprise)) {
                assertThat(target.path("team").findValuesAsText("username")).doesNotContain(inspector);
            }
        }
    }

    @Test
    void a_template_version_is_published_and_a_new_case_uses_it_while_an_open_one_keeps_its_own(Page page) {
        CaseSteps before = new CaseSteps(port, worlds.create("360821"));
        before.open("MANUAL");
        long oldTemplate = before.supervisor
                .get("/api/v1/cases/" + before.caseId + "/checklist")
                .json()
                .path("template")
                .path("id")
                .asLong();
        String admin = users.create(Role.PROVINCE_ADMIN, "360000");
        int versions =
                Api.as(port, admin).get("/api/v1/checklist-templates").json().size();

        WebSession.signIn(page, port, admin, "/dashboard");
        page.navigate(WebSession.base(port) + "/admin/templates");
        page.locator("[data-test^=template-new-version-ON_SITE_GENERAL-]")
                .first()
                .click();
        Locator editor = page.locator("[data-test=template-editor]");
        editor.locator("[data-test=template-add-item]").click();
        Locator rows = editor.locator("[data-test=template-items] .el-table__body-wrapper tr");
        Locator added = rows.last();
        added.locator("input").first().fill("BROWSER_NOTE");
        added.locator("[data-test^=template-item-label-] input, input[data-test^=template-item-label-]")
                .fill("本版新增：节能目标责任落实情况");
        added.locator(".el-select").first().click();
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText("文字"))
                .click();
        editor.locator("[data-test=template-save]").click();
        Locator preview = page.locator("[data-test=template-preview]");
        assertThat(preview).containsText("本版新增：节能目标责任落实情况");
        assertThat(preview).containsText("能耗限额标准判定");
        BrowserExtension.screenshot(page, "admin-template-preview");
        preview.locator("[data-test=template-publish]").click();
        assertThat(page.locator("[data-test=template-table] .el-table__row")).hasCount(versions + 1);

        CaseSteps after = new CaseSteps(port, worlds.create("360822"));
        after.open("MANUAL");
        JsonNode template = after.supervisor
                .get("/api/v1/cases/" + after.caseId + "/checklist")
                .json()
                .path("template");
        assertThat(template.path("code").asText()).isEqualTo("ON_SITE_GENERAL");
        assertThat(template.path("items").findValuesAsText("code")).contains("BROWSER_NOTE");
        assertThat(before.supervisor
                        .get("/api/v1/cases/" + before.caseId + "/checklist")
                        .json()
                        .path("template")
                        .path("id")
                        .asLong())
                .isEqualTo(oldTemplate);
    }

    private java.util.List<String> offered(CaseSteps steps, String date) {
        return steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/eligible-inspectors" + (date == null ? "" : "?date=" + date))
                .json()
                .findValuesAsText("username");
    }
}
