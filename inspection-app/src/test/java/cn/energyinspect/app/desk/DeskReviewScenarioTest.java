package cn.energyinspect.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 书面监察 from the screening of an 能源利用状况报告, every branch of desk-review.bpmn through the HTTP API as its
 * people take it: the enterprise files a report with clinker over its quota, the supervisor opens the desk case of the
 * screening, confirms (or dismisses) its signals and names the reviewers, a reviewer serves the 书面监察通知书, the
 * enterprise answers in writing (or lets the period run out), and the review closes, asks for more documents, orders
 * rectification (the same case goes on at its 限期整改通知书) or hands it over to an on-site inspection.
 */
@IntegrationTest
class DeskReviewScenarioTest {
    static final Instant MONDAY_2_MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService jobs;

    CaseSteps steps;

    @BeforeEach
    void openWorld() {
        clock.set(MONDAY_2_MARCH_2026);
        steps = new CaseSteps(port, worlds.create("330106"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void rectification_ordered_by_the_review_continues_the_same_case_at_its_rectification_notice() {
        long screening = fileOverQuotaReport();
        JsonNode screened =
                steps.supervisor.get("/api/v1/desk/screenings/" + screening).json();
        assertThat(screened.path("riskClass").asText()).isEqualTo("HIGH");
        assertThat(screened.path("caseCandidate").asBoolean()).isTrue();
        assertThat(screened.path("signals").findValuesAsText("code")).contains("OVER_QUOTA", "ABOVE_BASELINE");
        assertThat(steps.enterprise.get("/api/v1/desk/screenings/" + screening).status())
                .as("the screening is the agency's")
                .isEqualTo(403);
        Api.Download export =
                steps.supervisor.download("/api/v1/desk/screenings/export.xlsx?year=2025&signal=OVER_QUOTA");
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> rows = Workbooks.read(export.bytes(), 0);
        assertThat(rows.getFirst()).contains("统一社会信用代码", "风险等级", "筛查信号");
        assertThat(rows.stream().filter(r -> r.getFirst().equals(steps.world.enterpriseUscc())))
                .singleElement()
                .satisfies(r -> assertThat(String.join("|", r)).contains("高风险", "单位产品能耗超过限额标准"));
        assertThat(steps.supervisor
                        .get("/api/v1/desk/screenings/export.xlsx?riskClass=EXTREME")
                        .problemFields())
                .containsExactly("riskClass");

        assertThat(steps.inspector1.post(openPath(screening), Map.of()).status())
                .as("only a supervisor opens a case")
                .isEqualTo(403);
        JsonNode opened = openDeskCase(screening);
        assertThat(opened.path("caseNumber").asText()).isNotBlank();
        assertThat(steps.supervisor.post(openPath(screening), Map.of()).status())
                .as("one case per screening result")
                .isEqualTo(409);
        JsonNode caseDetail = steps.detail();
        assertThat(caseDetail.path("trigger").asText()).isEqualTo("DESK_SCREENING");
        assertThat(caseDetail.path("inspectionType").asText()).isEqualTo("DESK");
        assertThat(caseDetail.path("status").asText()).isEqualTo("OPENED");

        confirmAll();
        assertThat(steps.detail().path("status").asText()).isEqualTo("TEAM_ASSIGNED");
        assertThat(steps.detail().path("findings").findValuesAsText("kind")).contains("OVER_QUOTA");

        serveNotice("2026-03-16");
        JsonNode served = desk(steps.supervisor);
        assertThat(served.path("status").asText()).isEqualTo("NOTICE_SERVED");
        assertThat(served.path("answerDue").asText()).isEqualTo("2026-03-16");
        assertThat(served.path("requestedDocuments")).hasSize(2);
        assertThat(steps.detail().path("documents").findValuesAsText("kind")).contains("INSPECTION_NOTICE");

        JsonNode enterpriseView = desk(steps.enterprise);
        assertThat(enterpriseView.path("riskClass").isNull())
                .as("the enterprise does not read its risk class")
                .isTrue();
        assertThat(enterpriseView.path("signals"))
                .hasSize(served.path("signals").size());

        answer("熟料综合能耗偏高系窑系统检修期间低负荷运行所致，已附检修记录和月度能耗台账。");
        assertThat(desk(steps.supervisor).path("status").asText()).isEqualTo("WRITTEN_REVIEW");

        steps.ok(review("RECTIFY", "说明不成立：熟料单耗超过限额，责令限期整改"));

        JsonNode rectifying = steps.detail();
        assertThat(rectifying.path("status").asText()).isEqualTo("INSPECTED");
        assertThat(rectifying.path("caseNumber").asText())
                .isEqualTo(opened.path("caseNumber").asText());
        assertThat(steps.task(steps.inspector1, "Task_DraftRectificationNotice"))
                .as("the reviewers draft the 限期整改通知书 of the same case")
                .isNotBlank();
        assertThat(desk(steps.supervisor).path("decision").asText()).isEqualTo("RECTIFY");
        List<String> actions = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/audit")
                .json()
                .findValuesAsText("action");
        assertThat(actions)
                .contains(
                        "CASE_OPENED",
                        "DESK_SIGNALS_CONFIRMED",
                        "DESK_NOTICE_SERVED",
                        "DESK_WRITTEN_ANSWER",
                        "DESK_REVIEWED",
                        "DESK_RECTIFICATION_ORDERED");
    }

    @Test
    void an_escalation_closes_the_desk_case_and_opens_an_on_site_case_for_the_enterprise() {
        openDeskCase(fileOverQuotaReport());
        confirmAll();
        serveNotice("2026-03-16");
        answer("已按要求提交材料。");

        steps.ok(review("ESCALATE", "台账与产量统计不一致，须现场核查"));

        JsonNode desk = desk(steps.supervisor);
        assertThat(desk.path("status").asText()).isEqualTo("CLOSED");
        assertThat(desk.path("outcome").asText()).isEqualTo("ESCALATED_ON_SITE");
        long onSite = desk.path("escalatedCaseId").asLong();
        assertThat(onSite).isPositive();
        JsonNode site = steps.supervisor.get("/api/v1/cases/" + onSite).json();
        assertThat(site.path("trigger").asText()).isEqualTo("DESK_REVIEW");
        assertThat(site.path("inspectionType").asText()).isEqualTo("ON_SITE");
        assertThat(site.path("enterpriseUscc").asText()).isEqualTo(steps.world.enterpriseUscc());
        long deskCase = steps.caseId;
        steps.caseId = onSite;
        assertThat(steps.task(steps.supervisor, "Task_AssignTeam")).isNotBlank();
        steps.caseId = deskCase;
        assertThat(steps.detail().path("openSteps")).isEmpty();
    }

    @Test
    void an_answer_period_that_runs_out_goes_to_review_which_may_ask_again_and_then_close() {
        openDeskCase(fileOverQuotaReport());
        confirmAll();
        serveNotice("2026-03-04");
        String instance = jdbc.queryForObject(
                "SELECT process_instance_id FROM inspection_case WHERE id = ?", String.class, steps.caseId);

        clock.set(Instant.parse("2026-03-04T12:00:00Z"));
        assertThat(CaseSteps.fireDueTimers(jobs, instance))
                .as("the answer day is available in full (China time)")
                .isZero();
        clock.set(Instant.parse("2026-03-04T16:30:00Z"));
        steps.signIn();
        assertThat(CaseSteps.fireDueTimers(jobs, instance)).isEqualTo(1);
        JsonNode over = desk(steps.supervisor);
        assertThat(over.path("status").asText()).isEqualTo("WRITTEN_REVIEW");
        assertThat(over.path("noAnswer").asBoolean()).isTrue();
        assertThat(steps.enterprise.post(answerPath(), Map.of("text", "迟到的说明")).status())
                .as("the period is over: the answer step is gone")
                .isEqualTo(409);

        steps.ok(review("MORE_DOCUMENTS", "逾期未提交，再次要求提交材料"));
        assertThat(steps.task(steps.inspector1, "Task_ServeDeskNotice")).isNotBlank();
        serveNotice("2026-03-20");
        assertThat(desk(steps.supervisor).path("noAnswer").asBoolean()).isFalse();
        answer("补充提交 2025 年能源购进、消费、库存台账，熟料产量按统计局口径更正。");
        steps.ok(review("CLOSE", "说明成立"));

        JsonNode closed = desk(steps.supervisor);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("CLOSED_EXPLAINED");
        assertThat(closed.path("outcomeLabel").asText()).isEqualTo("书面说明成立结案");
        assertThat(closed.path("decision").asText()).isEqualTo("CLOSE");
    }

    @Test
    void signals_all_dismissed_close_the_case_without_findings() {
        openDeskCase(fileOverQuotaReport());
        JsonNode desk = desk(steps.supervisor);
        List<Map<String, Object>> dismissals = new ArrayList<>();
        for (JsonNode s : desk.path("signals")) {
            dismissals.add(Map.of("line", s.path("line").asInt(), "confirmed", false, "reason", "经核实为填报笔误"));
        }
        steps.ok(steps.complete(steps.supervisor, "Task_ConfirmSignals", Map.of("signals", dismissals)));

        JsonNode closed = desk(steps.supervisor);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("CLOSED_NO_FINDINGS");
        assertThat(closed.path("signals").findValuesAsText("reason")).containsOnly("经核实为填报笔误");
        assertThat(steps.detail().path("findings")).isEmpty();
    }

    @Test
    void bad_inputs_of_the_desk_steps_are_refused_naming_their_fields_and_change_nothing() {
        openDeskCase(fileOverQuotaReport());
        JsonNode desk = desk(steps.supervisor);
        int first = desk.path("signals").get(0).path("line").asInt();

        Api.Response none = steps.complete(steps.supervisor, "Task_ConfirmSignals", Map.of());
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.problemFields()).contains("signals");
        List<Map<String, Object>> all = confirmations(desk);
        Api.Response noReviewers = steps.complete(steps.supervisor, "Task_ConfirmSignals", Map.of("signals", all));
        assertThat(noReviewers.problemFields()).containsExactly("reviewers");
        List<Map<String, Object>> unexplained = new ArrayList<>(all);
        unexplained.set(0, Map.of("line", first, "confirmed", false));
        assertThat(steps.complete(
                                steps.supervisor,
                                "Task_ConfirmSignals",
                                Map.of("signals", unexplained, "reviewers", reviewers()))
                        .problemFields())
                .containsExactly("signals[0].reason");
        Api.Response expired = steps.complete(
                steps.supervisor,
                "Task_ConfirmSignals",
                Map.of("signals", all, "reviewers", List.of(steps.world.inspector1(), steps.world.expiredInspector())));
        assertThat(expired.problemFields()).containsExactly("reviewers");
        assertThat(steps.detail().path("status").asText()).isEqualTo("OPENED");

        confirmAll();
        Api.Response early = steps.complete(
                steps.inspector1,
                "Task_ServeDeskNotice",
                Map.of("documents", List.of("能源台账"), "answerDue", "2026-03-02"));
        assertThat(early.problemFields()).containsExactly("answerDue");
        assertThat(steps.complete(steps.inspector1, "Task_ServeDeskNotice", Map.of("answerDue", "2026-03-16"))
                        .problemFields())
                .containsExactly("documents");
        assertThat(steps.complete(
                                steps.inspector1,
                                "Task_ServeDeskNotice",
                                Map.of("documents", List.of("能源台账"), "answerDue", "16.03.2026"))
                        .problemFields())
                .containsExactly("answerDue");
        serveNotice("2026-03-16");

        assertThat(steps.enterprise.post(answerPath(), Map.of()).problemFields())
                .containsExactly("text");
        assertThat(steps.enterprise
                        .post(answerPath(), Map.of("text", "说明", "evidenceIds", List.of(999_999_999L)))
                        .problemFields())
                .containsExactly("evidenceIds[0]");
        CaseWorld.World other = worlds.create("330106");
        assertThat(Api.as(port, other.enterpriseUser())
                        .post(answerPath(), Map.of("text", "不是我的案件"))
                        .status())
                .as("another enterprise's desk case is not found")
                .isEqualTo(404);
        assertThat(Api.as(port, other.enterpriseUser())
                        .get("/api/v1/desk/cases/" + steps.caseId)
                        .status())
                .isEqualTo(404);
        answer("说明");

        Api.Response unknown = review("APPROVE", "x");
        assertThat(unknown.problemFields()).containsExactly("decision");
        assertThat(review("CLOSE", " ").problemFields()).containsExactly("reason");
        assertThat(desk(steps.supervisor).path("status").asText()).isEqualTo("WRITTEN_REVIEW");
    }

    // ---------------------------------------------------------------- steps

    /** The enterprise files its 2025 report: clinker at 118 kgce/t against the 117 limit of GB 16780-2021. */
    long fileOverQuotaReport() {
        Api.Response filed = steps.enterprise.post(
                "/api/v1/desk/reports/" + steps.world.enterpriseUscc() + "/2025/submit",
                Map.of("content", report(118)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("verdicts").findValuesAsText("signal")).contains("OVER_QUOTA");
        for (JsonNode item : steps.supervisor
                .get("/api/v1/desk/screenings?year=2025&size=200")
                .json()
                .path("items")) {
            if (item.path("uscc").asText().equals(steps.world.enterpriseUscc())) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no screening of " + steps.world.enterpriseUscc());
    }

    static Map<String, Object> report(double clinker) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("basic", Map.of("unitName", "测试水泥厂", "managerFiled", true, "lastAuditYear", 2024));
        content.put(
                "energy",
                List.of(
                        Map.of("energyType", "RAW_COAL", "quantity", 10_000, "unit", "t"),
                        Map.of("energyType", "ELECTRICITY", "quantity", 5_000_000, "unit", "kWh")));
        content.put(
                "products",
                List.of(Map.of(
                        "product", "CEMENT_CLINKER",
                        "indicator", "COMPREHENSIVE_ENERGY",
                        "value", clinker,
                        "unit", "kgce/t",
                        "conditions", Map.of("altitudeMeters", 200))));
        return content;
    }

    String openPath(long screening) {
        return "/api/v1/desk/screenings/" + screening + "/case";
    }

    String answerPath() {
        return "/api/v1/desk/cases/" + steps.caseId + "/written-answer";
    }

    JsonNode openDeskCase(long screening) {
        Api.Response opened = steps.supervisor.post(openPath(screening), Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        steps.caseId = opened.json().path("caseId").asLong();
        return opened.json();
    }

    JsonNode desk(Api api) {
        Api.Response response = api.get("/api/v1/desk/cases/" + steps.caseId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    List<String> reviewers() {
        return List.of(steps.world.inspector1(), steps.world.inspector2());
    }

    static List<Map<String, Object>> confirmations(JsonNode desk) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (JsonNode s : desk.path("signals")) {
            all.add(Map.of("line", s.path("line").asInt(), "confirmed", true));
        }
        return all;
    }

    void confirmAll() {
        steps.ok(steps.complete(
                steps.supervisor,
                "Task_ConfirmSignals",
                Map.of("signals", confirmations(desk(steps.supervisor)), "reviewers", reviewers())));
    }

    void serveNotice(String answerDue) {
        steps.ok(steps.complete(
                steps.inspector1,
                "Task_ServeDeskNotice",
                Map.of("documents", List.of("2025年度能源购进、消费、库存台账", "熟料产量统计报表"), "answerDue", answerDue)));
    }

    void answer(String text) {
        Api.Response answered = steps.enterprise.post(answerPath(), Map.of("text", text));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    Api.Response review(String decision, String reason) {
        return steps.complete(
                steps.supervisor, "Task_ReviewWrittenAnswer", Map.of("decision", decision, "reason", reason));
    }
}
