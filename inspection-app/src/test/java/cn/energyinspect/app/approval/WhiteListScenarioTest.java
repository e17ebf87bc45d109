package cn.energyinspect.app.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A white-list application on the same skeleton: scored with the province's (unconfirmed, default) weights, reviewed,
 * published, listed for the configured period with its 通知; and found by search within the reviewer's jurisdiction
 * only.
 */
@IntegrationTest
class WhiteListScenarioTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService jobs;

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

    static Map<String, Object> application(String level, double share) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "西子节能示范工厂白名单申请");
        form.put("regionCode", ApprovalSteps.COUNTY);
        form.put("productCode", "CEMENT_CLINKER");
        form.put("unitConsumptionLevel", level);
        form.put("valueAddedTenThousandYuan", 24_000.0);
        form.put("energyConsumptionTce", 20_000.0);
        form.put("chainPosition", "KEY_SUPPORTING");
        form.put("greenPowerSharePercent", share);
        return form;
    }

    @Test
    void a_white_list_application_is_scored_with_unconfirmed_province_settings_reviewed_published_and_listed() {
        Api.Response low =
                steps.enterprise.post("/api/v1/approvals/white-list/precheck", application("ABOVE_BASELINE", 5));
        assertThat(low.status()).as(low.body()).isEqualTo(200);
        assertThat(low.json().path("decision").asText()).isEqualTo("NOT_RECOMMENDED");
        assertThat(low.json().path("reasons").findValuesAsText("code")).contains("WHITE_LIST_EXCLUDED");

        Api.Response created =
                steps.enterprise.post("/api/v1/approvals/white-list", application("AT_OR_BELOW_BENCHMARK", 55));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        JsonNode precheck = created.json().path("precheck");
        assertThat(precheck.path("decision").asText()).isEqualTo("RECOMMENDED");
        assertThat(precheck.path("unconfirmed").asBoolean()).isTrue();
        assertThat(precheck.path("score").path("confirmed").asBoolean()).isFalse();
        // 40 × 100 % + 25 × 100 % (1.2 × reference) + 15 × 70 % + 20 × 100 % = 95.5
        assertThat(precheck.path("score").path("total").asDouble()).isEqualTo(95.5);
        assertThat(precheck.path("reasons").findValuesAsText("message").toString())
                .contains("评分规则待核实");
        assertThat(created.json().path("settings").path("confirmed").asBoolean())
                .isFalse();

        assertThat(steps.submit(id).path("submitted").asBoolean()).isTrue();
        steps.review(steps.cityReviewer, id, "city-review", "PASS", null);
        assertThat(steps.review(steps.provinceReviewer, id, "province-review", "PASS", null)
                        .path("status")
                        .asText())
                .isEqualTo("PUBLICITY");
        clock.set(OffsetDateTime.parse("2026-03-09T09:00:00+08:00").toInstant());
        assertThat(ApprovalSteps.fireTimers(runtime, jobs, "wl-" + id)).isEqualTo(1);
        steps.signIn();
        JsonNode listed = steps.review(steps.provinceReviewer, id, "decision", "APPROVE", null);

        assertThat(listed.path("status").asText()).isEqualTo("APPROVED");
        assertThat(listed.path("stage").asText()).isEqualTo("LISTED");
        assertThat(listed.path("validFrom").asText()).isEqualTo("2026-03-09");
        assertThat(listed.path("validTo").asText()).isEqualTo("2027-03-08");
        assertThat(listed.path("documents").findValuesAsText("kind")).containsExactly("WHITE_LIST_NOTICE");

        // searchable by the province's reviewer, not by another province's
        String number = listed.path("applicationNumber").asText();
        Api jiangsu = Api.as(port, users.create(cn.energyinspect.app.security.Role.PROJECT_REVIEWER, "320000"));
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode found;
        do {
            found = steps.provinceReviewer
                    .get("/api/v1/search?q=" + number + "&type=APPLICATION")
                    .json();
        } while (found.path("total").asLong() == 0 && Instant.now().isBefore(until) && pause());
        assertThat(found.path("items").findValuesAsText("title").toString()).contains(number);
        assertThat(jiangsu.get("/api/v1/search?q=" + number)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        JsonNode own;
        do { // the decision is indexed by the outbox on its own, after the application
            own = steps.enterprise
                    .get("/api/v1/search?q=" + number + "&type=DECISION")
                    .json();
        } while (own.path("total").asLong() == 0 && Instant.now().isBefore(until.plusSeconds(20)) && pause());
        assertThat(own.path("total").asLong()).as(own.toString()).isPositive();
    }

    private static boolean pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
