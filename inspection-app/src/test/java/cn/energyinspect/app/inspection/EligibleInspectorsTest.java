package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The choice of inspectors offered for a case's team: valid 执法证 on the date, no declared 回避, own agency only. */
@IntegrationTest
class EligibleInspectorsTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Test
    void only_certified_inspectors_without_a_conflict_are_offered_and_only_to_supervisors() {
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        String path = "/api/v1/cases/" + steps.caseId + "/eligible-inspectors?date=2027-06-01";

        JsonNode offered = steps.supervisor.get(path).json();
        assertThat(offered.findValuesAsText("username"))
                .containsExactlyInAnyOrder(steps.world.inspector1(), steps.world.inspector2());
        assertThat(steps.supervisor
                        .get("/api/v1/cases/" + steps.caseId + "/eligible-inspectors?date=2031-01-01")
                        .json())
                .isEmpty();
        assertThat(steps.inspector1.get(path).status()).isEqualTo(403);
        assertThat(steps.supervisor
                        .get("/api/v1/cases/" + steps.caseId + "/eligible-inspectors?date=tomorrow")
                        .status())
                .isEqualTo(422);
    }
}
