package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A whole case through the HTTP API on the real MariaDB, as the people of an agency and the enterprise run it. */
@IntegrationTest
class CaseLifecycleScenarioTest {
    static final Instant MONDAY_1_JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    ManagementService jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_clinker_plant_over_quota_is_noticed_rectifies_and_the_case_closes() throws Exception {
        clock.set(MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));

        JsonNode opened = steps.open("MANUAL");
        assertThat(opened.path("caseNumber").asText()).matches(".+〔2026〕第\\d{4}号");
        assertThat(opened.path("status").asText()).isEqualTo("OPENED");

        steps.ok(steps.assignTeam("2026-06-08"));
        steps.ok(steps.complete(steps.inspector1, "Task_ServeInspectionNotice", Map.of("servedOn", "2026-06-01")));

        clock.set(Instant.parse("2026-06-08T09:00:00Z"));
        steps.signIn();
        steps.ok(steps.inspect(118, Instant.parse("2026-06-08T01:00:00Z"), Instant.parse("2026-06-08T06:00:00Z")));
        JsonNode inspected = steps.detail();
        assertThat(inspected.path("findings")).hasSize(1);
        JsonNode finding = inspected.path("findings").get(0);
        assertThat(finding.path("kind").asText()).isEqualTo("OVER_QUOTA");
        assertThat(finding.path("standard").asText()).isEqualTo("GB 16780");
        assertThat(finding.path("edition").asText()).isEqualTo("2021");
        assertThat(finding.path("limitValue").asDouble()).isEqualTo(117);
        assertThat(finding.path("lawArticle").asText()).contains("第十六条");

        steps.ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "我公司已启动余热发电改造，请予考虑。")));

        clock.set(Instant.parse("2026-06-10T02:00:00Z"));
        steps.signIn();
        steps.draftApproveAndServe("2026-08-31", "2026-06-10");
        JsonNode served = steps.detail();
        assertThat(served.path("status").asText()).isEqualTo("RECTIFYING");
        assertThat(served.path("rectificationDeadline").asText()).isEqualTo("2026-08-31");

        long pdf = steps.upload(steps.enterprise, "改造验收报告.pdf", CaseSteps.pdf());
        long photo = steps.upload(steps.enterprise, "现场照片.png", CaseSteps.png());
        Map<String, Object> answer = Map.of(
                "clientRequestId",
                "answer-" + steps.caseId,
                "items",
                List.of(Map.of(
                        "findingId", finding.path("id").asLong(),
                        "text", "已完成余热发电和篦冷机改造，熟料综合能耗降至 105 kgce/t。",
                        "evidenceIds", List.of(pdf, photo))));
        Api.Response first = steps.enterprise.post("/api/v1/portal/cases/" + steps.caseId + "/answers", answer);
        Api.Response resent = steps.enterprise.post("/api/v1/portal/cases/" + steps.caseId + "/answers", answer);
        steps.ok(first);
        assertThat(first.json().path("duplicate").asBoolean()).isFalse();
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().path("duplicate").asBoolean()).isTrue();
        assertThat(resent.json().path("answerId").asLong())
                .isEqualTo(first.json().path("answerId").asLong());

        steps.ok(steps.complete(steps.supervisor, "Task_ReviewRectification", Map.of("decision", "ACCEPT")));
        steps.ok(steps.complete(steps.supervisor, "Task_ApproveClosure", Map.of("comment", "整改到位，同意结案")));

        JsonNode closed = steps.detail();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("CLOSED_RECTIFIED");
        List<String> kinds = new ArrayList<>();
        closed.path("documents").forEach(d -> {
            kinds.add(d.path("kind").asText());
            assertThat(d.path("sha256").asText()).hasSize(64);
        });
        assertThat(kinds).contains("INSPECTION_NOTICE", "ON_SITE_RECORD", "RECTIFICATION_NOTICE", "REVIEW_OPINION");
        assertThat(closed.path("openSteps")).isEmpty();

        long noticeId = documentId(closed, "RECTIFICATION_NOTICE");
        String text = new PDFTextStripper()
                .getText(Loader.loadPDF(
                        steps.supervisor.bytes("/api/v1/cases/" + steps.caseId + "/documents/" + noticeId + "/pdf")));
        String noticeNumber = documentNumber(closed, "RECTIFICATION_NOTICE");
        assertThat(noticeNumber)
                .as("each kind its own series, GB/T 9704: no 第, no leading zeros")
                .matches(".+改〔2026〕[1-9]\\d*号");
        assertThat(text)
                .contains("限期整改通知书")
                .contains("GB 16780-2021")
                .contains(noticeNumber)
                .contains("熟料单位产品综合能耗")
                .doesNotContain("CEMENT_CLINKER", "COMPREHENSIVE_ENERGY", "THIRD_PARTY");

        Api.Response late = steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/answers",
                Map.of("clientRequestId", "after-closure", "items", List.of()));
        assertThat(late.status()).isEqualTo(409);

        JsonNode trail =
                steps.supervisor.get("/api/v1/cases/" + steps.caseId + "/audit").json();
        List<String> actions = trail.findValuesAsText("action");
        assertThat(actions).contains("CASE_OPENED", "TEAM_ASSIGNED", "RECTIFICATION_NOTICE_SERVED", "CASE_CLOSED");
    }

    @Test
    void when_the_deadline_passes_without_an_answer_the_case_is_referred_for_penalty() {
        clock.set(MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        steps.ok(steps.inspect(125, Instant.parse("2026-06-01T02:30:00Z"), Instant.parse("2026-06-01T05:00:00Z")));
        String processInstance = processInstanceOf(steps);

        clock.advance(Duration.ofDays(10));
        assertThat(CaseSteps.fireDueTimers(jobs, processInstance))
                .as("the statement period (3 working days) is over")
                .isGreaterThanOrEqualTo(1);
        steps.signIn();
        steps.draftApproveAndServe("2026-07-31", "2026-06-11");

        clock.set(Instant.parse("2026-08-01T02:00:00Z"));
        steps.signIn();
        CaseSteps.fireDueTimers(jobs, processInstance);

        JsonNode referred = steps.detail();
        assertThat(referred.path("status").asText()).isEqualTo("REFERRED_FOR_PENALTY");
        assertThat(referred.path("penaltyArticle").asText()).contains("第七十二条");
        assertThat(referred.path("openSteps")).isEmpty();
    }

    private String processInstanceOf(CaseSteps steps) {
        return jobs.createJobQuery().list().stream()
                .filter(j -> j.getProcessInstanceId() != null)
                .map(j -> j.getProcessInstanceId())
                .filter(pid -> pidOfCase(pid, steps.caseId))
                .findFirst()
                .orElseThrow();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private boolean pidOfCase(String pid, long caseId) {
        String ofCase = jdbc.queryForObject(
                "SELECT process_instance_id FROM inspection_case WHERE id = ?", String.class, caseId);
        return pid.equals(ofCase);
    }

    private static String documentNumber(JsonNode detail, String kind) {
        for (JsonNode d : detail.path("documents")) {
            if (d.path("kind").asText().equals(kind) && !d.path("storageKey").isNull()) {
                return d.path("documentNumber").asText();
            }
        }
        throw new AssertionError("no issued " + kind);
    }

    private static long documentId(JsonNode detail, String kind) {
        for (JsonNode d : detail.path("documents")) {
            if (d.path("kind").asText().equals(kind) && !d.path("storageKey").isNull()) {
                return d.path("id").asLong();
            }
        }
        throw new AssertionError("no issued " + kind);
    }
}
