package cn.energyinspect.app.web;

import static cn.energyinspect.app.campaign.drawing.DrawWorld.ok;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.drawing.DrawWorld;
import cn.energyinspect.app.campaign.drawing.DrawWorlds;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city supervisor of 河池 (451200, no other test draws there) runs the double-random draw of its plan in the campaign
 * page: the preview counts each county's candidates, the commitment is on the page before the draw, the seed after
 * it, the targets come with their teams, and the cases are started with the progress bar reaching 100 %.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CampaignDrawBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DrawWorlds worlds;

    @Test
    void a_supervisor_previews_commits_draws_reveals_and_starts_the_cases(Page page) {
        DrawWorld w = worlds.create("451200", Agency.Tier.CITY)
                .withInspectors(4)
                .withEnterprises(5, "451202")
                .withEnterprises(3, "451203");
        long plan = w.newPlan(6, true);
        String base = "/api/v1/campaigns/" + plan;
        ok(w.supervisor.post(base + "/phase/SPLIT/complete", Map.of()));

        WebSession.signIn(page, port, w.supervisorName, "/workbench");
        page.locator("[data-test=side-menu]").getByText("监察计划").click();
        page.locator("[data-test=plan-link-" + plan + "]").click();
        assertThat(page.locator("[data-test=plan-phase]")).containsText("随机抽取");
        assertThat(page.locator("[data-test=plan-published]")).isVisible();

        // preview: stratified by county, half of each
        page.locator("[data-test=stratify-COUNTY]").click();
        page.locator("[data-test=draw-ratio] input").fill("0.5");
        page.locator("[data-test=draw-ratio] input").press("Tab");
        page.locator("[data-test=draw-preview]").click();
        Map<String, Object> parameters = Map.of("stratifyBy", List.of("COUNTY"), "ratio", 0.5);
        JsonNode expected = ok(w.supervisor.post(base + "/draw/preview", parameters));
        assertThat(page.locator("[data-test=preview-table] .el-table__row")).hasCount(2);
        assertThat(page.locator("[data-test=preview-table]")).containsText("金城江区");
        assertThat(page.locator("[data-test=preview-table]")).containsText("宜州区");
        for (JsonNode stratum : expected.path("strata")) {
            String key = stratum.path("stratum").asText();
            assertThat(page.locator(
                            "[data-test=preview-table] .el-table__row", new Page.LocatorOptions().setHasText(key)))
                    .containsText(String.valueOf(stratum.path("size").asInt()));
            assertThat(page.locator("[data-test=preview-quota-" + key + "]"))
                    .hasText(String.valueOf(stratum.path("quota").asInt()));
        }
        assertThat(page.locator("[data-test=preview-to-draw]"))
                .hasText(expected.path("toDraw").asInt() + " / 6 家");

        // the commitment is on the page before anything is drawn
        page.locator("[data-test=draw-commit]").click();
        assertThat(page.locator("[data-test=draw-status]")).hasText("已公布承诺");
        JsonNode committed = ok(w.supervisor.get(base + "/draws")).get(0);
        assertThat(committed.path("status").asText()).isEqualTo("COMMITTED");
        assertThat(page.locator("[data-test=commitment-seed]"))
                .hasText(committed.path("commitment").path("seedSha256").asText());
        assertThat(page.locator("[data-test=commitment-pool]"))
                .hasText(committed.path("commitment").path("poolSha256").asText());
        assertThat(page.locator("[data-test=draw-seed]")).hasCount(0);
        assertThat(page.locator("[data-test=target-table]")).hasCount(0);
        BrowserExtension.screenshot(page, "campaign-commitment-before-draw");

        page.locator("[data-test=draw-run]").click();
        assertThat(page.locator("[data-test=draw-status]")).hasText("已抽取（种子未公布）");
        assertThat(page.locator("[data-test=draw-seed]")).hasCount(0);
        page.locator("[data-test=draw-reveal]").click();
        page.locator(".el-message-box__btns .el-button--primary").click();
        assertThat(page.locator("[data-test=draw-status]")).hasText("已公布种子");
        JsonNode revealed = ok(w.supervisor.get(base + "/draws")).get(0);
        assertThat(page.locator("[data-test=draw-seed]"))
                .hasText(revealed.path("seed").asText());
        int targets = revealed.path("targetCount").asInt();
        assertThat(targets).isEqualTo(expected.path("toDraw").asInt());
        assertThat(page.locator("[data-test=target-table] .el-table__row")).hasCount(targets);
        assertThat(page.locator("[data-test=target-table] [data-test=team-member]"))
                .hasCount(targets * 2);
        JsonNode drawn = ok(w.supervisor.get(base + "/targets"));
        assertThat(page.locator("[data-test=target-table]"))
                .containsText(
                        drawn.get(0).path("team").get(0).path("certificateNo").asText());
        assertThat(page.locator("[data-test=plan-phase]")).containsText("检查实施");
        BrowserExtension.screenshot(page, "campaign-draw-revealed-with-teams");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("检查实施"))
                .click();
        page.locator("[data-test=cases-start]").click();
        assertThat(page.locator("[data-test=start-progress]"))
                .containsText("100%", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("[data-test=start-counts]")).containsText("已立案 " + targets + " 件");
        JsonNode progress = ok(w.supervisor.get(base + "/cases/start"));
        assertThat(progress.path("started").asInt()).isEqualTo(targets);
        assertThat(progress.path("refused").asInt()).isZero();
        BrowserExtension.screenshot(page, "campaign-cases-started");

        page.locator("[data-test=plan-cases-link]").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases\\?.*campaignId=" + plan + ".*"));
        assertThat(page.locator("[data-test=case-table] .el-table__row")).hasCount(targets);
        assertThat(page.locator("[data-test=case-table]"))
                .containsText(drawn.get(0).path("enterpriseName").asText());
    }
}
