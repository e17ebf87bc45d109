package cn.energyinspect.app.campaign.plan;

import static cn.energyinspect.app.campaign.plan.Tiers.HAISHU;
import static cn.energyinspect.app.campaign.plan.Tiers.HANGZHOU;
import static cn.energyinspect.app.campaign.plan.Tiers.NANJING;
import static cn.energyinspect.app.campaign.plan.Tiers.NINGBO;
import static cn.energyinspect.app.campaign.plan.Tiers.WENZHOU;
import static cn.energyinspect.app.campaign.plan.Tiers.XIHU;
import static cn.energyinspect.app.campaign.plan.Tiers.YUHANG;
import static cn.energyinspect.app.campaign.plan.Tiers.ZHEJIANG;
import static cn.energyinspect.app.campaign.plan.Tiers.child;
import static cn.energyinspect.app.campaign.plan.Tiers.plan;
import static cn.energyinspect.app.campaign.plan.Tiers.split;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 监察计划 down three tiers: the province plans 300 targets, splits them to its cities, a city splits its share to its
 * counties, and each lower agency accepts or returns what it was given.
 */
@IntegrationTest
class CampaignPlanApiTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    JdbcTemplate jdbc;

    Tiers tiers;

    @BeforeEach
    void newAgencies() {
        tiers = new Tiers(port, users, agencies, jdbc);
    }

    @Test
    void a_supervisor_creates_a_draft_plan_of_its_own_agency() {
        Api.Response created = tiers.supervisor(ZHEJIANG).post("/api/v1/campaigns", plan("2027年重点用能单位节能监察", 300));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(plan.path("agencyId").asLong()).isEqualTo(tiers.agency(ZHEJIANG));
        assertThat(plan.path("tier").asText()).isEqualTo("PROVINCE");
        assertThat(plan.path("status").asText()).isEqualTo("DRAFT");
        assertThat(plan.path("quota").asInt()).isEqualTo(300);
        assertThat(plan.path("ownQuota").asInt()).isEqualTo(300);
        assertThat(plan.path("industries").toString()).isEqualTo("[\"C30\",\"C3011\",\"D\"]");
        assertThat(plan.path("deadlines").path("drawDue").asText()).isEqualTo("2027-03-31");
        assertThat(created.headers().get("Location").getFirst()).endsWith("/api/v1/campaigns/" + plan.path("id"));
    }

    @Test
    void a_plan_with_bad_fields_is_refused_naming_each_field() {
        Map<String, Object> form = new java.util.HashMap<>(plan(" ", -1));
        form.put("year", 1999);
        form.put("inspectionType", "BY_PHONE");
        form.put("industries", List.of("C30", "3011", "CX"));
        form.put("executionDue", "2027-03-01");
        form.remove("summaryDue");
        int before = count();

        Api.Response refused = tiers.supervisor(ZHEJIANG).post("/api/v1/campaigns", form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemType()).isEqualTo("urn:energyinspect:problem:validation-failed");
        assertThat(refused.problemFields())
                .containsExactlyInAnyOrder(
                        "year",
                        "title",
                        "inspectionType",
                        "industries[1]",
                        "industries[2]",
                        "quota",
                        "executionDue",
                        "summaryDue");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void only_a_supervisor_or_province_admin_of_an_agency_creates_plans() {
        Api inspector = tiers.user(Role.INSPECTOR, HANGZHOU);
        Api auditor = tiers.user(Role.AUDITOR, HANGZHOU);

        assertThat(inspector.post("/api/v1/campaigns", plan("x", 1)).status()).isEqualTo(403);
        assertThat(auditor.post("/api/v1/campaigns", plan("x", 1)).status()).isEqualTo(403);
        assertThat(tiers.user(Role.PROVINCE_ADMIN, ZHEJIANG)
                        .post("/api/v1/campaigns", plan("省管理员计划", 5))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void quotas_add_up_over_three_tiers() {
        long province = create(ZHEJIANG, 300);

        JsonNode split = Tiers.ok(tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(
                                child(tiers.agency(HANGZHOU), 100),
                                child(tiers.agency(NINGBO), 120),
                                child(tiers.agency(WENZHOU), 80)))));
        assertThat(split.path("children")).hasSize(3);
        assertThat(split.path("ownQuota").asInt()).isZero();
        long hangzhou = Tiers.childOf(split, tiers.agency(HANGZHOU));

        JsonNode issued = Tiers.ok(tiers.supervisor(HANGZHOU).get("/api/v1/campaigns/" + hangzhou));
        assertThat(issued.path("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.path("tier").asText()).isEqualTo("CITY");
        assertThat(issued.path("parentPlanId").asLong()).isEqualTo(province);
        assertThat(issued.path("quota").asInt()).isEqualTo(100);
        assertThat(issued.path("industries")).hasSize(3);

        // An issued plan must be accepted before its agency splits it further.
        Api.Response early = tiers.supervisor(HANGZHOU)
                .post("/api/v1/campaigns/" + hangzhou + "/split", split(List.of(child(tiers.agency(XIHU), 10))));
        assertThat(early.status()).isEqualTo(409);
        Tiers.ok(tiers.supervisor(HANGZHOU).post("/api/v1/campaigns/" + hangzhou + "/accept", Map.of()));

        List<Map<String, Object>> over = List.of(child(tiers.agency(XIHU), 60), child(tiers.agency(YUHANG), 41));
        Api.Response refused = tiers.supervisor(HANGZHOU).post("/api/v1/campaigns/" + hangzhou + "/split", split(over));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("children");
        assertThat(refused.json().path("detail").asText())
                .contains("101")
                .contains("100")
                .contains("超出 1");

        JsonNode counties = Tiers.ok(tiers.supervisor(HANGZHOU)
                .post(
                        "/api/v1/campaigns/" + hangzhou + "/split",
                        split(List.of(child(tiers.agency(XIHU), 60), child(tiers.agency(YUHANG), 30)))));
        assertThat(counties.path("ownQuota").asInt()).isEqualTo(10);
        long xihu = Tiers.childOf(counties, tiers.agency(XIHU));
        JsonNode county = Tiers.ok(tiers.supervisor(XIHU).post("/api/v1/campaigns/" + xihu + "/accept", Map.of()));
        assertThat(county.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(county.path("tier").asText()).isEqualTo("COUNTY");

        // A county plan is the bottom tier.
        Api.Response bottom = tiers.supervisor(XIHU)
                .post("/api/v1/campaigns/" + xihu + "/split", split(List.of(child(tiers.agency(YUHANG), 1))));
        assertThat(bottom.status()).isEqualTo(422);
        assertThat(bottom.problemFields()).containsExactly("children");
    }

    @Test
    void the_province_keeps_what_it_does_not_split() {
        long province = create(ZHEJIANG, 300);

        JsonNode split = Tiers.ok(tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(child(tiers.agency(HANGZHOU), 100), child(tiers.agency(NINGBO), 120)))));

        assertThat(split.path("ownQuota").asInt()).isEqualTo(80);
    }

    @Test
    void quotas_over_the_parents_are_refused_naming_the_excess() {
        long province = create(ZHEJIANG, 300);
        List<Map<String, Object>> state = snapshot(province);

        Api.Response refused = tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(
                                child(tiers.agency(HANGZHOU), 100),
                                child(tiers.agency(NINGBO), 120),
                                child(tiers.agency(WENZHOU), 100))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("children");
        assertThat(refused.json().path("detail").asText()).contains("320").contains("超出 20");
        assertThat(snapshot(province)).isEqualTo(state);
    }

    @Test
    void a_split_only_reaches_agencies_directly_below_within_the_region() {
        long province = create(ZHEJIANG, 300);
        Tiers.ok(tiers.supervisor(ZHEJIANG)
                .post("/api/v1/campaigns/" + province + "/split", split(List.of(child(tiers.agency(NINGBO), 50)))));
        List<Map<String, Object>> state = snapshot(province);

        Api.Response refused = tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(
                                child(tiers.agency(HANGZHOU), 10),
                                child(tiers.agency(XIHU), 10), // a county: not directly below a province
                                child(tiers.agency(NANJING), 10), // a city of another province
                                child(tiers.agency(HANGZHOU), 10), // twice
                                child(999_999_999L, 10)))); // no such agency

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields())
                .containsExactly(
                        "children[1].agencyId", "children[2].agencyId", "children[3].agencyId", "children[4].agencyId");
        assertThat(snapshot(province)).isEqualTo(state);

        // A city plan reaches only the counties of that city.
        long ningbo = create(NINGBO, 40);
        Api.Response outside = tiers.supervisor(NINGBO)
                .post("/api/v1/campaigns/" + ningbo + "/split", split(List.of(child(tiers.agency(XIHU), 5))));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.problemFields()).containsExactly("children[0].agencyId");
        Tiers.ok(tiers.supervisor(NINGBO)
                .post("/api/v1/campaigns/" + ningbo + "/split", split(List.of(child(tiers.agency(HAISHU), 5)))));
    }

    @Test
    void only_the_plans_own_agency_splits_it() {
        long province = create(ZHEJIANG, 300);
        List<Map<String, Object>> state = snapshot(province);
        Map<String, Object> request = split(List.of(child(tiers.agency(HANGZHOU), 10)));

        assertThat(tiers.supervisor(HANGZHOU)
                        .post("/api/v1/campaigns/" + province + "/split", request)
                        .status())
                .as("a city cannot see a province draft that was not split to it")
                .isEqualTo(404);
        assertThat(tiers.user(Role.INSPECTOR, ZHEJIANG)
                        .post("/api/v1/campaigns/" + province + "/split", request)
                        .status())
                .isEqualTo(403);
        assertThat(tiers.user(Role.PROVINCE_ADMIN, ZHEJIANG)
                        .post("/api/v1/campaigns/" + province + "/split", request)
                        .status())
                .isEqualTo(200);
        assertThat(snapshot(province)).hasSize(state.size() + 1);
    }

    @Test
    void the_lower_agency_returns_with_a_reason_and_the_parent_reissues() {
        long province = create(ZHEJIANG, 300);
        JsonNode split = Tiers.ok(tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(child(tiers.agency(HANGZHOU), 100), child(tiers.agency(NINGBO), 120)))));
        long hangzhou = Tiers.childOf(split, tiers.agency(HANGZHOU));
        long ningbo = Tiers.childOf(split, tiers.agency(NINGBO));
        String path = "/api/v1/campaigns/" + hangzhou;
        List<Map<String, Object>> state = snapshot(province);

        Api.Response noReason = tiers.supervisor(HANGZHOU).post(path + "/return", Map.of("reason", "  "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.problemFields()).containsExactly("reason");
        assertThat(tiers.supervisor(NINGBO)
                        .post(path + "/return", Map.of("reason", "x"))
                        .status())
                .as("a sibling city does not see the plan")
                .isEqualTo(404);
        assertThat(tiers.supervisor(NANJING).post(path + "/accept", Map.of()).status())
                .isEqualTo(404);
        assertThat(tiers.supervisor(ZHEJIANG).post(path + "/accept", Map.of()).status())
                .as("the province sees the plan but does not own it")
                .isEqualTo(403);
        assertThat(tiers.user(Role.INSPECTOR, HANGZHOU)
                        .post(path + "/accept", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(snapshot(province)).isEqualTo(state);

        JsonNode returned =
                Tiers.ok(tiers.supervisor(HANGZHOU).post(path + "/return", Map.of("reason", "名录中本市重点用能单位仅 90 家")));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnReason").asText()).contains("90");
        assertThat(tiers.supervisor(HANGZHOU).post(path + "/accept", Map.of()).status())
                .as("a returned plan waits for the parent")
                .isEqualTo(409);

        Tiers.ok(tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(child(tiers.agency(HANGZHOU), 90), child(tiers.agency(NINGBO), 120)))));
        JsonNode reissued = Tiers.ok(tiers.supervisor(HANGZHOU).get(path));
        assertThat(reissued.path("status").asText()).isEqualTo("ISSUED");
        assertThat(reissued.path("quota").asInt()).isEqualTo(90);
        assertThat(reissued.path("returnReason").isNull()).isTrue();
        assertThat(Tiers.childOf(
                        Tiers.ok(tiers.supervisor(ZHEJIANG).get("/api/v1/campaigns/" + province)),
                        tiers.agency(NINGBO)))
                .as("re-splitting keeps the id of an unchanged child")
                .isEqualTo(ningbo);

        Tiers.ok(tiers.supervisor(HANGZHOU).post(path + "/accept", Map.of()));
        assertThat(tiers.supervisor(HANGZHOU).post(path + "/accept", Map.of()).status())
                .isEqualTo(409);
        List<Map<String, Object>> accepted = snapshot(province);

        Api.Response change = tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(child(tiers.agency(HANGZHOU), 80), child(tiers.agency(NINGBO), 120))));
        assertThat(change.status()).isEqualTo(409);
        Api.Response withdraw = tiers.supervisor(ZHEJIANG)
                .post("/api/v1/campaigns/" + province + "/split", split(List.of(child(tiers.agency(NINGBO), 120))));
        assertThat(withdraw.status()).isEqualTo(409);
        assertThat(snapshot(province)).isEqualTo(accepted);

        // Listing the accepted child unchanged is allowed: the rest is replaced.
        JsonNode replaced = Tiers.ok(tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(child(tiers.agency(HANGZHOU), 90), child(tiers.agency(WENZHOU), 60)))));
        assertThat(replaced.path("children")).hasSize(2);
        assertThat(replaced.path("ownQuota").asInt()).isEqualTo(150);
        assertThat(tiers.supervisor(NINGBO).get("/api/v1/campaigns/" + ningbo).status())
                .as("the withdrawn Ningbo plan is gone")
                .isEqualTo(404);
    }

    @Test
    void a_county_sees_its_plan_and_the_plans_above_it_but_not_a_siblings() {
        long province = create(ZHEJIANG, 300);
        long otherProvincePlan = create(ZHEJIANG, 10);
        long hangzhou = Tiers.childOf(
                Tiers.ok(tiers.supervisor(ZHEJIANG)
                        .post(
                                "/api/v1/campaigns/" + province + "/split",
                                split(List.of(child(tiers.agency(HANGZHOU), 100), child(tiers.agency(NINGBO), 50))))),
                tiers.agency(HANGZHOU));
        long ningbo = Tiers.childOf(
                Tiers.ok(tiers.supervisor(ZHEJIANG).get("/api/v1/campaigns/" + province)), tiers.agency(NINGBO));
        Tiers.ok(tiers.supervisor(HANGZHOU).post("/api/v1/campaigns/" + hangzhou + "/accept", Map.of()));
        JsonNode counties = Tiers.ok(tiers.supervisor(HANGZHOU)
                .post(
                        "/api/v1/campaigns/" + hangzhou + "/split",
                        split(List.of(child(tiers.agency(XIHU), 60), child(tiers.agency(YUHANG), 40)))));
        long xihu = Tiers.childOf(counties, tiers.agency(XIHU));
        long yuhang = Tiers.childOf(counties, tiers.agency(YUHANG));
        Api county = tiers.supervisor(XIHU);

        assertThat(ids(Tiers.ok(county.get("/api/v1/campaigns"))))
                .contains(xihu, hangzhou, province)
                .doesNotContain(yuhang, ningbo, otherProvincePlan);
        assertThat(county.get("/api/v1/campaigns/" + yuhang).status()).isEqualTo(404);
        assertThat(county.get("/api/v1/campaigns/" + ningbo).status()).isEqualTo(404);
        assertThat(county.get("/api/v1/campaigns/" + otherProvincePlan).status())
                .isEqualTo(404);
        JsonNode cityPlan = Tiers.ok(county.get("/api/v1/campaigns/" + hangzhou));
        assertThat(ids(cityPlan.path("children")))
                .as("of the city plan's sub-plans a county sees only its own")
                .containsExactly(xihu);

        assertThat(ids(Tiers.ok(tiers.supervisor(HANGZHOU).get("/api/v1/campaigns"))))
                .contains(hangzhou, xihu, yuhang, province)
                .doesNotContain(ningbo, otherProvincePlan);
        assertThat(ids(Tiers.ok(tiers.supervisor(ZHEJIANG).get("/api/v1/campaigns?year=2027"))))
                .contains(province, otherProvincePlan, hangzhou, ningbo, xihu, yuhang);
        assertThat(ids(Tiers.ok(tiers.supervisor(NANJING).get("/api/v1/campaigns"))))
                .doesNotContain(province, hangzhou, xihu);
        assertThat(tiers.supervisor(NANJING)
                        .get("/api/v1/campaigns/" + province)
                        .status())
                .isEqualTo(404);

        String enterprise = users.enterpriseUser("91330106MA2XXXXX1X", XIHU);
        assertThat(Api.as(port, enterprise).get("/api/v1/campaigns/" + xihu).status())
                .isEqualTo(404);
        assertThat(Api.as(port, enterprise).get("/api/v1/campaigns").status()).isEqualTo(403);
    }

    @Test
    void every_change_is_in_the_audit_log() {
        long province = create(ZHEJIANG, 300);
        long hangzhou = Tiers.childOf(
                Tiers.ok(tiers.supervisor(ZHEJIANG)
                        .post(
                                "/api/v1/campaigns/" + province + "/split",
                                split(List.of(child(tiers.agency(HANGZHOU), 100))))),
                tiers.agency(HANGZHOU));
        Tiers.ok(
                tiers.supervisor(HANGZHOU).post("/api/v1/campaigns/" + hangzhou + "/return", Map.of("reason", "配额过高")));

        List<String> actions = jdbc.queryForList(
                "SELECT action FROM audit_log WHERE entity = 'campaign_plan' AND entity_id IN (?, ?) ORDER BY id",
                String.class,
                String.valueOf(province),
                String.valueOf(hangzhou));
        assertThat(actions).containsExactly("CREATE", "ISSUE", "RETURN");
    }

    private long create(String region, int quota) {
        return Tiers.ok(tiers.supervisor(region).post("/api/v1/campaigns", plan("计划" + region, quota)))
                .path("id")
                .asLong();
    }

    private static List<Long> ids(JsonNode plans) {
        List<Long> ids = new ArrayList<>();
        plans.forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_plan", Integer.class);
    }

    /** The plan and its sub-plans as stored, to show a refusal changed nothing. */
    private List<Map<String, Object>> snapshot(long planId) {
        return jdbc.queryForList(
                "SELECT id, agency_id, quota, status, return_reason, version FROM campaign_plan"
                        + " WHERE id = ? OR parent_plan_id = ? ORDER BY id",
                planId,
                planId);
    }
}
