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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 一公开 in the browser, without signing in: a revealed draw of a published plan shows the commitment made before
 * the draw, the seed, the targets with their teams (names and 执法证 numbers, never usernames) and how to verify it.
 * The plan is a county plan of 昭平县 (451121), which no other test uses.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class PublicDrawBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DrawWorlds worlds;

    @Test
    void anyone_reads_a_revealed_draw_with_its_commitment_seed_and_teams_but_no_usernames(Page page) {
        DrawWorld w =
                worlds.create("451121", Agency.Tier.COUNTY).withInspectors(3).withEnterprises(6, "451121");
        long plan = w.newPlan(3, true);
        String base = "/api/v1/campaigns/" + plan;
        JsonNode commitment =
                ok(w.supervisor.post(base + "/draw/commit", Map.of())).path("commitment");
        ok(w.supervisor.post(base + "/draw", Map.of()));
        String seed = ok(w.supervisor.post(base + "/draw/reveal", Map.of()))
                .path("seed")
                .asText();
        JsonNode targets = ok(w.supervisor.get(base + "/targets"));
        String enterprise = targets.get(0).path("enterpriseName").asText();
        String certificate =
                targets.get(0).path("team").get(0).path("certificateNo").asText();

        page.navigate(WebSession.base(port) + "/login");
        page.locator("[data-test=public-link]").click();
        page.waitForURL("**/public/campaigns");
        assertThat(page.locator("[data-test=public-plans]")).isVisible();

        page.navigate(WebSession.base(port) + "/public/campaigns/" + plan);
        assertThat(page.locator("[data-test=public-plan-title]"))
                .hasText(ok(w.supervisor.get(base)).path("title").asText());
        assertThat(page.locator("[data-test=public-results-message]")).containsText("结果尚未公开");
        page.locator("[data-test=public-draw-1]").click();

        page.waitForURL("**/public/campaigns/" + plan + "/draws/1");
        assertThat(page.locator("[data-test=public-draw-status]")).hasText("已公布种子");
        assertThat(page.locator("[data-test=public-seed-sha]"))
                .hasText(commitment.path("seedSha256").asText());
        assertThat(page.locator("[data-test=public-pool-sha]"))
                .hasText(commitment.path("poolSha256").asText());
        assertThat(page.locator("[data-test=public-seed]")).hasText(seed);
        assertThat(page.locator("[data-test=public-targets] .el-table__row")).hasCount(targets.size());
        assertThat(page.locator("[data-test=public-targets]")).containsText(enterprise);
        assertThat(page.locator("[data-test=public-targets]")).containsText(certificate);
        assertThat(page.locator("[data-test=public-verify]")).containsText("verify-draw");
        assertThat(page.locator("[data-test=public-verify]")).containsText("不含执法人员名录");
        assertThat(page.locator("[data-test=public-file]"))
                .hasAttribute("href", "/api/v1/public/campaigns/" + plan + "/draws/1/file");
        String shown = page.locator("body").innerText();
        for (String inspector : w.inspectors) {
            assertThat(shown).doesNotContain(inspector);
        }
        assertThat(shown).doesNotContain(w.supervisorName);
        assertThat(page.locator("[data-test=user-menu]")).hasCount(0);
        BrowserExtension.screenshot(page, "public-draw-revealed");

        // the file the page links to is the public one: anonymous, without the roster
        String file = page.request()
                .get(WebSession.base(port) + "/api/v1/public/campaigns/" + plan + "/draws/1/file")
                .text();
        assertThat(file).contains(seed).doesNotContain(w.inspectors.get(0));
    }
}
