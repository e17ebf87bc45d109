package cn.energyinspect.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.drawing.DrawWorld;
import cn.energyinspect.app.campaign.drawing.DrawWorlds;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 回避 through the API: an inspector declares a conflict with an enterprise, a supervisor of its agency approves it,
 * and the draw never pairs that inspector with that enterprise; the refusals of declaring and deciding. Counties of
 * 九江 (3604xx), which no other test uses.
 */
@IntegrationTest
class ConflictOfInterestApiTest {
    @LocalServerPort
    int port;

    @Autowired
    DrawWorlds worlds;

    @Test
    void an_approved_conflict_keeps_the_inspector_off_the_enterprise_in_the_draw() {
        DrawWorld w =
                worlds.create("360402", Agency.Tier.COUNTY).withInspectors(3).withEnterprises(6, "360402");
        String inspector = w.inspectors.get(0);
        String enterprise = w.enterprises.get(2);
        Api declarer = w.as(inspector);

        JsonNode declared =
                ok(declarer.post("/api/v1/conflicts", Map.of("enterpriseUscc", enterprise, "reason", "配偶在该企业任财务负责人")));
        assertThat(declared.path("status").asText()).isEqualTo("DECLARED");
        assertThat(declared.path("inForce").asBoolean()).isTrue();
        assertThat(declarer.post("/api/v1/conflicts", Map.of("enterpriseUscc", enterprise, "reason", "再次"))
                        .status())
                .as("declared already")
                .isEqualTo(409);
        long id = declared.path("id").asLong();
        assertThat(declarer.post("/api/v1/conflicts/" + id + "/approve", Map.of())
                        .status())
                .as("not the inspector's own decision")
                .isEqualTo(403);
        Api.Response noReason = w.supervisor.post("/api/v1/conflicts/" + id + "/reject", Map.of());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.problemFields()).containsExactly("note");

        JsonNode approved = ok(w.supervisor.post(
                "/api/v1/conflicts/" + id + "/approve", Map.of("note", "情况属实", "endsOn", "2030-12-31")));
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("endsOn").asText()).isEqualTo("2030-12-31");
        assertThat(w.supervisor
                        .post("/api/v1/conflicts/" + id + "/approve", Map.of())
                        .status())
                .as("decided already")
                .isEqualTo(409);
        assertThat(ok(w.supervisor.get("/api/v1/conflicts?status=APPROVED")).findValuesAsText("enterpriseUscc"))
                .contains(enterprise);
        assertThat(ok(declarer.get("/api/v1/notifications")).path("items").findValuesAsText("kind"))
                .as("the inspector is told of the decision")
                .contains("CONFLICT_DECIDED");

        // every enterprise of the pool is drawn, so the conflicted one always gets a team
        long plan = w.newPlan(6, true);
        String base = "/api/v1/campaigns/" + plan;
        ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        ok(w.supervisor.post(base + "/draw", Map.of()));
        JsonNode targets = ok(w.supervisor.get(base + "/targets"));
        assertThat(targets).hasSize(6);
        for (JsonNode target : targets) {
            if (target.path("uscc").asText().equals(enterprise)) {
                assertThat(target.path("team").findValuesAsText("username"))
                        .hasSize(2)
                        .doesNotContain(inspector);
            }
        }
    }

    @Test
    void an_enterprise_not_in_the_register_or_a_past_end_date_is_refused_naming_the_field() {
        DrawWorld w =
                worlds.create("360403", Agency.Tier.COUNTY).withInspectors(1).withEnterprises(1, "360403");
        Api inspector = w.as(w.inspectors.get(0));
        Api.Response unknown =
                inspector.post("/api/v1/conflicts", Map.of("enterpriseUscc", "91360403MA00000000", "reason", "亲属"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemFields()).containsExactly("enterpriseUscc");
        Api.Response past = inspector.post(
                "/api/v1/conflicts",
                Map.of("enterpriseUscc", w.enterprises.get(0), "reason", "亲属", "endsOn", "2000-01-01"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.problemFields()).containsExactly("endsOn");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
