package cn.energyinspect.workflow;

import static cn.energyinspect.bpmn.SiteInspectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.bpmn.SiteInspectionProcess.Groups;
import cn.energyinspect.bpmn.SiteInspectionProcess.InspectionTypes;
import cn.energyinspect.bpmn.SiteInspectionProcess.Outcomes;
import cn.energyinspect.bpmn.SiteInspectionProcess.ReviewDecisions;
import cn.energyinspect.bpmn.SiteInspectionProcess.Triggers;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import cn.energyinspect.workflow.ExtensionNotAvailableException.Reason;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade against a real engine on MariaDB, with the real BPMN, delegates and working-day calendar. */
class CamundaInspectionWorkflowTest {
    private static final AtomicLong CASE_IDS = new AtomicLong(1000);
    private static final long AGENCY = 12L;
    private static final String USCC = "91330106MA2KXXXX1Q";

    private static final Actor SUPERVISOR = new Actor("chen.ke", Set.of(Groups.supervisors(AGENCY)));
    private static final Actor OTHER_AGENCY_SUPERVISOR = new Actor("zhao.chu", Set.of(Groups.supervisors(99)));
    private static final Actor INSPECTOR = new Actor("li.wei", Set.of(Groups.inspectors(AGENCY)));
    private static final Actor TEAMMATE = new Actor("zhang.min", Set.of(Groups.inspectors(AGENCY)));
    private static final Actor OTHER_INSPECTOR = new Actor("wang.wu", Set.of(Groups.inspectors(AGENCY)));
    private static final Actor ENTERPRISE = new Actor("ent-admin", Set.of(Groups.enterprise(USCC)));

    private final ProcessEngine engine = WorkflowTestEngine.get();
    private final ManagementService management = engine.getManagementService();
    private final InspectionWorkflow workflow = new WorkflowConfiguration()
            .inspectionWorkflow(
                    engine.getRuntimeService(),
                    engine.getTaskService(),
                    engine.getIdentityService(),
                    engine.getHistoryService());
    private final RecordingPort port = WorkflowTestEngine.PORT;
    private long caseId;
    private String instanceId;

