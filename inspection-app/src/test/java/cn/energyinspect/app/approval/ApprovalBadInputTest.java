package cn.energyinspect.app.approval;

import static cn.energyinspect.app.approval.ApprovalSteps.clinkerPlan;
import static cn.energyinspect.app.approval.ApprovalSteps.freshOwner;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input and refusals of issue 15: an exiting line used twice (409 naming the other plan), a reviewer of another
 * province (404), steel suspended since 2024-08-23 (held back with its source), files checked by content, missing
 * fields named, a hold from an open case, a reviewer of the wrong level.
 */
@IntegrationTest
class ApprovalBadInputTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

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
    void an_exiting_line_used_by_another_pending_plan_is_a_conflict_naming_that_plan() {
        String owner = freshOwner();
        long first = steps.create(clinkerPlan("第一个方案", 1_000_000, 2_000_000, owner));
        steps.submit(first);
        String firstNumber = steps.number(first);

        ApprovalSteps other = new ApprovalSteps(port, worlds, users);
        Map<String, Object> plan = clinkerPlan("第二个方案", 1_000_000, 2_000_000, owner);
        // the same line, spelt with a full-width digit and a space
        ((Map<String, Object>) ((List<?>) plan.get("exitLines")).get(0)).put("lineName", "２号 熟料生产线");
        long second = other.create(plan);
        assertThat(other.detail(other.enterprise, second)
                        .path("precheck")
                        .path("doubleUse")
                        .findValuesAsText("otherApplicationNumber"))
                .containsExactly(firstNumber);

        Api.Response refused = other.enterprise.post("/api/v1/approvals/" + second + "/submission", Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains(firstNumber);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("exitLines[0]");
    }

    @Test
    void a_reviewer_of_another_province_does_not_find_the_application() {
        long id = steps.create(clinkerPlan("他省审核员测试", 1_000_000, 2_000_000, freshOwner()));
        steps.submit(id);
        Api jiangsu = Api.as(port, users.create(Role.PROJECT_REVIEWER, "320000"));

        assertThat(jiangsu.get("/api/v1/approvals/" + id).status()).isEqualTo(404);
        assertThat(jiangsu.post("/api/v1/approvals/" + id + "/province-review", Map.of("outcome", "PASS"))
                        .status())
                .isEqualTo(404);
        assertThat(jiangsu.get("/api/v1/approvals").json().path("total").asLong())
                .isZero();
    }

    @Test
    void the_province_reviewer_cannot_do_the_city_review_nor_the_city_the_province_review() {
        long id = steps.create(clinkerPlan("层级测试", 1_000_000, 2_000_000, freshOwner()));
        steps.submit(id);

        assertThat(steps.provinceReviewer
                        .post("/api/v1/approvals/" + id + "/city-review", Map.of("outcome", "PASS"))
                        .status())
                .isEqualTo(403);
        Api.Response early =
                steps.cityReviewer.post("/api/v1/approvals/" + id + "/province-review", Map.of("outcome", "PASS"));
        assertThat(early.status()).isEqualTo(403);
    }

    @Test
    void a_steel_plan_is_held_back_since_the_suspension_of_2024_08_23_with_its_source() {
        Map<String, Object> plan = clinkerPlan("钢铁产能置换方案", 1_000_000, 2_000_000, freshOwner());
        plan.put("industry", "STEEL");
        long id = steps.create(plan);

        JsonNode precheck = steps.detail(steps.enterprise, id).path("precheck");
        assertThat(precheck.path("decision").asText()).isEqualTo("SUSPENDED");
        JsonNode first = precheck.path("reasons").get(0);
        assertThat(first.path("message").asText()).startsWith("钢铁产能置换自2024年8月23日起暂停");
        assertThat(first.path("basis").path("source").asText()).contains("关于暂停钢铁产能置换工作的通知");
        assertThat(first.path("basis").path("effectiveFrom").asText()).isEqualTo("2024-08-23");

        JsonNode submitted = steps.submit(id);
        assertThat(submitted.path("submitted").asBoolean()).isFalse();
        assertThat(submitted.path("message").asText()).contains("钢铁产能置换自2024年8月23日起暂停");
        assertThat(steps.detail(steps.enterprise, id).path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void a_submission_names_every_missing_field_and_a_draft_may_lack_them() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", "未填完的方案");
        plan.put("industry", "CEMENT_CLINKER");
        long id = steps.create(plan);
        assertThat(steps.detail(steps.enterprise, id)
                        .path("precheck")
                        .path("decision")
                        .asText())
                .isEqualTo("INCOMPLETE");

        Api.Response refused = steps.enterprise.post("/api/v1/approvals/" + id + "/submission", Map.of());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .contains("regionCode", "newCapacity", "newLineName", "plannedStart", "exitLines");
    }

    @Test
    void files_are_checked_by_content_whatever_their_name() {
        long id = steps.create(clinkerPlan("附件测试", 1_000_000, 2_000_000, freshOwner()));
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        Api.Response refused = steps.enterprise.upload("/api/v1/approvals/" + id + "/files", "产能核算表.pdf", elf);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("file");

        Api.Response objection = steps.object("CR-0000-000000", "某人", "理由", Map.of("a.pdf", elf));
        assertThat(objection.status()).isEqualTo(404);
    }

    @Test
    void an_enterprise_with_an_open_inspection_case_is_held_at_submission_naming_the_case() {
        Api supervisor = Api.as(port, steps.world.supervisor());
        Api.Response opened = supervisor.post(
                "/api/v1/cases",
                Map.of(
                        "enterpriseUscc",
                        steps.world.enterpriseUscc(),
                        "trigger",
                        "MANUAL",
                        "inspectionType",
                        "ON_SITE"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String caseNumber = opened.json().path("caseNumber").asText();
        long id = steps.create(clinkerPlan("被暂停办理的方案", 1_000_000, 2_000_000, freshOwner()));
        assertThat(steps.detail(steps.enterprise, id)
                        .path("precheck")
                        .path("holds")
                        .path("blocks")
                        .asBoolean())
                .isTrue();

        Api.Response held = steps.enterprise.post("/api/v1/approvals/" + id + "/submission", Map.of());

        assertThat(held.status()).as(held.body()).isEqualTo(409);
        assertThat(held.json().path("detail").asText()).contains(caseNumber);
    }

    @Test
    void objections_from_one_address_are_throttled() {
        long id = steps.inPublicity(clinkerPlan("限流测试", 1_000_000, 2_000_000, freshOwner()));
        String number = steps.number(id);
        Api from = Api.anonymous(port).from("10.77.0.1");
        int created = 0;
        Api.Response last = null;
        for (int i = 0; i < 12; i++) {
            last = from.multipart(
                    "/api/v1/public/approvals/" + number + "/objections",
                    Map.of("name", "甲" + i, "contact", "1", "reasons", "理由" + i),
                    Map.of());
            if (last.status() == 201) {
                created++;
            }
        }
        assertThat(created).isEqualTo(10);
        assertThat(last.status()).isEqualTo(429);
    }
}
