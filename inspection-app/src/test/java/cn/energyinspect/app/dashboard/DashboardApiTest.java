package cn.energyinspect.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard counts the viewer's region only, broken down one level below it. Cases are opened in 桂林 (450300),
 * which no other test uses, so the counts are exact.
 */
@IntegrationTest
class DashboardApiTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Test
    void each_tier_sees_its_region_broken_down_one_level_below() {
        CaseSteps xiufeng = new CaseSteps(port, worlds.create("450302"));
        xiufeng.open("COMPLAINT");
        xiufeng.open("MANUAL");
        CaseSteps diecai = new CaseSteps(port, worlds.create("450303"));
        diecai.open("COMPLAINT");

        JsonNode city = dashboard(Role.SUPERVISOR, "450300");
        assertThat(city.path("cases").asLong()).isEqualTo(3);
        assertThat(city.path("casesByStatus").path("OPENED").asLong()).isEqualTo(3);
        assertThat(city.path("regions").findValuesAsText("regionCode")).containsExactly("450302", "450303");
        assertThat(city.path("regions").get(0).path("cases").asLong()).isEqualTo(2);
        assertThat(city.path("regions").get(0).path("regionName").asText()).isEqualTo("秀峰区");

        JsonNode province = dashboard(Role.AUDITOR, "450000");
        assertThat(province.path("regions").findValuesAsText("regionCode")).contains("450300");
        JsonNode county = dashboard(Role.SUPERVISOR, "450303");
        assertThat(county.path("cases").asLong()).isEqualTo(1);
        JsonNode otherCity = dashboard(Role.SUPERVISOR, "450400");
        assertThat(otherCity.path("regions").findValuesAsText("regionCode")).doesNotContain("450302", "450303");

        Api enterprise = Api.as(port, xiufeng.world.enterpriseUser());
        assertThat(enterprise.get("/api/v1/dashboard").status()).isEqualTo(403);
        Api.Response badDates = Api.as(port, users.create(Role.SUPERVISOR, "450300"))
                .get("/api/v1/dashboard?from=2027-01-02&to=2027-01-01");
        assertThat(badDates.status()).isEqualTo(422);
        assertThat(badDates.problemFields()).containsExactly("to");
    }

    private JsonNode dashboard(Role role, String region) {
        Api.Response response = Api.as(port, users.create(role, region)).get("/api/v1/dashboard");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