    @BeforeEach
    void openCase() {
        port.calls.clear();
        at("2026-09-28T09:00:00+08:00");
        caseId = CASE_IDS.incrementAndGet();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_task_is_visible_to_and_completable_by_its_candidates_only_and_only_once() {
        String instance = start(Triggers.CAMPAIGN);

        assertThat(workflow.startCase(caseStart(Triggers.CAMPAIGN))).isEqualTo(instance); // idempotent
        WorkItem assign = single(workflow.tasks(SUPERVISOR), TASK_ASSIGN_TEAM);
        assertThat(assign.caseId()).isEqualTo(caseId);
        assertThat(assign.caseNumber()).isEqualTo(caseNumber());
        assertThat(assign.assignee()).isNull();
        for (Actor stranger : List.of(OTHER_AGENCY_SUPERVISOR, INSPECTOR, ENTERPRISE)) {
            assertThat(ofCase(workflow.tasks(stranger))).isEmpty();
            assertThat(workflow.task(assign.taskId(), stranger)).isEmpty();
            assertThatThrownBy(() -> workflow.complete(assign.taskId(), stranger, team()))
                    .isInstanceOf(TaskNotAvailableException.class);
        }
        assertThat(workflow.task(assign.taskId(), SUPERVISOR)).contains(assign);

        workflow.complete(assign.taskId(), SUPERVISOR, team());

        assertThatThrownBy(() -> workflow.complete(assign.taskId(), SUPERVISOR, team()))
                .isInstanceOfSatisfying(TaskHeldException.class, held -> {
                    assertThat(held.reason()).isEqualTo(TaskHeldException.Reason.COMPLETED);
                    assertThat(held.holder()).isEqualTo(SUPERVISOR.username());
                });
        assertThatThrownBy(() -> workflow.complete(assign.taskId(), OTHER_AGENCY_SUPERVISOR, team()))
                .as("a stranger is not told who did it")
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(workflow.task(assign.taskId(), SUPERVISOR)).isEmpty();
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskId(assign.taskId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(SUPERVISOR.username());
    }

    @Test
    void a_task_read_once_is_completed_with_the_same_history_and_operation_log_as_by_id() {
        start(Triggers.MANUAL);
        WorkItem byId = single(workflow.tasks(SUPERVISOR), TASK_ASSIGN_TEAM);
        workflow.complete(byId.taskId(), SUPERVISOR, team());
        long first = caseId;
        caseId = CASE_IDS.incrementAndGet();
        String second = workflow.startNewCase(caseStart(Triggers.MANUAL));
        assertThat(engine.getRuntimeService().getVariables(second))
                .as("a new case starts as startCase starts it")
                .containsEntry(Variables.CASE_ID, caseId)
                .containsEntry(Variables.CASE_NUMBER, caseNumber());
        WorkItem readOnce = workflow.task(
                        single(workflow.tasks(SUPERVISOR), TASK_ASSIGN_TEAM).taskId(), SUPERVISOR)
                .orElseThrow();

        workflow.complete(readOnce, SUPERVISOR, team());

        assertThat(workflow.task(readOnce.taskId(), SUPERVISOR)).isEmpty();
        assertThat(single(workflow.openTasks(caseId), TASK_SERVE_INSPECTION_NOTICE))
                .isNotNull();
        var history = engine.getHistoryService();
        for (String task : List.of(byId.taskId(), readOnce.taskId())) {
            var done = history.createHistoricTaskInstanceQuery().taskId(task).singleResult();
            assertThat(done.getAssignee()).isEqualTo(SUPERVISOR.username());
            assertThat(done.getDeleteReason()).isEqualTo("completed");
        }
        assertThat(List.of(byId.taskId(), readOnce.taskId()).stream()
                        .map(task ->
                                history
                                        .createHistoricActivityInstanceQuery()
                                        .activityId(TASK_ASSIGN_TEAM)
                                        .list()
                                        .stream()
                                        .filter(a -> task.equals(a.getTaskId()))
                                        .map(a -> a.getAssignee() + "|" + (a.getEndTime() != null))
                                        .findFirst()
                                        .orElseThrow())
                        .toList())
                .as("the activity's history names the assignee, by id and read once")
                .containsExactly(SUPERVISOR.username() + "|true", SUPERVISOR.username() + "|true");
        assertThat(operations(readOnce.taskId())).isEqualTo(operations(byId.taskId()));
        assertThat(operationIds(readOnce.taskId()))
                .as("the assignment and the completion are an operation each, as by id")
                .isEqualTo(operationIds(byId.taskId()))
                .isEqualTo(2);
        assertThat(links(readOnce.taskId())).isEqualTo(links(byId.taskId()));
        assertThat(first).isNotEqualTo(caseId);
    }

    @Test
    void a_task_read_once_and_claimed_or_completed_by_another_meanwhile_is_held() {
        Actor colleague = new Actor("sun.li", Set.of(Groups.supervisors(AGENCY)));
        start(Triggers.MANUAL);
        WorkItem read = workflow.task(
                        single(workflow.tasks(SUPERVISOR), TASK_ASSIGN_TEAM).taskId(), SUPERVISOR)
                .orElseThrow();
        workflow.claim(read.taskId(), colleague);

        assertThatThrownBy(() -> workflow.complete(read, SUPERVISOR, team()))
                .isInstanceOfSatisfying(TaskHeldException.class, held -> {
                    assertThat(held.reason()).isEqualTo(TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
                    assertThat(held.holder()).isEqualTo(colleague.username());
                });
        assertThat(workflow.task(read.taskId(), colleague).orElseThrow().assignee())
                .as("nothing changed")
                .isEqualTo(colleague.username());

        workflow.complete(read.taskId(), colleague, team());
        assertThatThrownBy(() -> workflow.complete(read, SUPERVISOR, team()))
                .isInstanceOfSatisfying(TaskHeldException.class, held -> {
                    assertThat(held.reason()).isEqualTo(TaskHeldException.Reason.COMPLETED);
                    assertThat(held.holder()).isEqualTo(colleague.username());
                });
    }

    /** The task's user-operation log entries, without ids and times. */
    private List<String> operations(String taskId) {
        return engine.getHistoryService().createUserOperationLogQuery().taskId(taskId).list().stream()
                .map(e -> String.join(
                        "|",
                        e.getOperationType(),
                        String.valueOf(e.getProperty()),
                        String.valueOf(e.getOrgValue()),
                        String.valueOf(e.getNewValue()),
                        e.getUserId(),
                        e.getCategory(),
                        e.getEntityType()))
                .sorted()
                .toList();
    }

    private long operationIds(String taskId) {
        return engine.getHistoryService().createUserOperationLogQuery().taskId(taskId).list().stream()
                .map(org.camunda.bpm.engine.history.UserOperationLogEntry::getOperationId)
                .distinct()
                .count();
    }

    /** The task's identity-link history, without ids and times. */
    private List<String> links(String taskId) {
        return engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .map(l -> String.join(
                        "|",
                        String.valueOf(l.getType()),
                        String.valueOf(l.getUserId()),
                        String.valueOf(l.getGroupId()).replace("agency-" + AGENCY, "agency"),
                        l.getOperationType(),
                        String.valueOf(l.getAssignerId())))
                .sorted()
                .toList();
    }

    @Test
    void a_claimed_group_task_is_held_for_its_claimer_until_released() {
        Actor colleague = new Actor("sun.li", Set.of(Groups.supervisors(AGENCY)));
        start(Triggers.MANUAL);
        String assign = single(workflow.tasks(SUPERVISOR), TASK_ASSIGN_TEAM).taskId();

        workflow.claim(assign, SUPERVISOR);
        workflow.claim(assign, SUPERVISOR); // again: harmless

        assertThat(workflow.task(assign, SUPERVISOR).orElseThrow().assignee()).isEqualTo(SUPERVISOR.username());
        assertThatThrownBy(() -> workflow.complete(assign, colleague, team()))
                .isInstanceOfSatisfying(TaskHeldException.class, held -> {
                    assertThat(held.reason()).isEqualTo(TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
                    assertThat(held.holder()).isEqualTo(SUPERVISOR.username());
                });
        assertThatThrownBy(() -> workflow.claim(assign, colleague)).isInstanceOf(TaskHeldException.class);
        assertThatThrownBy(() -> workflow.release(assign, colleague)).isInstanceOf(TaskHeldException.class);

        workflow.release(assign, SUPERVISOR);
        workflow.claim(assign, colleague);
        workflow.complete(assign, colleague, team());
        assertThat(single(workflow.tasks(INSPECTOR), TASK_SERVE_INSPECTION_NOTICE))
                .isNotNull();
    }

    @Test
    void a_withdrawal_approved_by_a_supervisor_closes_the_case_through_the_port() {
        start(Triggers.MANUAL);
        complete(SUPERVISOR, TASK_ASSIGN_TEAM, team());

        workflow.requestWithdrawal(caseId);
        complete(SUPERVISOR, TASK_APPROVE_WITHDRAWAL, Map.of(Variables.WITHDRAWAL_APPROVED, true));

        assertThat(workflow.openTasks(caseId)).isEmpty();
        assertThat(port.calls).containsExactly("withdrawn:" + caseId);
    }

    @Test
    void a_rescheduled_visit_offers_the_notice_again_and_a_signed_record_cannot_be_moved() {
        start(Triggers.MANUAL);
        complete(SUPERVISOR, TASK_ASSIGN_TEAM, team());
        complete(INSPECTOR, TASK_SERVE_INSPECTION_NOTICE, Map.of());

        workflow.rescheduleVisit(caseId);

        assertThat(single(workflow.tasks(INSPECTOR), TASK_SERVE_INSPECTION_NOTICE))
                .isNotNull();
        complete(INSPECTOR, TASK_SERVE_INSPECTION_NOTICE, Map.of());
        complete(
                INSPECTOR,
                TASK_ON_SITE_INSPECTION,
                Map.of(Variables.FINDING_COUNT, 1, Variables.INSPECTION_ENDED_AT, "2026-09-28T11:00:00+08:00"));
        assertThatThrownBy(() -> workflow.rescheduleVisit(caseId)).isInstanceOf(VisitNotReschedulableException.class);
    }

    @Test
    void the_statement_period_of_a_record_entered_late_still_counts_from_the_end_of_the_inspection() {
        start(Triggers.SPOT_CHECK);
        complete(SUPERVISOR, TASK_ASSIGN_TEAM, team());
        at("2026-10-09T09:00:00+08:00"); // entered after the holidays
        complete(
                TEAMMATE,
                TASK_ON_SITE_INSPECTION,
                Map.of(Variables.FINDING_COUNT, 2, Variables.INSPECTION_ENDED_AT, "2026-09-30T10:00:00+08:00"));

        WorkItem statement = single(workflow.tasks(ENTERPRISE), TASK_ENTERPRISE_STATEMENT);
        assertThat(statement.due()).isEqualTo(instant("2026-10-11T00:00:00+08:00"));
        workflow.complete(statement.taskId(), ENTERPRISE, Map.of());
        assertThat(timer(TIMER_NOTICE_SERVICE_OVERDUE).getDuedate()).isEqualTo(date("2026-10-21T00:00:00+08:00"));
    }

    @Test
    void the_team_tasks_go_to_the_team_members_only() {
        start(Triggers.MANUAL);
        complete(SUPERVISOR, TASK_ASSIGN_TEAM, Map.of(Variables.TEAM_USERNAMES, List.of("li.wei", "zhang.min")));

        WorkItem notice = single(workflow.tasks(INSPECTOR), TASK_SERVE_INSPECTION_NOTICE);
        assertThat(single(workflow.tasks(new Actor("zhang.min", Set.of())), TASK_SERVE_INSPECTION_NOTICE))
                .isEqualTo(notice);
        assertThat(ofCase(workflow.tasks(OTHER_INSPECTOR))).isEmpty();
        assertThat(ofCase(workflow.tasks(SUPERVISOR))).isEmpty();
        assertThat(workflow.openTasks(caseId)).containsExactly(notice);
    }

    @Test
    void a_drawn_team_gets_the_first_task_at_once_and_the_supervisors_assign_nothing() {
        instanceId = workflow.startCase(new CaseStart(
                caseId,
                caseNumber(),
                AGENCY,
                USCC,
                Triggers.CAMPAIGN,
                InspectionTypes.ON_SITE,
                3,
                List.of(INSPECTOR.username(), TEAMMATE.username())));

        WorkItem notice = single(workflow.tasks(INSPECTOR), TASK_SERVE_INSPECTION_NOTICE);
        assertThat(single(workflow.tasks(TEAMMATE), TASK_SERVE_INSPECTION_NOTICE))
                .isEqualTo(notice);
        assertThat(ofCase(workflow.tasks(OTHER_INSPECTOR))).isEmpty();
        assertThat(ofCase(workflow.tasks(SUPERVISOR))).isEmpty();
        assertThat(workflow.openTasks(caseId)).containsExactly(notice);

        complete(TEAMMATE, TASK_SERVE_INSPECTION_NOTICE, Map.of());
        assertThat(single(workflow.tasks(INSPECTOR), TASK_ON_SITE_INSPECTION).caseId())
                .isEqualTo(caseId);
    }

    @Test
    void outputs_are_checked_before_completion() {
        start(Triggers.COMPLAINT);
        String assign = single(workflow.tasks(SUPERVISOR), TASK_ASSIGN_TEAM).taskId();

        assertThatThrownBy(() -> workflow.complete(assign, SUPERVISOR, Map.of(Variables.TEAM_USERNAMES, "li.wei")))
                .isInstanceOf(TaskVariablesRejectedException.class)
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> workflow.complete(assign, SUPERVISOR, Map.of()))
                .isInstanceOf(TaskVariablesRejectedException.class)
                .hasMessageContaining("required");
        assertThatThrownBy(() -> workflow.complete(
                        assign, SUPERVISOR, Map.of(Variables.TEAM_USERNAMES, "li.wei,zhang.min", "findingCount", 1)))
                .isInstanceOf(TaskVariablesRejectedException.class)
                .hasMessageContaining("not an output");

        workflow.complete(assign, SUPERVISOR, team());
        String inspection =
                single(workflow.tasks(INSPECTOR), TASK_ON_SITE_INSPECTION).taskId();
        assertThatThrownBy(() -> workflow.complete(
                        inspection,
                        INSPECTOR,
                        Map.of(
                                Variables.FINDING_COUNT,
                                -1,
                                Variables.INSPECTION_ENDED_AT,
                                "2026-09-28T11:00:00+08:00")))
                .isInstanceOf(TaskVariablesRejectedException.class);
        assertThatThrownBy(() -> workflow.complete(
                        inspection,
                        INSPECTOR,
                        Map.of(Variables.FINDING_COUNT, 0, Variables.INSPECTION_ENDED_AT, "yesterday")))
                .isInstanceOf(TaskVariablesRejectedException.class)
                .hasMessageContaining("offset");
    }

    @Test
    void statement_period_and_notice_limits_count_on_the_statutory_calendar() {
        toStatement("2026-09-30T10:00:00+08:00");

        // 3 working days after 30 September: 10-08, 10-09, 10-10 (Saturday, adjusted workday)
        WorkItem statement = single(workflow.tasks(ENTERPRISE), TASK_ENTERPRISE_STATEMENT);
        assertThat(statement.due()).isEqualTo(instant("2026-10-11T00:00:00+08:00"));
        assertThat(timer(TIMER_STATEMENT_PERIOD_OVER).getDuedate()).isEqualTo(date("2026-10-11T00:00:00+08:00"));

        at("2026-10-10T23:59:00+08:00");
        runDueJobs();
        assertThat(port.calls).isEmpty();
        at("2026-10-11T00:01:00+08:00");
        runDueJobs();
        assertThat(port.calls).containsExactly("statementPeriodOver:" + caseId);

        // notice: escalation 15 days after the inspection ended, late at the end of day 20 (10-20, a Tuesday)
        assertThat(timer(TIMER_NOTICE_SERVICE_ESCALATION).getDuedate()).isEqualTo(date("2026-10-15T10:00:00+08:00"));
        assertThat(timer(TIMER_NOTICE_SERVICE_OVERDUE).getDuedate()).isEqualTo(date("2026-10-21T00:00:00+08:00"));
        assertThat(single(workflow.tasks(INSPECTOR), TASK_DRAFT_RECTIFICATION_NOTICE)
                        .due())
                .isEqualTo(instant("2026-10-21T00:00:00+08:00"));
        at("2026-10-21T00:01:00+08:00");
        runDueJobs();
        assertThat(port.calls)
                .containsExactly(
                        "statementPeriodOver:" + caseId,
                        "noticeServiceEscalated:" + caseId,
                        "noticeServiceLate:" + caseId);
    }

    @Test
    void one_extension_per_notice_and_a_granted_one_moves_the_deadline() {
        assertThatThrownBy(() -> workflow.requestExtension(caseId))
                .isInstanceOfSatisfying(
                        ExtensionNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_OPEN_CASE));
        toStatement("2026-09-30T10:00:00+08:00");
        assertThatThrownBy(() -> workflow.requestExtension(caseId))
                .isInstanceOfSatisfying(
                        ExtensionNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AWAITING_ANSWER));
        serveNotice("2026-11-30");
        assertThat(timer(TIMER_RECTIFICATION_DEADLINE).getDuedate()).isEqualTo(date("2026-12-01T00:00:00+08:00"));

        workflow.requestExtension(caseId);
        assertThatThrownBy(() -> workflow.requestExtension(caseId))
                .isInstanceOfSatisfying(
                        ExtensionNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_REQUESTED));
        assertThat(workflow.openTasks(caseId))
                .extracting(WorkItem::taskKey)
                .containsExactlyInAnyOrder(TASK_ENTERPRISE_ANSWER, TASK_DECIDE_EXTENSION);
        assertThatThrownBy(() -> complete(SUPERVISOR, TASK_DECIDE_EXTENSION, Map.of(Variables.EXTENSION_GRANTED, true)))
                .isInstanceOf(TaskVariablesRejectedException.class);

        complete(
                SUPERVISOR,
                TASK_DECIDE_EXTENSION,
                Map.of(Variables.EXTENSION_GRANTED, true, Variables.RECTIFICATION_DEADLINE, "2026-12-15"));

        assertThat(timer(TIMER_RECTIFICATION_DEADLINE).getDuedate()).isEqualTo(date("2026-12-16T00:00:00+08:00"));
        assertThat(single(workflow.tasks(ENTERPRISE), TASK_ENTERPRISE_ANSWER).due())
                .isEqualTo(instant("2026-12-16T00:00:00+08:00"));
        assertThatThrownBy(() -> workflow.requestExtension(caseId))
                .isInstanceOfSatisfying(
                        ExtensionNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_REQUESTED));
        at("2026-12-05T12:00:00+08:00"); // past the old deadline
        runDueJobs();
        assertThat(port.calls).doesNotContain("referredForPenalty:" + caseId);

