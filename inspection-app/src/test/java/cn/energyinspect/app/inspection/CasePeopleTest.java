package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages name people, not logins: the case's records keep logins, {@code /people} names each. */
@IntegrationTest
class CasePeopleTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void every_login_the_case_records_hold_has_its_display_name_and_the_enterprise_reads_none() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        CaseSteps.ok(steps.assignTeam("2026-06-01"));
        CaseSteps.ok(steps.inspect(118, Instant.parse("2026-06-01T00:30:00Z"), Instant.parse("2026-06-01T01:30:00Z")));
        CaseSteps.ok(
                steps.enterprise.post("/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "无异议")));

        JsonNode people = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/people")
                .json();
        for (JsonNode entry :
                steps.supervisor.get("/api/v1/cases/" + steps.caseId + "/audit").json()) {
            String login = entry.path("actor").asText();
            assertThat(people.path(login).asText()).as(login).isNotBlank().isNotEqualTo(login);
        }
        JsonNode team = steps.detail().path("team");
        team.forEach(m -> assertThat(people.path(m.path("username").asText()).asText())
                .isEqualTo(m.path("displayName").asText()));
        assertThat(people.has(steps.world.enterpriseUser())).isTrue();

        assertThat(steps.enterprise
                        .get("/api/v1/cases/" + steps.caseId + "/people")
                        .status())
                .isEqualTo(404);
        CaseWorld.World stranger = worlds.create("330203");
        assertThat(cn.energyinspect.app.support.Api.as(port, stranger.supervisor())
                        .get("/api/v1/cases/" + steps.caseId + "/people")
                        .status())
                .isEqualTo(404);
    }
}
