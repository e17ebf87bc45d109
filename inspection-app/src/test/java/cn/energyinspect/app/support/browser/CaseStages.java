package cn.energyinspect.app.support.browser;

import static cn.energyinspect.app.support.CaseSteps.ok;

import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings a case through the API to the step a browser scenario starts from: a complaint case (no written notice), so
 * the whole run fits in one day of the test clock (Monday 1 June 2026, 10:00 in China).
 */
public final class CaseStages {
    public static final Instant MONDAY_1_JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

    private CaseStages() {}

    /**
     * Inspected (one over-quota finding) and the statement made: the team drafts the rectification notice, which must
     * be served within 20 days of the inspection (the task's due date).
     */
    public static void inspected(CaseSteps steps) {
        steps.open("COMPLAINT");
        ok(steps.assignTeam("2026-06-01"));
        ok(steps.inspect(125, Instant.parse("2026-06-01T00:30:00Z"), Instant.parse("2026-06-01T01:30:00Z")));
        ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "我公司已启动余热发电改造。")));
    }

    /** The rectification notice drafted: waits for the supervisor's approval. */
    public static void noticeAwaitingApproval(CaseSteps steps) {
        inspected(steps);
        List<Map<String, Object>> items = new ArrayList<>();
        steps.detail()
                .path("findings")
                .forEach(f -> items.add(Map.of(
                        "findingId",
                        f.path("id").asLong(),
                        "requiredAction",
                        "实施节能技术改造，使熟料单位产品综合能耗达到限定值",
                        "deadline",
                        "2026-08-31")));
        ok(steps.complete(steps.inspector1, "Task_DraftRectificationNotice", Map.of("items", items)));
    }

    /** The rectification notice served: the enterprise's answer is due by 31 August 2026. */
    public static void awaitingAnswer(CaseSteps steps) {
        inspected(steps);
        steps.draftApproveAndServe("2026-08-31", "2026-06-01");
    }

    /**
     * A re-inspected case, closed: round 1 (8 June) finds the clinker over quota and no energy manager, the notice is
     * answered and the review orders a visit; round 2 (20 June) finds the manager still missing, its own notice is
     * answered and accepted, and the case is closed as rectified. The clock is left at 20 June 2026, 16:00 in China.
     */
    public static void reinspectedAndClosed(CaseSteps steps, TestClock clock) {
        clock.set(MONDAY_1_JUNE_2026);
        steps.open("MANUAL");
        steps.assignTeamAndServeNotice("2026-06-08", "2026-06-01");
        clock.set(Instant.parse("2026-06-08T09:00:00Z"));
        steps.signIn();
        ok(steps.inspect(
                CaseSteps.clinkerAnswers(118, false),
                Instant.parse("2026-06-08T01:00:00Z"),
                Instant.parse("2026-06-08T06:00:00Z")));
        ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "第一轮陈述：正在招聘能源管理负责人。")));
        steps.draftApproveAndServe("2026-08-31", "2026-06-08");
        ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/extension",
                Map.of("until", "2026-09-15", "reason", "改造设备到货延迟")));
        ok(steps.complete(steps.supervisor, "Task_DecideExtension", Map.of("granted", true)));
        ok(steps.answerAll("round-1-" + steps.caseId, "已完成余热发电改造，能源管理负责人正在招聘。"));
        ok(steps.complete(
                steps.supervisor,
                "Task_ReviewRectification",
                Map.of("decision", "REINSPECT", "comment", "需现场核实改造效果", "reinspectionDate", "2026-06-20")));

        clock.set(Instant.parse("2026-06-20T08:00:00Z"));
        steps.signIn();
        ok(steps.inspect(
                CaseSteps.clinkerAnswers(105, false),
                Instant.parse("2026-06-20T01:00:00Z"),
                Instant.parse("2026-06-20T04:00:00Z")));
        ok(steps.enterprise.post(
                "/api/v1/portal/cases/" + steps.caseId + "/statement", Map.of("text", "第二轮陈述：负责人下月到岗。")));
        steps.draftApproveAndServe("2026-09-30", "2026-06-20");
        ok(steps.answerAll("round-2-" + steps.caseId, "能源管理负责人已到岗并备案。"));
        ok(steps.complete(steps.supervisor, "Task_ReviewRectification", Map.of("decision", "ACCEPT")));
        ok(steps.complete(steps.supervisor, "Task_ApproveClosure", Map.of("comment", "整改到位")));
    }
}
