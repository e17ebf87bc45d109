package cn.energyinspect.app.web;

import static cn.energyinspect.app.campaign.drawing.DrawWorld.ok;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.drawing.DrawWorld;
import cn.energyinspect.app.campaign.drawing.DrawWorlds;
import cn.energyinspect.app.support.EnterpriseBuilder;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan page's dialogs, each in a region of its own: 贵港 (450800) splits its plan to two of its counties, one
 * accepts and the other returns it with a reason; 钦南区 (450702) replaces a drawn target with a reason; 右江区 (451002)
 * edits its plan and names targets until the plan is published.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CampaignPlanBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DrawWorlds worlds;

    @Test
    void a_city_splits_its_plan_to_two_counties_one_accepts_and_the_other_returns_it_with_a_reason(Page page) {
        DrawWorld guigang = worlds.create("450800", Agency.Tier.CITY);
        DrawWorld gangbei = worlds.create("450802", Agency.Tier.COUNTY);
        DrawWorld gangnan = worlds.create("450803", Agency.Tier.COUNTY);
        long plan = guigang.newPlan(10, false);

        open(page, guigang.supervisorName, plan);
        assertThat(page.locator("[data-test=plan-phase]")).containsText("任务分解");
        page.locator("[data-test=split-open]").click();
        Locator dialog = page.locator("[data-test=split-dialog]");
        assertThat(dialog.locator(".el-table__body .el-table__row")).hasCount(2);
        quota(page, gangbei.agencyId, 4);
        quota(page, gangnan.agencyId, 3);
        assertThat(dialog).containsText("合计 7 / 10 家");
        BrowserExtension.screenshot(page, "campaign-split-dialog");
        dialog.locator("[data-test=split-submit]").click();
        assertThat(dialog).isHidden();
        JsonNode split = ok(guigang.supervisor.get("/api/v1/campaigns/" + plan));
        long toGangbei = child(split, gangbei.agencyId);
        long toGangnan = child(split, gangnan.agencyId);
        assertThat(page.locator("[data-test=child-status-" + toGangbei + "]")).hasText("已下达待接收");
        assertThat(page.locator("[data-test=child-status-" + toGangnan + "]")).hasText("已下达待接收");

        open(page, gangbei.supervisorName, toGangbei);
        page.locator("[data-test=plan-accept]").click();
        assertThat(page.locator("[data-test=plan-status]")).hasText("已接收");

        open(page, gangnan.supervisorName, toGangnan);
        page.locator("[data-test=plan-return]").click();
        page.locator(".el-message-box textarea").fill("本区重点用能单位不足 3 家，请核减");
        page.locator(".el-message-box__btns .el-button--primary").click();
        assertThat(page.locator("[data-test=plan-status]")).hasText("已退回");
        assertThat(page.getByText("已退回：本区重点用能单位不足 3 家，请核减")).isVisible();

        open(page, guigang.supervisorName, plan);
        assertThat(page.locator("[data-test=child-status-" + toGangbei + "]")).hasText("已接收");
        assertThat(page.locator("[data-test=child-status-" + toGangbei + "]"))
                .hasClass(java.util.regex.Pattern.compile(".*el-tag--success.*"));
        assertThat(page.locator("[data-test=child-status-" + toGangnan + "]")).hasText("已退回");
        assertThat(page.locator("[data-test=child-status-" + toGangnan + "]"))
                .hasClass(java.util.regex.Pattern.compile(".*el-tag--danger.*"));
        BrowserExtension.screenshot(page, "campaign-split-accepted-and-returned");

        assertThat(ok(gangbei.supervisor.get("/api/v1/campaigns/" + toGangbei))
                        .path("status")
                        .asText())
                .isEqualTo("ACCEPTED");
        JsonNode returned = ok(gangnan.supervisor.get("/api/v1/campaigns/" + toGangnan));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnReason").asText()).isEqualTo("本区重点用能单位不足 3 家，请核减");
        assertThat(returned.path("quota").asInt()).isEqualTo(3);
    }

    @Test
    void a_supervisor_replaces_a_drawn_target_with_a_reason(Page page) {
        DrawWorld qinnan =
                worlds.create("450702", Agency.Tier.COUNTY).withInspectors(3).withEnterprises(5, "450702");
        long plan = qinnan.newPlan(2, true);
        String base = "/api/v1/campaigns/" + plan;
        ok(qinnan.supervisor.post(base + "/draw/commit", Map.of()));
        ok(qinnan.supervisor.post(base + "/draw", Map.of()));
        ok(qinnan.supervisor.post(base + "/draw/reveal", Map.of()));
        JsonNode drawn = ok(qinnan.supervisor.get(base + "/targets"));
        String out = drawn.get(0).path("uscc").asText();
        Set<String> targets = new HashSet<>(drawn.findValuesAsText("uscc"));
        String spare = qinnan.enterprises.stream()
                .filter(u -> !targets.contains(u))
                .findFirst()
                .orElseThrow();

        open(page, qinnan.supervisorName, plan);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("公开与抽取"))
                .click();
        page.locator("[data-test=replace-" + out + "]").click();
        Locator dialog = page.locator("[data-test=replace-dialog]");
        assertThat(dialog).containsText(out);
        dialog.locator("[data-test=replace-uscc]").fill(spare);
        dialog.locator("[data-test=replace-submit]").click();
        assertThat(dialog.locator(".el-form-item", new Locator.LocatorOptions().setHasText("理由"))
                        .locator(".el-form-item__error"))
                .isVisible();
        dialog.locator("[data-test=replace-reason]").fill("企业已停产注销");
        BrowserExtension.screenshot(page, "campaign-replace-dialog");
        dialog.locator("[data-test=replace-submit]").click();
        assertThat(dialog).isHidden();
        Locator table = page.locator("[data-test=target-table]");
        assertThat(table).containsText("企业已停产注销");
        assertThat(table).containsText(spare);
        BrowserExtension.screenshot(page, "campaign-target-replaced");

        JsonNode after = ok(qinnan.supervisor.get(base + "/targets"));
        JsonNode replaced = find(after, out);
        assertThat(replaced.path("status").asText()).isEqualTo("REPLACED");
        assertThat(replaced.path("replacementReason").asText()).isEqualTo("企业已停产注销");
        assertThat(find(after, spare).path("source").asText()).isEqualTo("REPLACEMENT");
    }

    @Test
    void a_supervisor_edits_its_plan_and_names_targets_until_the_plan_is_published(Page page) {
        DrawWorld youjiang = worlds.create("451002", Agency.Tier.COUNTY).withEnterprises(2, "451002");
        long plan = youjiang.newPlan(3, false);
        String base = "/api/v1/campaigns/" + plan;
        assertThat(ok(youjiang.supervisor.get(base)).path("publishedAt").isNull())
                .isTrue();

        open(page, youjiang.supervisorName, plan);
        assertThat(page.locator("[data-test=plan-published-at]")).hasText("未公开");
        page.locator("[data-test=plan-edit]").click();
        Locator dialog = page.locator("[data-test=plan-dialog]");
        assertThat(dialog.locator("[data-test=plan-year] input")).isDisabled();
        Locator drawDue = dialog.locator(".el-form-item", new Locator.LocatorOptions().setHasText("随机抽取截止"))
                .locator("input");
        assertThat(drawDue).isDisabled();
        assertThat(drawDue).hasValue("2027-03-31");
        dialog.locator("[data-test=plan-title]").fill("");
        dialog.locator("[data-test=plan-submit]").click();
        assertThat(dialog.locator(".el-form-item", new Locator.LocatorOptions().setHasText("计划名称"))
                        .locator(".el-form-item__error"))
                .hasText("必填");
        dialog.locator("[data-test=plan-title]").fill("右江区2027年度重点用能单位节能监察计划");
        BrowserExtension.screenshot(page, "campaign-plan-edit");
        dialog.locator("[data-test=plan-submit]").click();
        assertThat(dialog).isHidden();
        assertThat(page.locator("h3[data-test=plan-title]")).hasText("右江区2027年度重点用能单位节能监察计划");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("指定对象"))
                .click();
        page.locator("[data-test=named-edit]").click();
        String unknown = EnterpriseBuilder.freshUscc("451002");
        page.locator("[data-test=named-uscc-0]").fill(unknown);
        page.locator("[data-test=named-add]").click();
        page.locator("[data-test=named-uscc-1]").fill(youjiang.enterprises.get(0));
        page.locator("[data-test=named-reason-1]").click();
        page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("复查"))
                .click();
        page.locator("[data-test=named-save]").click();
        Locator form = page.locator("[data-test=named-form]");
        assertThat(form.locator(".el-table__row").nth(0).locator("[data-test=named-error]"))
                .hasText("不在企业名录中");
        assertThat(form.locator(".el-table__row").nth(0).locator("[data-test=named-error]"))
                .isVisible();
        assertThat(form.locator(".el-table__row").nth(0).locator(".el-form-item.is-error"))
                .hasCount(1);
        assertThat(form.locator(".el-table__row").nth(1).locator("[data-test=named-error]"))
                .hasCount(0);
        BrowserExtension.screenshot(page, "campaign-named-targets-row-error");
        page.locator("[data-test=named-remove-0]").click();
        page.locator("[data-test=named-save]").click();
        assertThat(page.locator("[data-test=named-table] .el-table__row")).hasCount(1);
        assertThat(page.locator("[data-test=named-table]")).containsText("复查");

        JsonNode named = ok(youjiang.supervisor.get(base + "/named-targets"));
        assertThat(named).hasSize(1);
        assertThat(named.get(0).path("uscc").asText()).isEqualTo(youjiang.enterprises.get(0));
        assertThat(named.get(0).path("reason").asText()).isEqualTo("REINSPECTION");
        JsonNode edited = ok(youjiang.supervisor.get(base));
        assertThat(edited.path("title").asText()).isEqualTo("右江区2027年度重点用能单位节能监察计划");
        assertThat(edited.path("namedTargetCount").asInt()).isEqualTo(1);

        ok(youjiang.supervisor.post(base + "/publish", Map.of()));
        JsonNode published = ok(youjiang.supervisor.get(base));
        assertThat(published.path("publishedAt").asText()).isNotBlank();
        assertThat(published.path("resultsPublishedAt").isNull()).isTrue();
        assertThat(ok(youjiang.supervisor.get("/api/v1/campaigns?year=2027")))
                .filteredOn(p -> p.path("id").asLong() == plan)
                .extracting(p -> p.path("publishedAt").asText())
                .containsExactly(published.path("publishedAt").asText());
        page.reload();
        assertThat(page.locator("[data-test=plan-published]")).isVisible();
        assertThat(page.locator("[data-test=plan-published-at]")).not().hasText("未公开");
        assertThat(page.locator("[data-test=plan-edit]")).hasCount(0);
    }

    /** Signs {@code username} in (out of whoever was signed in) and opens the plan's page. */
    private void open(Page page, String username, long plan) {
        page.context().clearCookies();
        WebSession.signIn(page, port, username, "/workbench");
        page.navigate(WebSession.base(port) + "/campaigns/" + plan);
        page.locator("h3[data-test=plan-title]").waitFor();
    }

    private static void quota(Page page, long agencyId, int quota) {
        Locator input = page.locator("[data-test=split-quota-" + agencyId + "] input");
        input.fill(String.valueOf(quota));
        input.press("Tab");
    }

    private static long child(JsonNode plan, long agencyId) {
        for (JsonNode child : plan.path("children")) {
            if (child.path("agencyId").asLong() == agencyId) {
                return child.path("id").asLong();
            }
        }
        throw new AssertionError("no sub-plan for agency " + agencyId + " in " + plan);
    }

    private static JsonNode find(JsonNode targets, String uscc) {
        for (JsonNode target : targets) {
            if (target.path("uscc").asText().equals(uscc)) {
                return target;
            }
        }
        throw new AssertionError("no target " + uscc + " in " + targets);
    }
}
