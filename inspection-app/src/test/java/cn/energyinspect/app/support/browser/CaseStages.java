package cn.energyinspect.app.support.browser;

import static cn.energyinspect.app.support.CaseSteps.ok;

import cn.energyinspect.app.support.CaseSteps;
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
}
