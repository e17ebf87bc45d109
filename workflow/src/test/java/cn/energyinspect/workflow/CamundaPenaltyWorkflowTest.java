package cn.energyinspect.workflow;

import static cn.energyinspect.bpmn.PenaltyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.bpmn.CreditPublicationProcess;
import cn.energyinspect.bpmn.PenaltyProcess.Messages;
import cn.energyinspect.bpmn.PenaltyProcess.ReviewOutcomes;
import cn.energyinspect.bpmn.PenaltyProcess.Variables;
import cn.energyinspect.bpmn.SiteInspectionProcess.Groups;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * The penalty facade against a real engine on MariaDB, with the real models, delegates and the statutory working-day
 * calendar: who sees which task, which outputs a task takes, the periods of programmes.md §0.2 as the timers count them,
 * and the messages the case waits for.
 */
class CamundaPenaltyWorkflowTest {
    private static final AtomicLong IDS = new AtomicLong(5000);
    private static final long AGENCY = 21L;
    private static final String USCC = "91330106MA2KXXXX1Q";
    private static final Actor SUPERVISOR = new Actor("chen.ke", Set.of(Groups.supervisors(AGENCY)));
    private static final Actor INSPECTOR = new Actor("li.wei", Set.of(Groups.inspectors(AGENCY)));
    private static final Actor OTHER_SUPERVISOR = new Actor("zhao.chu", Set.of(Groups.supervisors(99)));
    private static final Actor ENTERPRISE = new Actor("ent-admin", Set.of(Groups.enterprise(USCC)));
    private static final PenaltyStart.Periods PERIODS = new PenaltyStart.Periods(3, 5, 90, 80, 7, 15, 10);

    private final ProcessEngine engine = WorkflowTestEngine.get();
    private final ManagementService management = engine.getManagementService();
    private final PenaltyWorkflow workflow = new WorkflowConfiguration()
            .penaltyWorkflow(
                    engine.getRuntimeService(),
                    engine.getTaskService(),
                    engine.getIdentityService(),
                    engine.getHistoryService());
    private final RecordingPort port = WorkflowTestEngine.PORT;
    private long penaltyId;