        at("2026-12-16T00:01:00+08:00");
        runDueJobs();
        assertThat(port.calls)
                .endsWith("referredForPenalty:" + caseId, "closed:" + caseId + ":" + Outcomes.REFERRED_FOR_PENALTY);
        assertThat(workflow.openTasks(caseId)).isEmpty();
    }

    @Test
    void an_answered_and_accepted_rectification_closes_the_case_through_the_port() {
        toStatement("2026-09-30T10:00:00+08:00");
        serveNotice("2026-11-30");
        complete(ENTERPRISE, TASK_ENTERPRISE_ANSWER, Map.of());
        complete(SUPERVISOR, TASK_REVIEW_RECTIFICATION, Map.of(Variables.REVIEW_DECISION, ReviewDecisions.ACCEPT));
        complete(SUPERVISOR, TASK_APPROVE_CLOSURE, Map.of());

        assertThat(workflow.openTasks(caseId)).isEmpty();
        assertThat(port.calls).containsExactly("closed:" + caseId + ":" + Outcomes.CLOSED_RECTIFIED);
    }

    // ---------------------------------------------------------------- steps

    private String start(String trigger) {
        instanceId = workflow.startCase(caseStart(trigger));
        return instanceId;
    }

    private CaseStart caseStart(String trigger) {
        return new CaseStart(caseId, caseNumber(), AGENCY, USCC, trigger, InspectionTypes.ON_SITE);
    }

    private String caseNumber() {
        return "JC-2026-" + caseId;
    }

    private void toStatement(String inspectionEnds) {
        start(Triggers.SPOT_CHECK);
        complete(SUPERVISOR, TASK_ASSIGN_TEAM, team());
        at(inspectionEnds);
        complete(
                TEAMMATE,
                TASK_ON_SITE_INSPECTION,
                Map.of(Variables.FINDING_COUNT, 2, Variables.INSPECTION_ENDED_AT, inspectionEnds));
    }

    private void serveNotice(String deadline) {
        WorkItem statement = single(workflow.openTasks(caseId), TASK_ENTERPRISE_STATEMENT);
        workflow.complete(statement.taskId(), ENTERPRISE, Map.of());
        complete(INSPECTOR, TASK_DRAFT_RECTIFICATION_NOTICE, Map.of());
        complete(SUPERVISOR, TASK_APPROVE_RECTIFICATION_NOTICE, Map.of(Variables.NOTICE_APPROVED, true));
        complete(INSPECTOR, TASK_SERVE_RECTIFICATION_NOTICE, Map.of(Variables.RECTIFICATION_DEADLINE, deadline));
    }

    private void complete(Actor actor, String taskKey, Map<String, Object> variables) {
        workflow.complete(single(workflow.tasks(actor), taskKey).taskId(), actor, variables);
    }

    private static Map<String, Object> team() {
        return Map.of(Variables.TEAM_USERNAMES, "li.wei,zhang.min");
    }

    private List<WorkItem> ofCase(List<WorkItem> items) {
        return items.stream().filter(item -> item.caseId() == caseId).toList();
    }

    private WorkItem single(List<WorkItem> items, String taskKey) {
        List<WorkItem> matching = ofCase(items).stream()
                .filter(item -> item.taskKey().equals(taskKey))
                .toList();
        assertThat(matching).as("open %s of case %d", taskKey, caseId).hasSize(1);
        return matching.getFirst();
    }

    private Job timer(String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(instanceId)
                .activityId(activityId)
                .singleResult();
    }

    private void runDueJobs() {
        management
                .createJobQuery()
                .processInstanceId(instanceId)
                .executable()
                .orderByJobDuedate()
                .asc()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(date(isoDateTime));
    }

    private static Date date(String isoDateTime) {
        return Date.from(instant(isoDateTime));
    }

    private static Instant instant(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime).toInstant();
    }
}
