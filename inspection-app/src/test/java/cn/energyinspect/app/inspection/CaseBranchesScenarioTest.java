package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The branches off the main path of a case, each through the HTTP API as its people take it. */
@IntegrationTest
class CaseBranchesScenarioTest {
    static final Instant MONDAY_1_JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    CaseSteps steps;

    @BeforeEach
    void openWorld() {
        clock.set(MONDAY_1_JUNE_2026);
        steps = new CaseSteps(port, worlds.create("330106"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_rescheduled_visit_gets_a_new_notice_and_the_old_one_is_kept_as_superseded() {
        steps.open("MANUAL");
        steps.assignTeamAndServeNotice("2026-06-08", "2026-06-01");
        String path = "/api/v1/cases/" + steps.caseId + "/visit/reschedule";

        Api.Response tooEarly = steps.supervisor.post(path, Map.of("visitDate", "2026-06-03", "reason", "企业停产检修"));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.problemFields()).containsExactly("visitDate");
        assertThat(steps.supervisor
                        .post(path, Map.of("visitDate", "2026-06-15"))
                        .problemFields())
                .containsExactly("reason");
        assertThat(steps.inspector1
                        .post(path, Map.of("visitDate", "2026-06-15", "reason", "企业停产检修"))
                        .status())
                .isEqualTo(403);
        assertThat(steps.detail().path("visitDate").asText()).isEqualTo("2026-06-08");

        steps.ok(steps.supervisor.post(path, Map.of("visitDate", "2026-06-15", "reason", "企业主要负责人出差，申请改期")));

        JsonNode moved = steps.detail();
        assertThat(moved.path("status").asText()).isEqualTo("TEAM_ASSIGNED");
        assertThat(moved.path("visitDate").asText()).isEqualTo("2026-06-15");
        assertThat(moved.path("reschedules")).hasSize(1);
        assertThat(moved.path("reschedules").get(0).path("oldVisitDate").asText())
                .isEqualTo("2026-06-08");
        JsonNode old = notices(moved).get(0);
        assertThat(old.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.path("storageKey").isNull())
                .as("the superseded notice stays on file")
                .isFalse();

        steps.ok(steps.complete(steps.inspector1, "Task_ServeInspectionNotice", Map.of("servedOn", "2026-06-01")));
        JsonNode served = steps.detail();
        List<JsonNode> notices = notices(served);
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).path("supersededBy").asLong())
                .isEqualTo(notices.get(1).path("id").asLong());
        assertThat(notices.get(1).path("status").asText()).isEqualTo("SERVED");
        assertThat(notices.get(1).path("documentNumber").asText())
                .isNotEqualTo(notices.get(0).path("documentNumber").asText());
        assertThat(steps.task(steps.inspector1, "Task_OnSiteInspection")).isNotBlank();
    }

