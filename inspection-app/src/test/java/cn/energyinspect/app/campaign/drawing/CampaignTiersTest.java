package cn.energyinspect.app.campaign.drawing;

import static cn.energyinspect.app.campaign.drawing.DrawWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign down three tiers (广西 → 柳州 → two of its districts): the phases of each plan's process, the split that
 * cannot end before every sub-plan is accepted, a county draw and its cases, and the roll-up each tier sees.
 */
@IntegrationTest
class CampaignTiersTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DrawWorlds worlds;

    private DrawWorld world(String region, Agency.Tier tier) {
        return worlds.create(region, tier);
    }

    @Test
    void phases_and_roll_up_down_three_tiers() throws Exception {
        DrawWorld province = world("450000", Agency.Tier.PROVINCE);
        DrawWorld city = world("450200", Agency.Tier.CITY);
        DrawWorld chengzhong =
                world("450202", Agency.Tier.COUNTY).withInspectors(2).withEnterprises(5, "450202");
        DrawWorld yufeng = world("450203", Agency.Tier.COUNTY).withInspectors(2).withEnterprises(5, "450203");

        long provincial = province.newPlan(10, true);
        assertThat(phase(province.supervisor, provincial)).isEqualTo("SPLIT");
        JsonNode split = ok(province.supervisor.post(
                "/api/v1/campaigns/" + provincial + "/split",
                Map.of("children", List.of(Map.of("agencyId", city.agencyId, "quota", 6)))));
        long cityPlan = split.path("children").get(0).path("id").asLong();
        Api.Response tooEarly =
                province.supervisor.post("/api/v1/campaigns/" + provincial + "/phase/SPLIT/complete", Map.of());
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().path("detail").asText()).contains("1 个下级计划未接收");

        ok(city.supervisor.post("/api/v1/campaigns/" + cityPlan + "/accept", Map.of()));
        assertThat(phase(city.supervisor, cityPlan)).isEqualTo("SPLIT");
        JsonNode citySplit = ok(city.supervisor.post(
                "/api/v1/campaigns/" + cityPlan + "/split",
                Map.of(
                        "children",
                        List.of(
                                Map.of("agencyId", chengzhong.agencyId, "quota", 3),
                                Map.of("agencyId", yufeng.agencyId, "quota", 3)))));
        long chengzhongPlan = -1;
        long yufengPlan = -1;
        for (JsonNode child : citySplit.path("children")) {
            if (child.path("agencyId").asLong() == chengzhong.agencyId) {
                chengzhongPlan = child.path("id").asLong();
            } else {
                yufengPlan = child.path("id").asLong();
            }
        }
        ok(chengzhong.supervisor.post("/api/v1/campaigns/" + chengzhongPlan + "/accept", Map.of()));
        ok(yufeng.supervisor.post("/api/v1/campaigns/" + yufengPlan + "/accept", Map.of()));
        assertThat(phase(chengzhong.supervisor, chengzhongPlan)).isEqualTo("DRAW");
        ok(city.supervisor.post("/api/v1/campaigns/" + cityPlan + "/phase/SPLIT/complete", Map.of()));
        ok(province.supervisor.post("/api/v1/campaigns/" + provincial + "/phase/SPLIT/complete", Map.of()));
        assertThat(phase(province.supervisor, provincial)).isEqualTo("DRAW");
        Api.Response drawIsNotManual =
                province.supervisor.post("/api/v1/campaigns/" + provincial + "/phase/DRAW/complete", Map.of());
        assertThat(drawIsNotManual.status()).isEqualTo(422);

        String base = "/api/v1/campaigns/" + chengzhongPlan;
        ok(chengzhong.supervisor.post(base + "/publish", Map.of()));
        ok(chengzhong.supervisor.post(base + "/draw/commit", Map.of()));
        ok(chengzhong.supervisor.post(base + "/draw", Map.of()));
        ok(chengzhong.supervisor.post(base + "/draw/reveal", Map.of()));
        ok(chengzhong.supervisor.post(base + "/cases/start", Map.of()));
        for (int i = 0;
                i < 600
                        && ok(chengzhong.supervisor.get(base + "/cases/start"))
                                        .path("started")
                                        .asInt()
                                < 3;
                i++) {
            Thread.sleep(100);
        }
        Api.Response notDone = chengzhong.supervisor.post(base + "/phase/EXECUTION/complete", Map.of());
        assertThat(notDone.status()).isEqualTo(409);
        assertThat(notDone.json().path("detail").asText()).contains("3 个案件未结案");

        JsonNode fromProvince = ok(province.supervisor.get("/api/v1/campaigns/" + provincial + "/progress"));
        assertThat(fromProvince.path("plans")).hasSize(4);
        assertThat(fromProvince.path("total").path("cases").asInt()).isEqualTo(3);
        assertThat(fromProvince
                        .path("total")
                        .path("casesByStatus")
                        .path("TEAM_ASSIGNED")
                        .asInt())
                .isEqualTo(3);
        JsonNode fromYufeng = ok(yufeng.supervisor.get("/api/v1/campaigns/" + provincial + "/progress"));
        assertThat(fromYufeng.path("plans")).hasSize(1);
        assertThat(fromYufeng.path("plans").get(0).path("planId").asLong()).isEqualTo(yufengPlan);
        assertThat(fromYufeng.path("total").path("cases").asInt()).isZero();
        JsonNode fromCity = ok(city.supervisor.get("/api/v1/campaigns/" + cityPlan + "/progress"));
        assertThat(fromCity.path("plans").findValuesAsText("planId"))
                .containsExactly(String.valueOf(cityPlan), String.valueOf(chengzhongPlan), String.valueOf(yufengPlan));
    }

    private static String phase(Api api, long plan) {
        return ok(api.get("/api/v1/campaigns/" + plan + "/phase")).path("phase").asText();
    }
}
