package cn.energyinspect.app.campaign.drawing;

import static cn.energyinspect.app.campaign.drawing.DrawWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A plan above a county: the county reads the parent plan's header, never rows of another county, never the roster
 * with its declared conflicts, and not the draw before its seed is revealed. Three tiers, siblings at each.
 */
@IntegrationTest
class ParentPlanJurisdictionTest {
    @Autowired
    DrawWorlds worlds;

    @Test
    void a_county_reads_a_city_plans_rows_of_its_own_county_only_and_never_the_roster() {
        DrawWorld city = worlds.create("450200", Agency.Tier.CITY).withInspectors(4);
        DrawWorld chengzhong = worlds.create("450202", Agency.Tier.COUNTY).withEnterprises(4, "450202");
        DrawWorld yufeng = worlds.create("450203", Agency.Tier.COUNTY).withEnterprises(4, "450203");
        DrawWorld otherCity = worlds.create("450300", Agency.Tier.CITY);
        long plan = city.newPlan(5, true);
        String base = "/api/v1/campaigns/" + plan;
        // the county holds a sub-plan of the city's plan, so it may read the parent's header
        JsonNode split = ok(city.supervisor.post(
                base + "/split", Map.of("children", List.of(Map.of("agencyId", chengzhong.agencyId, "quota", 1)))));
        long subPlan = split.path("children").get(0).path("id").asLong();
        ok(chengzhong.supervisor.post("/api/v1/campaigns/" + subPlan + "/accept", Map.of()));
        ok(city.supervisor.post(base + "/phase/SPLIT/complete", Map.of()));
        ok(city.supervisor.post(
                base + "/draw/commit",
                Map.of("stratifyBy", List.of("COUNTY"), "countPerStratum", Map.of("450202", 2, "450203", 2))));
        ok(city.supervisor.post(base + "/draw", Map.of()));

        Api countySupervisor = chengzhong.supervisor;
        Api countyAuditor = chengzhong.user(Role.AUDITOR);
        assertThat(countySupervisor.get(base).status())
                .as("the parent plan's header")
                .isEqualTo(200);
        assertThat(countySupervisor.get(base + "/targets").json())
                .as("nothing before the reveal")
                .isEmpty();
        assertThat(city.supervisor.get(base + "/targets").json()).hasSize(4);

        ok(city.supervisor.post(base + "/draw/reveal", Map.of()));

        JsonNode own = countySupervisor.get(base + "/targets").json();
        assertThat(regions(own)).containsExactly("450202");
        assertThat(own.get(0).path("team")).hasSize(2);
        assertThat(own.findValues("username").stream().allMatch(JsonNode::isNull))
                .as("team members by name and 执法证 only, not by login")
                .isTrue();
        assertThat(yufeng.supervisor.get(base + "/targets").status())
                .as("a sibling county without a sub-plan of it does not see the plan")
                .isEqualTo(404);
        assertThat(regions(city.supervisor.get(base + "/targets").json()))
                .containsExactlyInAnyOrder("450202", "450203");

        // the complete file with the roster: the plan's own agency and the overseers of its region only
        assertThat(countyAuditor.get(base + "/draws/1/file").status()).isEqualTo(403);
        assertThat(countySupervisor.get(base + "/draws/1/file").status()).isEqualTo(403);
        assertThat(city.user(Role.AUDITOR).get(base + "/draws/1/file").status()).isEqualTo(200);
        assertThat(otherCity.supervisor.get(base + "/targets").status())
                .as("a sibling city does not see the plan at all")
                .isEqualTo(404);

        // the start progress lists refusals of the reader's region only
        JsonNode progress = countySupervisor.get(base + "/cases/start").json();
        for (JsonNode refusal : progress.path("refusals")) {
            assertThat(chengzhong.enterprises).contains(refusal.path("uscc").asText());
        }
    }

    @Test
    void named_targets_are_fixed_once_the_plan_is_published_and_a_published_plan_is_not_a_draft() {
        DrawWorld county =
                worlds.create("450204", Agency.Tier.COUNTY).withInspectors(2).withEnterprises(3, "450204");
        long plan = county.newPlan(2, false);
        String base = "/api/v1/campaigns/" + plan;
        Map<String, Object> named =
                Map.of("targets", List.of(Map.of("uscc", county.enterprises.get(0), "reason", "COMPLAINT")));
        ok(county.supervisor.put(base + "/named-targets", named));
        assertThat(county.supervisor.get(base).json().path("stageLabel").asText())
                .isEqualTo("草稿");

        ok(county.supervisor.post(base + "/publish", Map.of()));

        Api.Response late = county.supervisor.put(
                base + "/named-targets",
                Map.of("targets", List.of(Map.of("uscc", county.enterprises.get(1), "reason", "COMPLAINT"))));
        assertThat(late.status()).isEqualTo(409);
        assertThat(county.supervisor.get(base + "/named-targets").json()).hasSize(1);
        JsonNode published = county.supervisor.get(base).json();
        assertThat(published.path("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("stageLabel").asText()).isEqualTo("已公开（实施中）");
    }

    private static List<String> regions(JsonNode targets) {
        Set<String> regions = new HashSet<>();
        targets.forEach(t -> regions.add(t.path("regionCode").asText()));
        return List.copyOf(regions);
    }
}
