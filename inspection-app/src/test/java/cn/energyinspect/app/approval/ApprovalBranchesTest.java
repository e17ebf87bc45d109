package cn.energyinspect.app.approval;

import static cn.energyinspect.app.approval.ApprovalSteps.clinkerPlan;
import static cn.energyinspect.app.approval.ApprovalSteps.freshOwner;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.bpmn.CapacityReplacementProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The refusal branches of the approval skeleton through the HTTP API (they were only path-tested in the bpmn module):
 * city REFUSE and province REFUSE end the process in 不予通过; a REFUSE without reasons is refused naming the field and
 * changes nothing; a second refusal is a conflict; a refused plan is never announced as approved.
 */
@IntegrationTest
class ApprovalBranchesTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @Autowired
    HistoryService history;

    ApprovalSteps steps;

    @BeforeEach
    void monday_2_march_2026() {
        clock.set(OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant());
        steps = new ApprovalSteps(port, worlds, users);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void city_refuse_ends_the_capacity_plan_refused_with_its_reasons() {
        long id = steps.create(clinkerPlan("市级不予通过测试方案", 1_000_000, 2_000_000, freshOwner()));
        steps.submit(id);

        Api.Response noReasons =
                steps.cityReviewer.post("/api/v1/approvals/" + id + "/city-review", Map.of("outcome", "REFUSE"));
        assertThat(noReasons.status()).as(noReasons.body()).isEqualTo(422);
        assertThat(noReasons.problemFields()).containsExactly("reasons");
        assertThat(steps.detail(steps.cityReviewer, id).path("status").asText()).isEqualTo("CITY_REVIEW");

        JsonNode refused = steps.review(steps.cityReviewer, id, "city-review", "REFUSE", "退出产能不属于合规产能");
        assertRefused(id, refused, "退出产能不属于合规产能");

        Api.Response again = steps.cityReviewer.post(
                "/api/v1/approvals/" + id + "/city-review", Map.of("outcome", "REFUSE", "reasons", "再次"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
    }

    @Test
    void province_refuse_ends_the_capacity_plan_refused_with_its_reasons() {
        long id = steps.create(clinkerPlan("省级不予通过测试方案", 1_000_000, 2_000_000, freshOwner()));
        steps.submit(id);
        steps.review(steps.cityReviewer, id, "city-review", "PASS", null);

        Api.Response noReasons = steps.provinceReviewer.post(
                "/api/v1/approvals/" + id + "/province-review", Map.of("outcome", "REFUSE"));
        assertThat(noReasons.status()).as(noReasons.body()).isEqualTo(422);
        assertThat(noReasons.problemFields()).containsExactly("reasons");

        JsonNode refused = steps.review(steps.provinceReviewer, id, "province-review", "REFUSE", "新建项目能效未达标杆水平");
        assertRefused(id, refused, "新建项目能效未达标杆水平");
    }

    private void assertRefused(long id, JsonNode refused, String reasons) {
        assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("statusName").asText()).isNotBlank().isNotEqualTo("REFUSED");
        JsonNode seen = steps.detail(steps.enterprise, id);
        assertThat(seen.path("status").asText()).isEqualTo("REFUSED");
        assertThat(seen.path("reviews").findValuesAsText("reasons")).contains(reasons);
        // ended, and ended in 不予通过: a key that named no instance would not pass
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(CapacityReplacementProcess.businessKey(id))
                        .finished()
                        .list())
                .as("the process ended at 不予通过")
                .singleElement()
                .extracting(HistoricProcessInstance::getEndActivityId)
                .isEqualTo("End_Refused");
        String number = seen.path("applicationNumber").asText();
        assertThat(number).isNotBlank();
        Api.Response decisions = Api.anonymous(port).get("/api/v1/public/approvals/decisions?province=330000");
        assertThat(decisions.status()).as(decisions.body()).isEqualTo(200);
        assertThat(decisions.json().findValuesAsText("applicationNumber"))
                .as("a refused plan is not announced as approved")
                .doesNotContain(number);
    }
}
