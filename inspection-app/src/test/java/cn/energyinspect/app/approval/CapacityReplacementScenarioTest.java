package cn.energyinspect.app.approval;

import static cn.energyinspect.app.approval.ApprovalSteps.clinkerPlan;
import static cn.energyinspect.app.approval.ApprovalSteps.freshOwner;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A capacity-replacement plan from the enterprise's first draft to its 公告 (issue 15): the pre-check shows a ratio
 * shortfall and holds the submission back, the enterprise corrects the plan, the city passes it, the province
 * publishes it for five working days (both ends counted), an anonymous objection is filed (a resend stored once) and
 * dismissed with reasons, the 公示 ends, the 公告 and 批复 are issued as PDFs and published; an overdue shut-down opens
 * an inspection case.
 */
@IntegrationTest
class CapacityReplacementScenarioTest {
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

    @Autowired
    JdbcTemplate jdbc;

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
    void a_plan_short_of_its_ratio_is_corrected_reviewed_published_objected_to_and_announced() throws Exception {
        String owner = freshOwner();
        long id = steps.create(clinkerPlan("西子水泥熟料产能置换方案", 1_000_000, 1_500_000, owner));

        // the pre-check on save: 西湖区 lies in 长三角, 2 : 1 required; 1.5 : 1 falls 500,000 short
        JsonNode draft = steps.detail(steps.enterprise, id);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("precheck").path("decision").asText()).isEqualTo("REJECT");
        assertThat(draft.path("precheck").path("requiredRatio").asDouble()).isEqualTo(2.0);
        assertThat(draft.path("precheck").path("shortfall").asDouble()).isEqualTo(500_000);
        JsonNode refused = steps.submit(id);
        assertThat(refused.path("submitted").asBoolean()).isFalse();
        assertThat(refused.path("message").asText()).contains("置换比例不足").contains("尚差 500000");
        assertThat(steps.detail(steps.enterprise, id).path("status").asText()).isEqualTo("DRAFT");

        // corrected: 2,000,000 exit for 1,000,000 new reaches 2 : 1
        JsonNode saved = steps.ok(steps.enterprise.put(
                "/api/v1/approvals/capacity-replacement/" + id,
                clinkerPlan("西子水泥熟料产能置换方案", 1_000_000, 2_000_000, owner)));
        assertThat(saved.path("precheck").path("decision").asText()).isEqualTo("PASS");
        assertThat(saved.path("precheck").path("reasons").findValuesAsText("code"))
                .contains("RATIO_MET");
        assertThat(steps.submit(id).path("submitted").asBoolean()).isTrue();
        assertThat(steps.detail(steps.cityReviewer, id).path("stage").asText()).isEqualTo("CITY_REVIEW");

        steps.review(steps.cityReviewer, id, "city-review", "PASS", null);
        JsonNode published = steps.review(steps.provinceReviewer, id, "province-review", "PASS", "符合要求，予以公示");
        assertThat(published.path("status").asText()).isEqualTo("PUBLICITY");
        // five working days, both ends counted: Mon 03-02 … Fri 03-06
        assertThat(published.path("publicityStart").asText()).isEqualTo("2026-03-02");
        assertThat(published.path("publicityEnd").asText()).isEqualTo("2026-03-06");
        String number = published.path("applicationNumber").asText();

        Api anyone = Api.anonymous(port);
        JsonNode list =
                anyone.get("/api/v1/public/approvals/publicity?province=330000").json();
        assertThat(list.findValuesAsText("applicationNumber")).contains(number);
        JsonNode page = steps.ok(anyone.get("/api/v1/public/approvals/" + number));
        assertThat(page.path("objectionsOpen").asBoolean()).isTrue();
        assertThat(page.toString()).doesNotContain("13800000000");

