package cn.energyinspect.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
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

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A visit date that passed with the inspection not done is an overdue step, in 百色田阳 (451003) only. */
    @Test
    void a_visit_date_passed_before_the_inspection_counts_as_an_overdue_step() {
        clock.set(java.time.Instant.parse("2026-06-01T02:00:00Z"));
        CaseSteps steps = new CaseSteps(port, worlds.create("451003"));
        steps.open("COMPLAINT");
        CaseSteps.ok(steps.assignTeam("2026-06-03"));

        assertThat(dashboard(Role.SUPERVISOR, "451003")
                        .path("overdueSteps")
                        .path("visits")
                        .asLong())
                .isZero();
        clock.set(java.time.Instant.parse("2026-06-04T02:00:00Z"));
        JsonNode after = dashboard(Role.SUPERVISOR, "451003");
        assertThat(after.path("overdueSteps").path("visits").asLong()).isEqualTo(1);
        assertThat(after.path("overdueSteps").path("rectifications").asLong()).isZero();
    }

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