    @Test
    void a_withdrawal_needs_a_supervisors_approval_and_keeps_the_case_number() {
        JsonNode opened = steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        String path = "/api/v1/cases/" + steps.caseId + "/withdrawal";

        assertThat(steps.inspector1.post(path, Map.of()).problemFields()).containsExactly("reason");
        assertThat(steps.enterprise.post(path, Map.of("reason", "x")).status()).isIn(403, 404);
        Api.Response requested = steps.inspector1.post(path, Map.of("reason", "举报线索不实，企业已停产注销"));
        assertThat(requested.status()).isEqualTo(202);
        assertThat(steps.inspector1.post(path, Map.of("reason", "再次申请")).status())
                .isEqualTo(409);

        assertThat(steps.complete(steps.supervisor, "Task_ApproveWithdrawal", Map.of("approved", false))
                        .problemFields())
                .containsExactly("comment");
        steps.ok(steps.complete(
                steps.supervisor, "Task_ApproveWithdrawal", Map.of("approved", false, "comment", "需先现场核实")));
        assertThat(steps.detail().path("status").asText()).isEqualTo("TEAM_ASSIGNED");
        assertThat(steps.task(steps.inspector1, "Task_OnSiteInspection")).isNotBlank();

        steps.ok(steps.supervisor.post(path, Map.of("reason", "经核实企业已注销")));
        steps.ok(steps.complete(steps.supervisor, "Task_ApproveWithdrawal", Map.of("approved", true)));

        JsonNode withdrawn = steps.detail();
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("statusLabel").asText()).isEqualTo("已撤销立案");
        assertThat(withdrawn.path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("caseNumber").asText())
                .isEqualTo(opened.path("caseNumber").asText());
        assertThat(withdrawn.path("openSteps")).isEmpty();
        assertThat(withdrawn.path("withdrawals")).hasSize(2);
        assertThat(withdrawn.path("withdrawals").toString())
                .as("people are named, never by login name")
                .doesNotContain(steps.world.inspector1(), steps.world.supervisor());
        assertThat(withdrawn.path("withdrawals").get(0).path("requestedBy").asText())
                .startsWith("测试");
        List<String> actions = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/audit")
                .json()
                .findValuesAsText("action");
        assertThat(actions)
                .contains("WITHDRAWAL_REQUESTED", "WITHDRAWAL_REFUSED", "WITHDRAWAL_APPROVED", "CASE_WITHDRAWN");
        assertThat(steps.inspector1
                        .put("/api/v1/cases/" + steps.caseId + "/checklist/answers", CaseSteps.clinkerAnswers(100))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_manual_finding_with_its_article_and_evidence_is_a_finding_like_any_other() throws Exception {
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        long photo = steps.upload(steps.inspector1, "计量器具缺失.png", CaseSteps.png());
        String path = "/api/v1/cases/" + steps.caseId + "/findings";

        Api.Response unknown = steps.inspector1.post(path, Map.of("description", "未配备计量器具", "lawArticle", "EL999"));
        assertThat(unknown.problemFields()).containsExactly("lawArticle");
        assertThat(steps.supervisor
                        .post(path, Map.of("description", "x", "lawArticle", "EL27"))
                        .status())
                .isEqualTo(403);
        Api.Response recorded = steps.inspector1.post(
                path,
                Map.of(
                        "description", "二车间主要用能设备未配备电能计量器具",
                        "lawArticle", "EL27",
                        "evidenceIds", List.of(photo)));
        assertThat(recorded.status()).isEqualTo(201);
        JsonNode finding = recorded.json();
        assertThat(finding.path("source").asText()).isEqualTo("MANUAL");
        assertThat(finding.path("lawArticle").asText()).isEqualTo("《中华人民共和国节约能源法》第二十七条");
        assertThat(finding.path("penaltyArticle").asText()).contains("第七十四条");

        steps.ok(steps.inspect(105, Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:50:00Z")));
        JsonNode inspected = steps.detail();
        assertThat(inspected.path("findings")).hasSize(1);
        assertThat(inspected.path("findings").get(0).path("description").asText())
                .contains("电能计量器具");
        assertThat(steps.task(steps.enterprise, "Task_EnterpriseStatement"))
                .as("the manual finding goes to the enterprise like any other")
                .isNotBlank();
        String record = ReinspectionScenarioTest.pdfText(steps, documentIdOf(inspected, "ON_SITE_RECORD"));
        assertThat(record).contains("电能计量器具").contains("第二十七条");
        assertThat(steps.inspector1
                        .delete(path + "/" + finding.path("id").asLong())
                        .status())
                .as("no change once the record is signed")
                .isEqualTo(409);
    }

    @Test
    void equipment_the_rules_cannot_grade_blocks_the_record_until_the_inspector_grades_it_with_a_reason() {
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        Map<String, Object> motor = new HashMap<>(Map.of(
                "type",
                "MOTOR",
                "model",
                "Y2-315L-4",
                "date",
                "2019-06-01",
                "ratedPowerKw",
                200,
                "poles",
                4,
                "efficiencyPercent",
                95.0));
        Map<String, Object> answers = new HashMap<>(CaseSteps.clinkerAnswers(105));
        answers.put("EQUIPMENT", Map.of("rows", List.of(motor)));

        Api.Response blocked =
                steps.inspect(answers, Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:50:00Z"));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.problemFields()).containsExactly("answers.EQUIPMENT.rows[0].inspectorGrade");
        assertThat(blocked.body()).contains("人工判定");
        assertThat(steps.detail().path("status").asText()).isEqualTo("TEAM_ASSIGNED");

        motor.put("inspectorGrade", Map.of("verdict", "NON_COMPLIANT", "reason", "铭牌效率 95.0%，低于 2019 年适用标准的限定值"));
        answers.put("EQUIPMENT", Map.of("rows", List.of(motor)));
        steps.ok(steps.inspect(answers, Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:50:00Z")));

        JsonNode graded = steps.detail().path("findings").get(0);
        assertThat(graded.path("source").asText()).isEqualTo("INSPECTOR");
        assertThat(graded.path("kind").asText()).isEqualTo("BELOW_EFFICIENCY_LIMIT");
        assertThat(graded.path("gradingReason").asText()).contains("铭牌效率");
        assertThat(graded.path("gradedBy").asText()).isNotBlank();
        assertThat(graded.path("lawArticle").asText()).contains("第十七条");
    }

    @Test
    void a_transformer_bought_today_grades_by_gb_20052_2024_and_a_steel_figure_before_its_edition_is_graded_by_hand() {
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        Map<String, Object> transformer = Map.of(
                "type", "TRANSFORMER",
                "model", "S11-M-1000/10",
                "ratedCapacityKva", 1000,
                "voltageKv", 10,
                "insulation", "OIL",
                "coreMaterial", "ELECTRICAL_STEEL",
                "connectionGroup", "DYN11",
                "noLoadLossKw", 1.2,
                "loadLossKw", 12.0);
        Map<String, Object> sintering = new HashMap<>(Map.of(
                "product", "STEEL_SINTERING",
                "indicator", "PROCESS_ENERGY",
                "value", 50,
                "unit", "kgce/t",
                "date", "2026-03-01"));
        Map<String, Object> answers = new HashMap<>();
        answers.put("EQUIPMENT", Map.of("rows", List.of(transformer)));
        answers.put("UNIT_CONSUMPTION", Map.of("rows", List.of(sintering)));

        Api.Response blocked =
                steps.inspect(answers, Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:50:00Z"));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.problemFields())
                .as("only the steel figure waits for the inspector: the transformer is graded by the rules")
                .containsExactly("answers.UNIT_CONSUMPTION.rows[0].inspectorGrade");
        assertThat(blocked.body()).contains("GB 21256-2013");

        sintering.put("inspectorGrade", Map.of("verdict", "COMPLIANT", "reason", "按 GB 21256-2013 限定值核对，符合"));
        answers.put("UNIT_CONSUMPTION", Map.of("rows", List.of(sintering)));
        steps.ok(steps.inspect(answers, Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:50:00Z")));

        List<JsonNode> found = steps.currentFindings();
        assertThat(found).hasSize(1);
        JsonNode finding = found.get(0);
        assertThat(finding.path("kind").asText()).isEqualTo("BELOW_EFFICIENCY_LIMIT");
        assertThat(finding.path("standard").asText()).isEqualTo("GB 20052");
        assertThat(finding.path("edition").asText()).isEqualTo("2024");
        assertThat(finding.path("description").asText()).contains("电力变压器").doesNotContain("TRANSFORMER");
        assertThat(finding.path("lawArticle").asText()).contains("第十七条");
        assertThat(finding.path("penaltyArticle").asText())
                .as("equipment below its limit is not an Art. 71 matter: the rules data says Art. 70")
                .contains("第七十条");
    }

    @Test
    void answers_are_frozen_once_the_record_is_signed_and_the_record_names_each_evidence_hash() throws Exception {
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        Api.Response upload =
                steps.inspector1.upload("/api/v1/cases/" + steps.caseId + "/evidence", "熟料车间.png", CaseSteps.png());
        long photo = upload.json().path("id").asLong();
        String sha = upload.json().path("sha256").asText();
        Map<String, Object> answers = new HashMap<>(CaseSteps.clinkerAnswers(118));
        answers.put("SITE_PHOTOS", Map.of("evidenceIds", List.of(photo)));
        steps.ok(steps.inspector1.put("/api/v1/cases/" + steps.caseId + "/checklist/answers", answers));
        Map<String, Object> record = Map.of(
                "enterpriseRepresentative", "王厂长",
                "representativeSigned", true,
                "inspectorsSigned", true,
                "place", "熟料车间",
                "startedAt", "2026-06-01T01:00:00Z",
                "endedAt", "2026-06-01T01:50:00Z");

        Api.Response mismatch = steps.complete(
                steps.inspector1,
                "Task_OnSiteInspection",
                Map.of("record", record, "evidence", List.of(Map.of("evidenceId", photo, "sha256", "0".repeat(64)))));
        assertThat(mismatch.status()).isEqualTo(409);
        assertThat(mismatch.problemFields()).containsExactly("evidence[0].sha256");
        assertThat(steps.detail().path("status").asText()).isEqualTo("TEAM_ASSIGNED");

        steps.ok(steps.complete(
                steps.inspector1,
                "Task_OnSiteInspection",
                Map.of("record", record, "evidence", List.of(Map.of("evidenceId", photo, "sha256", sha)))));
        JsonNode signed = steps.detail();
        JsonNode covered = signed.path("rounds").get(0).path("record").path("evidence");
        assertThat(covered).hasSize(1);
        assertThat(covered.get(0).path("sha256").asText()).isEqualTo(sha);
        assertThat(ReinspectionScenarioTest.pdfText(steps, documentIdOf(signed, "ON_SITE_RECORD")))
                .contains(sha.substring(0, 32));

        Api.Response late = steps.inspector1.put(
                "/api/v1/cases/" + steps.caseId + "/checklist/answers", CaseSteps.clinkerAnswers(100));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asText()).contains("冻结");
        assertThat(steps.inspector1
                        .get("/api/v1/cases/" + steps.caseId + "/checklist")
                        .json()
                        .path("frozen")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void the_approver_reads_the_draft_notice_before_approving_it_and_the_enterprise_reads_nothing_internal() {
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        steps.ok(steps.inspect(118, Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:50:00Z")));
        steps.ok(steps.enterprise.post("/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "无异议")));
        long findingId = steps.currentFindings().get(0).path("id").asLong();
        steps.ok(steps.complete(
                steps.inspector1,
                "Task_DraftRectificationNotice",
                Map.of(
                        "items",
                        List.of(Map.of("findingId", findingId, "requiredAction", "节能改造", "deadline", "2026-08-31")))));
        long draft = documentIdOf(steps.detail(), "RECTIFICATION_NOTICE");

        Api.Download preview =
                steps.supervisor.download("/api/v1/cases/" + steps.caseId + "/documents/" + draft + "/pdf");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("application/pdf");
        assertThat(steps.enterprise
                        .download("/api/v1/cases/" + steps.caseId + "/documents/" + draft + "/pdf")
                        .status())
                .isEqualTo(404);

        steps.ok(steps.complete(
                steps.supervisor,
                "Task_ApproveRectificationNotice",
                Map.of("approved", false, "comment", "内部意见：整改期限过长，请缩短")));
        JsonNode portal =
                steps.enterprise.get("/api/v1/portal/cases/" + steps.caseId).json();
        assertThat(portal.toString()).doesNotContain("内部意见");
        assertThat(portal.path("documents").findValuesAsText("status")).doesNotContain("DRAFT", "RETURNED");
        assertThat(steps.detail().toString())
                .as("the agency reads its own comment")
                .contains("内部意见");
    }

    @Test
    void a_group_task_claimed_by_one_supervisor_is_held_for_them_until_released() {
        String colleague = worlds.anotherSupervisor(steps.world);
        Api other = Api.as(port, colleague);
        steps.open("MANUAL");
        String taskId = steps.task(steps.supervisor, "Task_AssignTeam");

        JsonNode claimed = steps.supervisor
                .post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                .json();
        assertThat(claimed.path("claimedByMe").asBoolean()).isTrue();
        Map<String, Object> team = Map.of(
                "inspectors", List.of(steps.world.inspector1(), steps.world.inspector2()), "visitDate", "2026-06-10");
        Api.Response held = other.post("/api/v1/tasks/" + taskId + "/complete", team);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().path("detail").asText()).contains("认领");
        assertThat(held.json().path("heldBy").asText()).isNotBlank().isNotEqualTo(steps.world.supervisor());
        assertThat(other.post("/api/v1/tasks/" + taskId + "/claim", Map.of()).status())
                .isEqualTo(409);
        assertThat(steps.detail().path("status").asText()).isEqualTo("OPENED");

        steps.ok(steps.supervisor.post("/api/v1/tasks/" + taskId + "/release", Map.of()));
        steps.ok(other.post("/api/v1/tasks/" + taskId + "/complete", team));
        assertThat(steps.detail().path("status").asText()).isEqualTo("TEAM_ASSIGNED");
        Api.Response again = steps.supervisor.post("/api/v1/tasks/" + taskId + "/complete", team);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("办理完毕");
    }

    @Test
    void a_record_entered_days_late_keeps_the_clocks_of_the_day_the_inspection_ended() {
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        clock.set(Instant.parse("2026-06-03T02:00:00Z"));
        steps.signIn();

        steps.ok(steps.inspect(118, Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T06:00:00Z")));

        // 3 working days after Monday 1 June: the statement period ends with Thursday 4 June, not 8 June
        JsonNode statement = steps.enterprise
                .get("/api/v1/tasks/" + steps.task(steps.enterprise, "Task_EnterpriseStatement"))
                .json();
        assertThat(statement.path("due").asText()).isEqualTo("2026-06-04T16:00:00Z");
        JsonNode record = steps.detail().path("rounds").get(0).path("record");
        assertThat(record.path("enteredLate").asBoolean()).isTrue();
        assertThat(record.path("endedAt").asText()).isEqualTo("2026-06-01T06:00:00Z");
    }

    @Test
    void the_dictionary_names_every_code_a_person_reads() {
        JsonNode dictionary = steps.enterprise.get("/api/v1/dictionaries").json();

        for (CaseStatus status : CaseStatus.values()) {
            assertThat(dictionary.path("caseStatus").path(status.name()).asText())
                    .isNotBlank();
        }
        assertThat(dictionary.path("caseStatus").path("WITHDRAWN").asText()).isEqualTo("已撤销立案");
        assertThat(dictionary.path("confidence").path("THIRD_PARTY").asText()).isEqualTo("第三方转录");
        assertThat(dictionary.path("confidence").path("UNCONFIRMED").asText()).isEqualTo("待核实");
        assertThat(dictionary
                        .path("quotaIndicator")
                        .path("CEMENT_CLINKER/COMPREHENSIVE_ENERGY")
                        .asText())
                .isEqualTo("熟料单位产品综合能耗");
        assertThat(dictionary.path("lawArticle").path("EL27").asText()).contains("第二十七条");
    }

    private static List<JsonNode> notices(JsonNode detail) {
        List<JsonNode> notices = new java.util.ArrayList<>();
        detail.path("documents").forEach(d -> {
            if (d.path("kind").asText().equals("INSPECTION_NOTICE")) {
                notices.add(d);
            }
        });
        return notices;
    }

    private static long documentIdOf(JsonNode detail, String kind) {
        for (JsonNode d : detail.path("documents")) {
            if (d.path("kind").asText().equals(kind)) {
                return d.path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " in " + detail.path("documents"));
    }
}