        // an anonymous objection with an attachment; sent twice, stored once with one receipt
        byte[] photo = cn.energyinspect.app.support.CaseSteps.pdf();
        Api.Response first = steps.object(number, "匿名群众", "该生产线早已停产多年，产能不实", Map.of("现场照片.pdf", photo));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String receipt = first.json().path("receiptNumber").asText();
        assertThat(receipt).startsWith("YY20260302-");
        Api.Response again = steps.object(number, "匿名群众", "该生产线早已停产多年，产能不实", Map.of("现场照片.pdf", photo));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("receiptNumber").asText()).isEqualTo(receipt);
        assertThat(again.json().path("alreadyReceived").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM approval_objection WHERE application_id = ?", Integer.class, id))
                .isEqualTo(1);

        JsonNode objections = steps.detail(steps.provinceReviewer, id).path("objections");
        assertThat(objections).hasSize(1);
        assertThat(objections.get(0).path("files")).hasSize(1);
        assertThat(steps.detail(steps.enterprise, id).path("objections"))
                .as("the enterprise never sees the objector")
                .isEmpty();
        long objectionId = objections.get(0).path("id").asLong();
        steps.ok(steps.provinceReviewer.post(
                "/api/v1/approvals/" + id + "/objections/" + objectionId + "/verification",
                Map.of("substantiated", false, "reasons", "经现场核查，该生产线2025年仍在生产，产能属实")));

        // the 公示 ends at the end of Friday 03-06; the timer moves it to the decision
        clock.set(OffsetDateTime.parse("2026-03-06T23:59:00+08:00").toInstant());
        assertThat(ApprovalSteps.fireTimers(runtime, jobs, "cr-" + id)).isZero();
        clock.set(OffsetDateTime.parse("2026-03-09T09:00:00+08:00").toInstant());
        assertThat(ApprovalSteps.fireTimers(runtime, jobs, "cr-" + id)).isEqualTo(1);
        steps.signIn();
        assertThat(steps.detail(steps.provinceReviewer, id).path("stage").asText())
                .isEqualTo("DECISION");

        JsonNode approved = steps.review(steps.provinceReviewer, id, "decision", "APPROVE", null);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("stage").asText()).isEqualTo("SHUTDOWN");
        assertThat(approved.path("documents").findValuesAsText("kind"))
                .containsExactly("APPROVAL_ANNOUNCEMENT", "APPROVAL_REPLY");
        long announcement = approved.path("documents").get(0).path("id").asLong();
        byte[] pdf = anyone.bytes("/api/v1/public/approvals/" + number + "/documents/" + announcement);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(anyone.get("/api/v1/public/approvals/decisions?province=330000")
                        .json()
                        .findValuesAsText("applicationNumber"))
                .contains(number);
    }

    @Test
    void a_substantiated_objection_withdraws_the_plan_and_an_approved_one_can_be_revoked_later() {
        // the process branches of CapacityReplacementProcessTest, here through the API: objection → withdrawal
        long withdrawn = steps.inPublicity(clinkerPlan("异议成立撤回测试方案", 1_000_000, 2_000_000, freshOwner()));
        String number = steps.number(withdrawn);
        assertThat(steps.object(number, "某村民", "退出生产线仍在生产", Map.of()).status()).isEqualTo(201);
        long objectionId = steps.detail(steps.provinceReviewer, withdrawn)
                .path("objections")
                .get(0)
                .path("id")
                .asLong();
        steps.ok(steps.provinceReviewer.post(
                "/api/v1/approvals/" + withdrawn + "/objections/" + objectionId + "/verification",
                Map.of("substantiated", true, "reasons", "经核查，退出生产线未停产")));
        clock.set(OffsetDateTime.parse("2026-03-09T09:00:00+08:00").toInstant());
        ApprovalSteps.fireTimers(runtime, jobs, "cr-" + withdrawn);
        steps.signIn();
        assertThat(steps.detail(steps.provinceReviewer, withdrawn).path("stage").asText())
                .isEqualTo("OBJECTIONS");
        Api.Response noReasons = steps.provinceReviewer.post(
                "/api/v1/approvals/" + withdrawn + "/objection-resolution", Map.of("outcome", "WITHDRAW"));
        assertThat(noReasons.status()).isEqualTo(422);
        assertThat(noReasons.problemFields()).containsExactly("reasons");
        JsonNode resolved = steps.ok(steps.provinceReviewer.post(
                "/api/v1/approvals/" + withdrawn + "/objection-resolution",
                Map.of("outcome", "WITHDRAW", "reasons", "异议成立，方案撤回")));
        assertThat(resolved.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(resolved.path("statusName").asText()).isNotBlank().isNotEqualTo("WITHDRAWN");
        assertThat(ApprovalSteps.fireTimers(runtime, jobs, "cr-" + withdrawn))
                .as("a withdrawn plan waits for nothing")
                .isZero();

        // an approved plan revoked after its announcement: the follow-ups end
        clock.set(OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant());
        steps.signIn();
        long approved = steps.inPublicity(clinkerPlan("批复后撤销测试方案", 1_000_000, 2_000_000, freshOwner()));
        clock.set(OffsetDateTime.parse("2026-03-09T09:00:00+08:00").toInstant());
        ApprovalSteps.fireTimers(runtime, jobs, "cr-" + approved);
        steps.signIn();
        assertThat(steps.review(steps.provinceReviewer, approved, "decision", "APPROVE", null)
                        .path("status")
                        .asText())
                .isEqualTo("APPROVED");
        assertThat(steps.cityReviewer
                        .post(
                                "/api/v1/approvals/" + approved + "/revocation",
                                Map.of("kind", "WITHDRAW", "reasons", "市级无权撤销"))
                        .status())
                .isEqualTo(403);
        JsonNode revoked = steps.ok(steps.provinceReviewer.post(
                "/api/v1/approvals/" + approved + "/revocation", Map.of("kind", "WITHDRAW", "reasons", "退出产能弄虚作假")));
        assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.path("documents").findValuesAsText("kind")).contains("APPROVAL_REVOCATION");
        assertThat(steps.provinceReviewer
                        .post(
                                "/api/v1/approvals/" + approved + "/revocation",
                                Map.of("kind", "SUSPEND", "reasons", "再次"))
                        .status())
                .as("a revoked approval cannot be suspended again")
                .isEqualTo(409);
    }

    @Test
    void an_objection_after_the_publicity_is_refused_with_its_end_date() {
        long id = steps.inPublicity(clinkerPlan("迟到异议测试方案", 1_000_000, 2_000_000, freshOwner()));
        String number = steps.number(id);

        clock.set(OffsetDateTime.parse("2026-03-07T08:00:00+08:00").toInstant());
        Api.Response late = steps.object(number, "某企业", "异议理由", Map.of());

        assertThat(late.status()).as(late.body()).isEqualTo(422);
        assertThat(late.json().path("detail").asText()).contains("2026-03-06");
        assertThat(late.json().path("publicityEnd").asText()).isEqualTo("2026-03-06");
    }

    @Test
    void a_returned_plan_is_edited_as_a_new_version_and_goes_through_the_city_again() {
        long id = steps.create(clinkerPlan("退回修改测试方案", 1_000_000, 2_000_000, freshOwner()));
        steps.submit(id);

        Api.Response noReason =
                steps.cityReviewer.post("/api/v1/approvals/" + id + "/city-review", Map.of("outcome", "RETURN"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("reasons");
        JsonNode returned = steps.review(steps.cityReviewer, id, "city-review", "RETURN", "请补充退出生产线的排污许可证复印件");
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(steps.detail(steps.enterprise, id)
                        .path("reviews")
                        .get(0)
                        .path("reasons")
                        .asText())
                .contains("排污许可证");

        steps.ok(steps.enterprise.put(
                "/api/v1/approvals/capacity-replacement/" + id,
                clinkerPlan("退回修改测试方案（修改稿）", 1_000_000, 2_000_000, freshOwner())));
        assertThat(steps.submit(id).path("submitted").asBoolean()).isTrue();

        JsonNode again = steps.detail(steps.cityReviewer, id);
        assertThat(again.path("status").asText()).isEqualTo("CITY_REVIEW");
        assertThat(again.path("stage").asText()).isEqualTo("CITY_REVIEW");
        assertThat(again.path("versions")).hasSize(2);
        assertThat(again.path("versions").get(0).path("form").path("title").asText())
                .isEqualTo("退回修改测试方案");
        assertThat(again.path("formVersion").asInt()).isEqualTo(2);
    }

    @Test
    void an_overdue_shut_down_opens_an_inspection_case_against_the_enterprise() {
        Map<String, Object> plan = clinkerPlan("到期未关停测试方案", 1_000_000, 2_000_000, freshOwner());
        plan.put("plannedStart", "2026-03-20");
        long id = steps.inPublicity(plan);
        clock.set(OffsetDateTime.parse("2026-03-09T09:00:00+08:00").toInstant());
        ApprovalSteps.fireTimers(runtime, jobs, "cr-" + id);
        steps.signIn();
        steps.review(steps.provinceReviewer, id, "decision", "APPROVE", null);

        clock.set(OffsetDateTime.parse("2026-03-21T00:00:01+08:00").toInstant());
        assertThat(ApprovalSteps.fireTimers(runtime, jobs, "cr-" + id)).isEqualTo(1);

        steps.signIn();
        JsonNode detail = steps.detail(steps.provinceReviewer, id);
        JsonNode shutdown = detail.path("milestones").get(0);
        assertThat(shutdown.path("milestone").asText()).isEqualTo("SHUTDOWN");
        long caseId = shutdown.path("overdueCase").asLong();
        assertThat(caseId).isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT enterprise_uscc FROM inspection_case WHERE id = ?", String.class, caseId))
                .isEqualTo(steps.world.enterpriseUscc());
        assertThat(detail.path("stage").asText())
                .as("the plan keeps waiting for the shut-down")
                .isEqualTo("SHUTDOWN");

        // the open case now holds the enterprise's next application
        long next = steps.create(clinkerPlan("第二个方案", 1_000_000, 2_000_000, freshOwner()));
        Api.Response held = steps.enterprise.post("/api/v1/approvals/" + next + "/submission", Map.of());
        assertThat(held.status()).as(held.body()).isEqualTo(409);
        assertThat(held.json().path("holds").findValuesAsText("caseId")).contains(Long.toString(caseId));
        assertThat(held.json().path("detail").asText()).contains("节能监察案件未结案");
        List<String> kinds = held.json().path("holds").findValuesAsText("kind");
        assertThat(kinds).contains("OPEN_CASE");
    }
}