    @BeforeEach
    void newCase() {
        port.calls.clear();
        at("2026-04-20T09:00:00+08:00");
        penaltyId = IDS.incrementAndGet();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_referred_case_is_registered_by_its_agencys_supervisors_with_checked_outputs() {
        String instance = workflow.startReferred(start());

        assertThat(workflow.startReferred(start())).isEqualTo(instance);
        assertThat(workflow.startByHand(start()))
                .as("one procedure per penalty")
                .isEqualTo(instance);
        WorkItem register = single(SUPERVISOR, TASK_REGISTER_PENALTY_CASE);
        assertThat(register.caseNumber()).isEqualTo(number());
        assertThat(workflow.task(register.taskId(), OTHER_SUPERVISOR)).isEmpty();
        assertThat(workflow.task(register.taskId(), INSPECTOR)).isEmpty();
        assertThatThrownBy(() -> workflow.complete(register.taskId(), SUPERVISOR, Map.of(Variables.REGISTERED, "yes")))
                .isInstanceOfSatisfying(
                        TaskVariablesRejectedException.class,
                        e -> assertThat(e.variable()).isEqualTo(Variables.REGISTERED));
        assertThatThrownBy(() -> workflow.complete(register.taskId(), SUPERVISOR, Map.of(Variables.REGISTERED, true)))
                .isInstanceOfSatisfying(
                        TaskVariablesRejectedException.class,
                        e -> assertThat(e.variable()).isEqualTo(Variables.REGISTERED_AT));
        assertThatThrownBy(() -> workflow.complete(
                        register.taskId(),
                        SUPERVISOR,
                        Map.of(Variables.REGISTERED, true, Variables.REGISTERED_AT, "2026-04-20", "fine", 1)))
                .isInstanceOf(TaskVariablesRejectedException.class);

        register();

        assertThat(single(INSPECTOR, TASK_INVESTIGATE).due())
                .as("the 90 days from 立案 (2026-04-20), natural days: 07-19 is a Sunday, rolled to Monday 07-20")
                .isEqualTo(instant("2026-07-21T00:00:00+08:00"));
    }

    @Test
    void a_notice_served_on_thursday_30_april_2026_gives_until_11_may_to_ask_for_a_hearing() {
        toNotice();
        complete(
                INSPECTOR,
                TASK_SERVE_PENALTY_NOTICE,
                Map.of(Variables.NOTICE_SERVED_AT, "2026-04-30T10:00:00+08:00", Variables.HEARING_OFFERED, true));

        // 05-01…05-05 holiday, Saturday 05-09 a workday: 5 working days end with 05-11 (programmes.md §0.2)
        assertThat(timer(TIMER_HEARING_REQUEST_PERIOD_OVER).getDuedate()).isEqualTo(date("2026-05-12T00:00:00+08:00"));
        assertThat(single(ENTERPRISE, TASK_PARTY_STATEMENT).due())
                .as("3 working days: 05-06, 05-07, 05-08")
                .isEqualTo(instant("2026-05-09T00:00:00+08:00"));
        assertThat(workflow.awaitedMessages(penaltyId)).contains(Messages.HEARING_REQUESTED);

        workflow.requestHearing(penaltyId);

        assertThat(single(SUPERVISOR, TASK_SCHEDULE_HEARING)).isNotNull();
        assertThatThrownBy(() -> workflow.requestHearing(penaltyId))
                .isInstanceOfSatisfying(
                        StepNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(StepNotAvailableException.Reason.NOT_AWAITED));
    }

    @Test
    void without_a_hearing_right_a_request_is_not_awaited_nor_a_payment_before_service() {
        toNotice();
        complete(
                INSPECTOR,
                TASK_SERVE_PENALTY_NOTICE,
                Map.of(Variables.NOTICE_SERVED_AT, "2026-04-21T10:00:00+08:00", Variables.HEARING_OFFERED, false));

        assertThatThrownBy(() -> workflow.requestHearing(penaltyId)).isInstanceOf(StepNotAvailableException.class);
        assertThatThrownBy(() -> workflow.confirmPayment(penaltyId)).isInstanceOf(StepNotAvailableException.class);
        assertThatThrownBy(() -> workflow.requestHearing(IDS.incrementAndGet()))
                .isInstanceOfSatisfying(
                        StepNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(StepNotAvailableException.Reason.NO_RUNNING_CASE));

        workflow.withdrawRegistration(penaltyId);
        assertThat(workflow.openTasks(penaltyId)).isEmpty();
        assertThat(port.calls).containsExactly("penalty.closed:" + penaltyId + ":" + Outcomes.WITHDRAWN);
    }

    @Test
    void a_decision_of_wednesday_30_september_2026_is_published_by_15_october_and_withdrawn_when_revoked() {
        workflow.startPublication(new PublicationStart(
                penaltyId, number(), AGENCY, LocalDate.of(2026, 9, 30), true, LocalDate.of(2027, 9, 30), 7, 5, 7));

        WorkItem publish = single(SUPERVISOR, CreditPublicationProcess.TASK_PUBLISH_RECORD);
        assertThat(publish.caseId()).isEqualTo(penaltyId);
        // 10-01…10-07 holiday, Saturday 10-10 a workday (regulations.md §11 case 35)
        assertThat(publish.due()).isEqualTo(instant("2026-10-16T00:00:00+08:00"));
        assertThat(timer(CreditPublicationProcess.TIMER_PUBLICATION_ESCALATION).getDuedate())
                .as("working day 5: 10-08, 10-09, 10-10, 10-12, 10-13")
                .isEqualTo(date("2026-10-14T00:00:00+08:00"));
        workflow.complete(publish.taskId(), SUPERVISOR, Map.of());
        assertThat(workflow.awaitedMessages(penaltyId))
                .contains(
                        CreditPublicationProcess.Messages.REPAIR_REQUESTED,
                        CreditPublicationProcess.Messages.DECISION_AMENDED);

        assertThat(workflow.amendDecision(penaltyId, LocalDate.of(2027, 3, 30))).isTrue();
        workflow.requestRepair(penaltyId, instant("2027-01-04T10:00:00+08:00"));
        WorkItem review = single(SUPERVISOR, CreditPublicationProcess.TASK_REVIEW_REPAIR);
        assertThatThrownBy(() -> workflow.complete(review.taskId(), SUPERVISOR, Map.of()))
                .isInstanceOf(TaskVariablesRejectedException.class);

        assertThat(workflow.revokeDecision(penaltyId)).isTrue();
        assertThat(workflow.openTasks(penaltyId)).isEmpty();
        assertThat(port.calls)
                .containsExactly("publication.corrected:" + penaltyId, "publication.withdrawn:" + penaltyId);
        assertThatThrownBy(() -> workflow.revokeDecision(penaltyId)).isInstanceOf(StepNotAvailableException.class);
    }

    // ---------------------------------------------------------------- steps

    private PenaltyStart start() {
        return new PenaltyStart(penaltyId, number(), AGENCY, USCC, PERIODS);
    }

    private String number() {
        return "浙节监罚案〔2026〕" + penaltyId + "号";
    }

    private void register() {
        complete(
                SUPERVISOR,
                TASK_REGISTER_PENALTY_CASE,
                Map.of(Variables.REGISTERED, true, Variables.REGISTERED_AT, "2026-04-20T09:00:00+08:00"));
    }

    private void toNotice() {
        workflow.startReferred(start());
        register();
        complete(INSPECTOR, TASK_INVESTIGATE, Map.of());
        complete(
                SUPERVISOR,
                TASK_LEGAL_REVIEW,
                Map.of(Variables.REVIEW_OUTCOME, ReviewOutcomes.PENALTY, Variables.COLLECTIVE_DISCUSSION, false));
    }

    private void complete(Actor actor, String key, Map<String, Object> variables) {
        workflow.complete(single(actor, key).taskId(), actor, variables);
    }

    private WorkItem single(Actor actor, String key) {
        List<WorkItem> items = workflow.tasks(actor, 0, 500).stream()
                .filter(t -> t.caseId() == penaltyId && t.taskKey().equals(key))
                .toList();
        assertThat(items)
                .as("tasks %s of penalty %s for %s", key, penaltyId, actor.username())
                .hasSize(1);
        return items.getFirst();
    }

    private Job timer(String activityId) {
        return management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(job -> penaltyId
                        == ((Number) engine.getRuntimeService()
                                        .getVariable(job.getProcessInstanceId(), Variables.PENALTY_ID))
                                .longValue())
                .findFirst()
                .orElseThrow();
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
