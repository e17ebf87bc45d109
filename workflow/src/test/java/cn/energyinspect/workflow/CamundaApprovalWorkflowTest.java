package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.bpmn.ApprovalSkeleton.Milestones;
import cn.energyinspect.bpmn.ApprovalSkeleton.Outcomes;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approval facades against a real engine on MariaDB, with the real models, delegates and the statutory calendar:
 * the 公示 counts both end dates in working days across the 2026 May-Day holiday and its 调休 Saturday.
 */
class CamundaApprovalWorkflowTest {
    private static final AtomicLong IDS = new AtomicLong(900);

    private final ProcessEngine engine = WorkflowTestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final ManagementService management = engine.getManagementService();
    private final WorkflowConfiguration configuration = new WorkflowConfiguration();
    private final CapacityReplacementWorkflow capacity = configuration.capacityReplacementWorkflow(runtime);
    private final WhiteListWorkflow whiteList = configuration.whiteListWorkflow(runtime);
    private final RecordingPort port = WorkflowTestEngine.PORT;
    private long id;
    private String instance;

    @BeforeEach
    void newApplication() {
        port.calls.clear();
        port.publicity = new ApprovalPort.PublicityWindow(LocalDate.of(2026, 4, 30), 5);
        port.objectionsOpen = false;
        port.followUpDue = LocalDate.of(2026, 9, 30);
        at("2026-04-20T09:00:00+08:00");
        id = IDS.incrementAndGet();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ApprovalStart start() {
        return new ApprovalStart(id, "91330106MA2H0X1234", "330106");
    }

    @Test
    void an_application_has_one_process_and_starting_it_again_returns_that_one() {
        instance = capacity.start(start());

        assertThat(capacity.start(start())).isEqualTo(instance);
        assertThat(runtime.getVariables(instance))
                .containsEntry(Variables.APPLICATION_ID, id)
                .containsEntry(Variables.PROGRAMME, "CAPACITY_REPLACEMENT");
        assertThat(capacity.currentStage(id)).contains(Stages.CITY_REVIEW);
        assertThat(whiteList.currentStage(id))
                .as("the other programme's process")
                .isEmpty();
    }

    @Test
    void a_five_working_day_publicity_from_thursday_30_april_2026_ends_with_the_adjusted_saturday_9_may() {
        instance = capacity.start(start());
        capacity.complete(id, StageCompletion.of(Stages.CITY_REVIEW, Outcomes.PASS));
        capacity.complete(id, StageCompletion.provincePassed(false));

        assertThat(capacity.currentStage(id)).contains(Stages.PUBLICITY);
        // 04-30 (1), holiday 05-01…05, 05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 调休 workday (5)
        assertThat(timers()).extracting(Job::getDuedate).containsExactly(date("2026-05-10T00:00:00+08:00"));
        at("2026-05-10T00:00:00+08:00");
        runDueTimers();

        assertThat(capacity.currentStage(id)).contains(Stages.DECISION);
        assertThat(port.calls)
                .containsExactly(
                        "publicityStarts:CAPACITY_REPLACEMENT:" + id, "publicityEnded:CAPACITY_REPLACEMENT:" + id);
    }

    @Test
    void an_overdue_shutdown_reaches_the_port_and_the_confirmation_carries_the_dismantling_day() {
        toDecision();
        capacity.complete(id, StageCompletion.of(Stages.DECISION, Outcomes.APPROVE));
        assertThat(capacity.currentStage(id)).contains(Stages.SHUTDOWN);

        at("2026-10-01T00:00:00+08:00");
        runDueTimers();
        assertThat(port.calls).contains("milestoneOverdue:CAPACITY_REPLACEMENT:" + id + ":" + Milestones.SHUTDOWN);
        capacity.complete(id, StageCompletion.shutDown(LocalDate.of(2027, 9, 30)));

        assertThat(capacity.currentStage(id)).contains(Stages.DISMANTLING);
        assertThat(timers()).extracting(Job::getDuedate).containsExactly(date("2027-10-01T00:00:00+08:00"));
    }

    @Test
    void a_wrong_outcome_or_a_missing_value_is_refused_before_anything_moves() {
        instance = capacity.start(start());

        assertThatThrownBy(() -> capacity.complete(id, StageCompletion.of(Stages.CITY_REVIEW, "MAYBE")))
                .isInstanceOf(TaskVariablesRejectedException.class)
                .hasMessageContaining(Variables.OUTCOME);
        assertThatThrownBy(() -> capacity.complete(id, new StageCompletion(Stages.SHUTDOWN, null, null, null)))
                .isInstanceOf(TaskVariablesRejectedException.class)
                .hasMessageContaining(Variables.DISMANTLING_DUE);
        assertThatThrownBy(() -> capacity.complete(id, StageCompletion.of(Stages.PUBLICITY, null)))
                .isInstanceOf(TaskVariablesRejectedException.class);
        assertThat(capacity.currentStage(id)).contains(Stages.CITY_REVIEW);
    }

    @Test
    void a_stage_the_application_is_not_in_is_a_conflict_naming_the_current_one() {
        instance = capacity.start(start());

        assertThatThrownBy(() -> capacity.complete(id, StageCompletion.of(Stages.DECISION, Outcomes.APPROVE)))
                .isInstanceOfSatisfying(
                        StageNotCurrentException.class,
                        e -> assertThat(e.getCurrentStage()).isEqualTo(Stages.CITY_REVIEW));
    }

    @Test
    void a_white_list_listing_is_revoked_through_the_port_and_then_nothing_is_current() {
        instance = whiteList.start(start());
        whiteList.complete(id, StageCompletion.of(Stages.CITY_REVIEW, Outcomes.PASS));
        whiteList.complete(id, StageCompletion.of(Stages.PROVINCE_REVIEW, Outcomes.PASS));
        at("2026-05-10T00:00:00+08:00");
        runDueTimers();
        whiteList.complete(id, StageCompletion.of(Stages.DECISION, Outcomes.APPROVE));
        assertThat(whiteList.currentStage(id)).contains(Stages.LISTED);

        whiteList.revoke(id, "WITHDRAW");

        assertThat(whiteList.currentStage(id)).isEmpty();
        assertThat(port.calls).endsWith("revoked:WHITE_LIST:" + id + ":WITHDRAW");
        assertThatThrownBy(() -> whiteList.revoke(id, "WITHDRAW")).isInstanceOf(StageNotCurrentException.class);
    }

    private void toDecision() {
        instance = capacity.start(start());
        capacity.complete(id, StageCompletion.of(Stages.CITY_REVIEW, Outcomes.PASS));
        capacity.complete(id, StageCompletion.provincePassed(false));
        at("2026-05-10T00:00:00+08:00");
        runDueTimers();
    }

    private List<Job> timers() {
        return management.createJobQuery().processInstanceId(instance).timers().list();
    }

    private void runDueTimers() {
        management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private static Date date(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(date(isoDateTime));
    }
}
