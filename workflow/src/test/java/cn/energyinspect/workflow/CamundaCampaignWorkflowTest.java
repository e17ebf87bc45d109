package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.bpmn.CampaignProcess.Phases;
import cn.energyinspect.bpmn.CampaignProcess.Variables;
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

/** The campaign facade against a real engine on MariaDB, with the real model, delegates and calendar. */
class CamundaCampaignWorkflowTest {
    private static final AtomicLong PLAN_IDS = new AtomicLong(500);
    private static final long AGENCY = 3301L;

    private final ProcessEngine engine = WorkflowTestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final ManagementService management = engine.getManagementService();
    private final CampaignWorkflow workflow = new WorkflowConfiguration().campaignWorkflow(runtime);
    private final RecordingPort port = WorkflowTestEngine.PORT;
    private long planId;

    @BeforeEach
    void newPlan() {
        port.calls.clear();
        at("2026-03-01T09:00:00+08:00");
        planId = PLAN_IDS.incrementAndGet();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_plan_has_one_process_and_starting_it_again_returns_that_one() {
        String instance = workflow.startCampaign(plan(true));

        assertThat(workflow.startCampaign(plan(true))).isEqualTo(instance);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("plan-" + planId)
                        .list())
                .singleElement()
                .satisfies(pi -> assertThat(pi.getId()).isEqualTo(instance));
        assertThat(runtime.getVariables(instance))
                .containsEntry(Variables.PLAN_ID, planId)
                .containsEntry(Variables.AGENCY_ID, AGENCY)
                .containsEntry(Variables.SPLIT_NEEDED, true)
                .containsEntry(Variables.SPLIT_DUE, "2026-03-31T23:59:59+08:00")
                .containsEntry(Variables.DRAW_DUE, "2026-04-30T23:59:59+08:00")
                .containsEntry(Variables.EXECUTION_DUE, "2026-09-30T23:59:59+08:00")
                .containsEntry(Variables.SUMMARY_DUE, "2026-11-30T23:59:59+08:00");
    }

    @Test
    void the_phase_moves_from_split_to_publication_and_the_finished_plan_has_none() {
        assertThat(workflow.currentPhase(planId)).isEmpty();
        workflow.startCampaign(plan(true));

        for (String phase : Phases.ALL) {
            assertThat(workflow.currentPhase(planId)).contains(phase);
            workflow.completePhase(planId, phase);
        }

        assertThat(workflow.currentPhase(planId)).isEmpty();
        assertThat(port.calls).containsExactly("finished:" + planId);
    }

    @Test
    void a_county_plan_is_not_split_and_starts_in_the_draw() {
        workflow.startCampaign(plan(false));

        assertThat(workflow.currentPhase(planId)).contains(Phases.DRAW);
        assertThatThrownBy(() -> workflow.completePhase(planId, Phases.SPLIT))
                .isInstanceOfSatisfying(
                        PhaseNotCurrentException.class,
                        e -> assertThat(e.getCurrentPhase()).isEqualTo(Phases.DRAW));
    }

    @Test
    void completing_a_phase_the_plan_is_not_in_names_the_one_it_is_in() {
        assertThatThrownBy(() -> workflow.completePhase(planId, Phases.SPLIT))
                .isInstanceOfSatisfying(
                        PhaseNotCurrentException.class,
                        e -> assertThat(e.getCurrentPhase()).isNull());
        workflow.startCampaign(plan(true));

        for (String phase : List.of(Phases.DRAW, Phases.EXECUTION, Phases.SUMMARY, Phases.PUBLICATION)) {
            assertThatThrownBy(() -> workflow.completePhase(planId, phase))
                    .isInstanceOfSatisfying(PhaseNotCurrentException.class, e -> {
                        assertThat(e.getPlanId()).isEqualTo(planId);
                        assertThat(e.getPhase()).isEqualTo(phase);
                        assertThat(e.getCurrentPhase()).isEqualTo(Phases.SPLIT);
                    });
        }
        assertThatThrownBy(() -> workflow.completePhase(planId, "PLANNING"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workflow.currentPhase(planId)).contains(Phases.SPLIT);

        workflow.completePhase(planId, Phases.SPLIT);
        assertThatThrownBy(() -> workflow.completePhase(planId, Phases.SPLIT))
                .isInstanceOfSatisfying(
                        PhaseNotCurrentException.class,
                        e -> assertThat(e.getCurrentPhase()).isEqualTo(Phases.DRAW));
    }

    @Test
    void a_phase_open_after_its_due_day_is_reported_through_the_port_and_stays_open() {
        String instance = workflow.startCampaign(plan(true));
        workflow.completePhase(planId, Phases.SPLIT);
        assertThat(timers(instance)).extracting(Job::getDuedate).containsExactly(date("2026-04-30T23:59:59+08:00"));

        at("2026-04-30T23:59:58+08:00");
        runDueJobs(instance);
        assertThat(port.calls).isEmpty();
        at("2026-05-01T00:00:00+08:00");
        runDueJobs(instance);

        assertThat(port.calls).containsExactly("phaseOverdue:" + planId + ":" + Phases.DRAW);
        assertThat(workflow.currentPhase(planId)).contains(Phases.DRAW);
        workflow.completePhase(planId, Phases.DRAW);
        assertThat(workflow.currentPhase(planId)).contains(Phases.EXECUTION);
        assertThat(timers(instance)).extracting(Job::getDuedate).containsExactly(date("2026-09-30T23:59:59+08:00"));
    }

    @Test
    void every_phase_has_a_due_day_and_it_ends_at_its_last_second_china_time() {
        assertThat(CamundaCampaignWorkflow.endOf(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31T23:59:59+08:00");
        LocalDate day = LocalDate.of(2026, 6, 30);
        assertThatThrownBy(() -> new CampaignStart(planId, AGENCY, false, null, day, day, day))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("splitDue");
        assertThatThrownBy(() -> new CampaignStart(planId, AGENCY, true, day, day, day, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("summaryDue");
    }

    // ---------------------------------------------------------------- steps

    private CampaignStart plan(boolean splitNeeded) {
        return new CampaignStart(
                planId,
                AGENCY,
                splitNeeded,
                LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 11, 30));
    }

    private List<Job> timers(String instance) {
        return management.createJobQuery().processInstanceId(instance).timers().list();
    }

    private void runDueJobs(String instance) {
        management
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(date(isoDateTime));
    }

    private static Date date(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
