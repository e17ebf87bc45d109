package cn.energyinspect.app.campaign.plan;

import static cn.energyinspect.app.campaign.plan.Tiers.HAISHU;
import static cn.energyinspect.app.campaign.plan.Tiers.HANGZHOU;
import static cn.energyinspect.app.campaign.plan.Tiers.NINGBO;
import static cn.energyinspect.app.campaign.plan.Tiers.XIHU;
import static cn.energyinspect.app.campaign.plan.Tiers.YUHANG;
import static cn.energyinspect.app.campaign.plan.Tiers.ZHEJIANG;
import static cn.energyinspect.app.campaign.plan.Tiers.child;
import static cn.energyinspect.app.campaign.plan.Tiers.plan;
import static cn.energyinspect.app.campaign.plan.Tiers.split;
import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static cn.energyinspect.app.support.EnterpriseBuilder.freshUscc;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Enterprises named without a draw (national list, 复查, complaints) flow down the split to the tier that inspects. */
@IntegrationTest
class NamedTargetApiTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_national_list_flows_down_to_the_county_that_inspects() {
        Tiers tiers = new Tiers(port, users, agencies, jdbc);
        Api zhejiang = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        Api jiangsu = Api.as(port, users.create(Role.PROVINCE_ADMIN, "320000"));
        String inXihu = register(zhejiang, XIHU);
        String inHaishu = register(zhejiang, HAISHU);
        String inNanjing = register(jiangsu, "320102");
        long province = Tiers.ok(tiers.supervisor(ZHEJIANG).post("/api/v1/campaigns", plan("国家专项监察任务", 20)))
                .path("id")
                .asLong();
        String named = "/api/v1/campaigns/" + province + "/named-targets";

        Api.Response refused = tiers.supervisor(ZHEJIANG)
                .put(
                        named,
                        Map.of(
                                "targets",
                                List.of(
                                        target(inXihu, "NATIONAL_LIST"),
                                        target(inNanjing, "NATIONAL_LIST"),
                                        target(freshUscc(XIHU), "COMPLAINT"),
                                        target(inXihu, "COMPLAINT"),
                                        target(inHaishu, "ANONYMOUS_TIP"))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields())
                .containsExactly("targets[1].uscc", "targets[2].uscc", "targets[3].uscc", "targets[4].reason");
        assertThat(Tiers.ok(tiers.supervisor(ZHEJIANG).get(named))).isEmpty();

        JsonNode withList = Tiers.ok(tiers.supervisor(ZHEJIANG)
                .put(
                        named,
                        Map.of("targets", List.of(target(inXihu, "NATIONAL_LIST"), target(inHaishu, "COMPLAINT")))));
        assertThat(withList.path("namedTargetCount").asInt()).isEqualTo(2);
        assertThat(withList.path("quota").asInt())
                .as("named targets are not drawn")
                .isEqualTo(20);

        JsonNode split = Tiers.ok(tiers.supervisor(ZHEJIANG)
                .post(
                        "/api/v1/campaigns/" + province + "/split",
                        split(List.of(child(tiers.agency(HANGZHOU), 10), child(tiers.agency(NINGBO), 10)))));
        long hangzhou = Tiers.childOf(split, tiers.agency(HANGZHOU));
        long ningbo = Tiers.childOf(split, tiers.agency(NINGBO));
        assertThat(usccs(Tiers.ok(tiers.supervisor(HANGZHOU).get("/api/v1/campaigns/" + hangzhou + "/named-targets"))))
                .containsExactly(inXihu);
        assertThat(usccs(Tiers.ok(tiers.supervisor(NINGBO).get("/api/v1/campaigns/" + ningbo + "/named-targets"))))
                .containsExactly(inHaishu);
        assertThat(tiers.supervisor(HANGZHOU)
                        .put("/api/v1/campaigns/" + hangzhou + "/named-targets", Map.of("targets", List.of()))
                        .status())
                .as("an issued plan is not yet the city's to change")
                .isEqualTo(409);
        assertThat(tiers.supervisor(NINGBO)
                        .get("/api/v1/campaigns/" + hangzhou + "/named-targets")
                        .status())
                .isEqualTo(404);

        Tiers.ok(tiers.supervisor(HANGZHOU).post("/api/v1/campaigns/" + hangzhou + "/accept", Map.of()));
        JsonNode counties = Tiers.ok(tiers.supervisor(HANGZHOU)
                .post(
                        "/api/v1/campaigns/" + hangzhou + "/split",
                        split(List.of(child(tiers.agency(XIHU), 5), child(tiers.agency(YUHANG), 5)))));
        long xihu = Tiers.childOf(counties, tiers.agency(XIHU));
        long yuhang = Tiers.childOf(counties, tiers.agency(YUHANG));
        assertThat(Tiers.ok(tiers.supervisor(XIHU).get("/api/v1/campaigns/" + xihu))
                        .path("namedTargetCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(usccs(Tiers.ok(tiers.supervisor(XIHU).get("/api/v1/campaigns/" + xihu + "/named-targets"))))
                .containsExactly(inXihu);
        assertThat(Tiers.ok(tiers.supervisor(YUHANG).get("/api/v1/campaigns/" + yuhang + "/named-targets")))
                .isEmpty();

        // Withdrawing a sub-plan takes its copies with it.
        Tiers.ok(tiers.supervisor(HANGZHOU)
                .post("/api/v1/campaigns/" + hangzhou + "/split", split(List.of(child(tiers.agency(YUHANG), 5)))));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM campaign_named_target WHERE plan_id = ?", Integer.class, xihu))
                .isZero();
    }

    private static Map<String, String> target(String uscc, String reason) {
        return Map.of("uscc", uscc, "reason", reason);
    }

    private static String register(Api admin, String region) {
        Api.Response created = admin.post(
                "/api/v1/enterprises", anEnterprise().inRegion(region).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("uscc").asText();
    }

    private static List<String> usccs(JsonNode targets) {
        List<String> usccs = new ArrayList<>();
        targets.forEach(t -> usccs.add(t.path("uscc").asText()));
        return usccs;
    }
}
