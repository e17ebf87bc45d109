package cn.energyinspect.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.drawing.DrawWorld;
import cn.energyinspect.app.campaign.drawing.DrawWorlds;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Checklist template versions: drafted, previewed, published; a case keeps the version it started with, a new case
 * uses the newest published one, and a campaign's cases use the template their plan chose. New versions copy the items
 * of the shipped template (plus one optional remark), so other tests' cases answer them the same way.
 */
@IntegrationTest
class TemplateVersionApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @Autowired
    DrawWorlds drawWorlds;

    @Test
    void a_published_version_starts_new_cases_while_an_open_case_keeps_its_own_and_a_plan_uses_its_choice()
            throws Exception {
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360000"));
        CaseSteps before = new CaseSteps(port, worlds.create("360104"));
        before.open("MANUAL");
        JsonNode oldTemplate = template(before);
        JsonNode items = oldTemplate.path("items");
        String planCode = "ON_SITE_PLAN" + (System.nanoTime() % 100_000);

        JsonNode planTemplate = publish(admin, draft(admin, planCode, "ON_SITE", "专项监察检查表", items, null));
        assertThat(planTemplate.path("version").asInt()).isEqualTo(1);
        JsonNode draft = draft(
                admin,
                "ON_SITE_GENERAL",
                null,
                oldTemplate.path("title").asText(),
                items,
                "NOTE" + (System.nanoTime() % 10_000));
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(admin.post("/api/v1/admin/checklist-templates", body("ON_SITE_GENERAL", null, "又一稿", items, null))
                        .status())
                .as("one draft per template at a time")
                .isEqualTo(409);
        JsonNode preview = ok(admin.get(
                "/api/v1/admin/checklist-templates/" + draft.path("id").asLong() + "/preview"));
        assertThat(preview.path("publishable").asBoolean()).isTrue();
        assertThat(preview.path("template").path("items").findValuesAsText("grading"))
                .contains("QUOTA_LIMIT", "EQUIPMENT_CONFORMITY", "OBLIGATION", "NONE");
        JsonNode published = publish(admin, draft);
        assertThat(published.path("version").asInt())
                .isGreaterThan(oldTemplate.path("version").asInt());
        assertThat(admin.post(
                                "/api/v1/admin/checklist-templates/"
                                        + draft.path("id").asLong() + "/publish",
                                Map.of())
                        .status())
                .as("a published version never changes")
                .isEqualTo(409);

        CaseSteps after = new CaseSteps(port, worlds.create("360111"));
        after.open("MANUAL");
        assertThat(template(after).path("id").asLong())
                .isEqualTo(published.path("id").asLong());
        assertThat(template(before).path("id").asLong())
                .as("the open case keeps the version it started with")
                .isEqualTo(oldTemplate.path("id").asLong());

        DrawWorld w = drawWorlds
                .create("360404", Agency.Tier.COUNTY)
                .withInspectors(2)
                .withEnterprises(2, "360404");
        Map<String, Object> unknown = DrawWorld.plan("未发布模板的计划", 2);
        unknown.put("checklistTemplateCode", "NO_SUCH_TEMPLATE");
        Api.Response refused = w.supervisor.post("/api/v1/campaigns", unknown);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("checklistTemplateCode");
        Map<String, Object> chosen = DrawWorld.plan("选用专项检查表的计划", 2);
        chosen.put("checklistTemplateCode", planCode);
        long plan =
                ok(w.supervisor.post("/api/v1/campaigns", chosen)).path("id").asLong();
        String base = "/api/v1/campaigns/" + plan;
        ok(w.supervisor.post(base + "/publish", Map.of()));
        ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        ok(w.supervisor.post(base + "/draw", Map.of()));
        ok(w.supervisor.post(base + "/draw/reveal", Map.of()));
        ok(w.supervisor.post(base + "/cases/start", Map.of()));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode targets = null;
        while (System.nanoTime() < deadline) {
            targets = ok(w.supervisor.get(base + "/targets"));
            if (targets.findValuesAsText("caseId").stream().noneMatch(id -> id.isEmpty() || id.equals("0"))
                    && targets.size() == 2
                    && targets.get(0).path("caseId").asLong() > 0
                    && targets.get(1).path("caseId").asLong() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        for (JsonNode target : targets) {
            long caseId = target.path("caseId").asLong();
            assertThat(caseId).as(targets.toString()).isPositive();
            JsonNode checklist = ok(w.supervisor.get("/api/v1/cases/" + caseId + "/checklist"));
            assertThat(checklist.path("template").path("code").asText()).isEqualTo(planCode);
        }
    }

    @Test
    void a_bad_item_is_refused_naming_it_and_only_a_province_administrator_drafts() {
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360000"));
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("code", "ENERGY_REPORT", "kind", "YES_NO", "label", "是否报送", "violationWhen", "NO"));
        items.add(Map.of("code", "TCE", "kind", "NUMBER", "label", "能耗"));
        items.add(Map.of("code", "TCE", "kind", "DANCE", "label", "重复"));
        Api.Response refused = admin.post(
                "/api/v1/admin/checklist-templates",
                body("BAD_TEMPLATE", "ON_SITE", "坏模板", JSON.valueToTree(items), null));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields())
                .containsExactlyInAnyOrder("items[0].lawArticle", "items[1].unit", "items[2].code", "items[2].kind");
        Api city = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360100"));
        assertThat(city.post(
                                "/api/v1/admin/checklist-templates",
                                body("X_TEMPLATE", "ON_SITE", "x", JSON.valueToTree(items), null))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, users.enterpriseUser("91360100MA00000001", "360102"))
                        .get("/api/v1/checklist-templates")
                        .status())
                .isEqualTo(403);
    }

    private JsonNode template(CaseSteps steps) {
        return ok(steps.supervisor.get("/api/v1/cases/" + steps.caseId + "/checklist"))
                .path("template");
    }

    private JsonNode draft(Api admin, String code, String type, String title, JsonNode items, String extra) {
        return ok(admin.post("/api/v1/admin/checklist-templates", body(code, type, title, items, extra)));
    }

    private static Map<String, Object> body(String code, String type, String title, JsonNode items, String extra) {
        List<Object> list = new ArrayList<>();
        items.forEach(i -> list.add(JSON.convertValue(i, Map.class)));
        if (extra != null) {
            list.add(Map.of("code", extra, "kind", "TEXT", "label", "本版新增：企业节能管理制度执行情况（可不填）"));
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("inspectionType", type);
        form.put("title", title);
        form.put("items", list);
        return form;
    }

    private JsonNode publish(Api admin, JsonNode draft) {
        JsonNode published = ok(admin.post(
                "/api/v1/admin/checklist-templates/" + draft.path("id").asLong() + "/publish", Map.of()));
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        return published;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 202);
        return response.json();
    }
}
