package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.bpmn.DeskReviewProcess.Decisions;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess.Groups;
import cn.energyinspect.bpmn.SiteInspectionProcess.InspectionTypes;
import cn.energyinspect.bpmn.SiteInspectionProcess.Triggers;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk review through the facades against a real engine: its tasks are in the same task list as every case's,
 * its outputs are checked like theirs, and a rectification order continues the case in site-inspection.
 */
class CamundaDeskReviewWorkflowTest {
    private static final AtomicLong CASE_IDS = new AtomicLong(7000);
    private static final long AGENCY = 34L;
    private static final String USCC = "91340100MA2KXXXX1Q";
    private static final Actor SUPERVISOR = new Actor("he.ke", Set.of(Groups.supervisors(AGENCY)));
    private static final Actor REVIEWER = new Actor("wang.fang", Set.of(Groups.inspectors(AGENCY)));
    private static final Actor ENTERPRISE = new Actor("ent-desk", Set.of(Groups.enterprise(USCC)));

    private final ProcessEngine engine = WorkflowTestEngine.get();
    private final WorkflowConfiguration beans = new WorkflowConfiguration();
    private final DeskReviewWorkflow desk = beans.deskReviewWorkflow(engine.getRuntimeService());
    private final InspectionWorkflow tasks = beans.inspectionWorkflow(
            engine.getRuntimeService(),
            engine.getTaskService(),
            engine.getIdentityService(),
            engine.getHistoryService());
    private final RecordingPort port = WorkflowTestEngine.PORT;
    private long caseId;
    private String number;

    @BeforeEach
    void open() {
        port.calls.clear();
        ClockUtil.setCurrentTime(
                Date.from(OffsetDateTime.parse("2026-04-10T09:00:00+08:00").toInstant()));
        caseId = CASE_IDS.incrementAndGet();
        number = "皖节监〔2026〕第" + caseId + "号";
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private WorkItem only(Actor actor, String key) {
        List<WorkItem> mine =
                tasks.tasks(actor).stream().filter(t -> t.caseId() == caseId).toList();
        assertThat(mine).extracting(WorkItem::taskKey).containsExactly(key);
        return mine.getFirst();
    }

    @Test
    void a_desk_review_runs_through_the_common_task_list_and_orders_rectification_in_site_inspection() {
        String instance = desk.startDeskReview(new DeskReviewStart(caseId, number, AGENCY, USCC));
        assertThat(desk.startDeskReview(new DeskReviewStart(caseId, number, AGENCY, USCC)))
                .isEqualTo(instance);

        WorkItem confirm = only(SUPERVISOR, DeskReviewProcess.TASK_CONFIRM_SIGNALS);
        assertThat(confirm.caseNumber()).isEqualTo(number);
        assertThatThrownBy(() -> tasks.complete(
                        confirm.taskId(), SUPERVISOR, Map.of(DeskReviewProcess.Variables.CONFIRMED_COUNT, 2)))
                .as("reviewers are needed when something is confirmed")
                .isInstanceOf(TaskVariablesRejectedException.class);
        tasks.complete(
                confirm.taskId(),
                SUPERVISOR,
                Map.of(
                        DeskReviewProcess.Variables.CONFIRMED_COUNT,
                        2,
                        DeskReviewProcess.Variables.TEAM_USERNAMES,
                        List.of("wang.fang", "chen.lei")));

        WorkItem notice = only(REVIEWER, DeskReviewProcess.TASK_SERVE_DESK_NOTICE);
        assertThatThrownBy(() -> tasks.complete(
                        notice.taskId(), REVIEWER, Map.of(DeskReviewProcess.Variables.ANSWER_DUE, "24.04.2026")))
                .isInstanceOf(TaskVariablesRejectedException.class);
        tasks.complete(notice.taskId(), REVIEWER, Map.of(DeskReviewProcess.Variables.ANSWER_DUE, "2026-04-24"));

        WorkItem answer = only(ENTERPRISE, DeskReviewProcess.TASK_ENTERPRISE_WRITTEN_ANSWER);
        assertThat(answer.due())
                .isEqualTo(OffsetDateTime.parse("2026-04-25T00:00:00+08:00").toInstant());
        tasks.complete(answer.taskId(), ENTERPRISE, Map.of());

        WorkItem review = only(SUPERVISOR, DeskReviewProcess.TASK_REVIEW_WRITTEN_ANSWER);
        assertThatThrownBy(() -> tasks.complete(
                        review.taskId(), SUPERVISOR, Map.of(DeskReviewProcess.Variables.DESK_DECISION, "MAYBE")))
                .isInstanceOf(TaskVariablesRejectedException.class);
        tasks.complete(
                review.taskId(), SUPERVISOR, Map.of(DeskReviewProcess.Variables.DESK_DECISION, Decisions.RECTIFY));
        assertThat(port.calls).containsExactly("rectificationOrdered:" + caseId);

        String continued = desk.continueAtRectification(
                new CaseStart(
                        caseId,
                        number,
                        AGENCY,
                        USCC,
                        Triggers.DESK_SCREENING,
                        InspectionTypes.DESK,
                        3,
                        List.of("wang.fang", "chen.lei")),
                "2026-04-27T10:00:00+08:00",
                2);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(continued)
                        .singleResult()
                        .getProcessDefinitionId())
                .startsWith(SiteInspectionProcess.PROCESS_ID + ":");
        assertThat(only(REVIEWER, SiteInspectionProcess.TASK_DRAFT_RECTIFICATION_NOTICE)
                        .caseId())
                .isEqualTo(caseId);
        assertThat(tasks.openTasks(caseId))
                .extracting(WorkItem::taskKey)
                .containsExactly(SiteInspectionProcess.TASK_DRAFT_RECTIFICATION_NOTICE);
    }

    @Test
    void a_desk_review_whose_signals_are_all_dismissed_closes_without_a_team() {
        desk.startDeskReview(new DeskReviewStart(caseId, number, AGENCY, USCC));

        tasks.complete(
                only(SUPERVISOR, DeskReviewProcess.TASK_CONFIRM_SIGNALS).taskId(),
                SUPERVISOR,
                Map.of(DeskReviewProcess.Variables.CONFIRMED_COUNT, 0));

        assertThat(port.calls).containsExactly("closed:" + caseId + ":CLOSED_NO_FINDINGS");
        assertThat(tasks.openTasks(caseId)).isEmpty();
    }

    @Test
    void a_rectification_without_reviewers_or_findings_is_refused() {
        CaseStart noTeam = new CaseStart(caseId, number, AGENCY, USCC, Triggers.DESK_SCREENING, InspectionTypes.DESK);
        assertThatThrownBy(() -> desk.continueAtRectification(noTeam, "2026-04-27T10:00:00+08:00", 1))
                .isInstanceOf(IllegalArgumentException.class);
        CaseStart team = new CaseStart(
                caseId, number, AGENCY, USCC, Triggers.DESK_SCREENING, InspectionTypes.DESK, 3, List.of("a", "b"));
        assertThatThrownBy(() -> desk.continueAtRectification(team, "2026-04-27T10:00:00+08:00", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
