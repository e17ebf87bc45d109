package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A re-inspection (现场复查) through the HTTP API: round 1 finds two violations, the review orders a visit, round 2
 * finds one fixed and one not, a second notice follows, and the case closes with every record of both rounds kept.
 */
@IntegrationTest
class ReinspectionScenarioTest {
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
    void a_reinspection_is_a_second_round_that_keeps_the_first_and_the_case_closes_after_its_own_notice()
            throws Exception {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("MANUAL");
        steps.assignTeamAndServeNotice("2026-06-08", "2026-06-01");

        // round 1: clinker over quota, no energy manager
        clock.set(Instant.parse("2026-06-08T09:00:00Z"));
        steps.signIn();
        steps.ok(steps.inspect(
                CaseSteps.clinkerAnswers(118, false),
                Instant.parse("2026-06-08T01:00:00Z"),
                Instant.parse("2026-06-08T06:00:00Z")));
        assertThat(steps.currentFindings()).hasSize(2);
        steps.ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "第一轮陈述：正在招聘能源管理负责人。")));
        steps.draftApproveAndServe("2026-08-31", "2026-06-08");
        steps.ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/extension",
                Map.of("until", "2026-09-15", "reason", "改造设备到货延迟")));
        steps.ok(steps.complete(steps.supervisor, "Task_DecideExtension", Map.of("granted", true)));
        steps.ok(steps.answerAll("round-1-" + steps.caseId, "已完成余热发电改造，能源管理负责人正在招聘。"));

        // the review orders a visit: round 2 starts, without a new written notice
        Api.Response reinspect = steps.complete(
                steps.supervisor,
                "Task_ReviewRectification",
                Map.of("decision", "REINSPECT", "comment", "需现场核实改造效果", "reinspectionDate", "2026-06-20"));
        steps.ok(reinspect);
        JsonNode ordered = steps.detail();
        assertThat(ordered.path("status").asText()).isEqualTo("REINSPECTING");
        assertThat(ordered.path("currentRound").asInt()).isEqualTo(2);
        assertThat(ordered.path("visitDate").asText()).isEqualTo("2026-06-20");
        JsonNode checklist = steps.inspector1
                .get("/api/v1/cases/" + steps.caseId + "/checklist")
                .json();
        assertThat(checklist.path("round").asInt()).isEqualTo(2);
        assertThat(checklist.path("frozen").asBoolean()).isFalse();
        assertThat(checklist.path("answers").size())
                .as("round 2 starts with its own answers")
                .isZero();

        // round 2: the clinker is fixed, the manager still missing
        clock.set(Instant.parse("2026-06-20T08:00:00Z"));
        steps.signIn();
        steps.ok(steps.inspect(
                CaseSteps.clinkerAnswers(105, false),
                Instant.parse("2026-06-20T01:00:00Z"),
                Instant.parse("2026-06-20T04:00:00Z")));
        List<JsonNode> second = steps.currentFindings();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("lawArticle").asText()).contains("第五十五条");
        assertThat(second.get(0).path("findingNo").asInt())
                .as("numbers run on across rounds")
                .isEqualTo(3);

        // the enterprise states its case and may ask one extension again: one per notice
        steps.ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "第二轮陈述：负责人下月到岗。")));
        steps.draftApproveAndServe("2026-09-30", "2026-06-20");
        steps.ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/extension",
                Map.of("until", "2026-10-31", "reason", "负责人到岗时间推迟")));
        Api.Response twice = steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/extension", Map.of("until", "2026-11-30", "reason", "再次申请"));
        assertThat(twice.status()).isEqualTo(409);
        steps.ok(
                steps.complete(steps.supervisor, "Task_DecideExtension", Map.of("granted", false, "comment", "期限已足够")));
        steps.ok(steps.answerAll("round-2-" + steps.caseId, "能源管理负责人已到岗并备案。"));
        steps.ok(steps.complete(steps.supervisor, "Task_ReviewRectification", Map.of("decision", "ACCEPT")));
        steps.ok(steps.complete(steps.supervisor, "Task_ApproveClosure", Map.of("comment", "整改到位")));

        JsonNode closed = steps.detail();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("CLOSED_RECTIFIED");
        assertThat(closed.path("findings")).hasSize(3);
        JsonNode rounds = closed.path("rounds");
        assertThat(rounds).hasSize(2);
        for (JsonNode round : rounds) {
            assertThat(round.path("record").isObject()).isTrue();
            assertThat(round.path("statement").path("text").asText()).isNotBlank();
            assertThat(round.path("extension").isObject()).isTrue();
            assertThat(round.path("answers")).isNotEmpty();
            assertThat(round.path("reviews")).isNotEmpty();
        }
        assertThat(rounds.get(0).path("findings")).hasSize(2);
        assertThat(rounds.get(0).path("extension").path("granted").asBoolean()).isTrue();
        assertThat(rounds.get(1).path("findings")).hasSize(1);
        assertThat(rounds.get(1).path("extension").path("granted").asBoolean()).isFalse();
        assertThat(rounds.get(0).path("reviews").get(0).path("decision").asText())
                .isEqualTo("REINSPECT");

        // every document of both rounds is kept, each kind numbered in its own series
        List<String> round1 = kinds(rounds.get(0));
        List<String> round2 = kinds(rounds.get(1));
        assertThat(round1)
                .containsExactlyInAnyOrder(
                        "INSPECTION_NOTICE", "ON_SITE_RECORD", "RECTIFICATION_NOTICE", "REVIEW_OPINION");
        assertThat(round2).containsExactlyInAnyOrder("ON_SITE_RECORD", "RECTIFICATION_NOTICE", "REVIEW_OPINION");
        List<String> recordNumbers = numbers(closed, "ON_SITE_RECORD");
        assertThat(recordNumbers).hasSize(2);
        assertThat(recordNumbers.get(0)).endsWith("记〔2026〕1号");
        assertThat(recordNumbers.get(1)).endsWith("记〔2026〕2号");
        assertThat(numbers(closed, "RECTIFICATION_NOTICE").get(1)).endsWith("改〔2026〕2号");

        String secondRecord = pdfText(steps, documentId(rounds.get(1), "ON_SITE_RECORD"));
        assertThat(secondRecord).contains("现场复查").contains("第2轮");

        // the enterprise reads both rounds in its portal, but not the agency's audit trail
        JsonNode portal =
                steps.enterprise.get("/api/v1/portal/cases/" + steps.caseId).json();
        assertThat(portal.path("rounds")).hasSize(2);
        assertThat(steps.enterprise
                        .get("/api/v1/cases/" + steps.caseId + "/audit")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> kinds(JsonNode round) {
        List<String> kinds = new ArrayList<>();
        round.path("documents").forEach(d -> kinds.add(d.path("kind").asText()));
        return kinds;
    }

    private static List<String> numbers(JsonNode detail, String kind) {
        List<String> numbers = new ArrayList<>();
        detail.path("documents").forEach(d -> {
            if (d.path("kind").asText().equals(kind)) {
                numbers.add(d.path("documentNumber").asText());
            }
        });
        return numbers;
    }

    private static long documentId(JsonNode round, String kind) {
        for (JsonNode d : round.path("documents")) {
            if (d.path("kind").asText().equals(kind)) {
                return d.path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind);
    }

    static String pdfText(CaseSteps steps, long documentId) throws Exception {
        return new PDFTextStripper()
                .getText(Loader.loadPDF(
                        steps.supervisor.bytes("/api/v1/cases/" + steps.caseId + "/documents/" + documentId + "/pdf")));
    }
}
