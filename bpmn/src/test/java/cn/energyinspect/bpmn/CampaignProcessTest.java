package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.CampaignProcess.*;
import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.energyinspect.bpmn.CampaignProcess.Beans;
import cn.energyinspect.bpmn.CampaignProcess.Phases;
import cn.energyinspect.bpmn.CampaignProcess.Variables;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path of a campaign plan: with and without the split, each phase's deadline passing (reported, the phase stays
 * open), and messages for a phase the plan is not in. Timers are driven by moving the engine clock and executing the
 * jobs then due; the delegates are recording mocks. The build fails below 90 % coverage.
 */
@Deployment(resources = CampaignProcess.RESOURCE)
class CampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final long PLAN_ID = 7L;
    private static final long AGENCY = 3301L;
    /** The ends of the due days (China time), as the workflow facade writes them. */
    private static final Map<String, String> DUES = Map.of(
            Phases.SPLIT, "2026-03-31T23:59:59+08:00",
            Phases.DRAW, "2026-04-30T23:59:59+08:00",
            Phases.EXECUTION, "2026-09-30T23:59:59+08:00",
            Phases.SUMMARY, "2026-11-30T23:59:59+08:00");
    /** The second after each due day, when its timer is due. */
    private static final Map<String, String> DAY_AFTER = Map.of(
            Phases.SPLIT, "2026-04-01T00:00:00+08:00",
            Phases.DRAW, "2026-05-01T00:00:00+08:00",
            Phases.EXECUTION, "2026-10-01T00:00:00+08:00",
            Phases.SUMMARY, "2026-12-01T00:00:00+08:00");

    private static final Map<String, String> TIMERS = Map.of(
            Phases.SPLIT, TIMER_SPLIT_OVERDUE,
            Phases.DRAW, TIMER_DRAW_OVERDUE,
            Phases.EXECUTION, TIMER_EXECUTION_OVERDUE,
            Phases.SUMMARY, TIMER_SUMMARY_OVERDUE);

    private final List<String> portCalls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        at("2026-03-01T09:00:00+08:00");
        Mocks.register(Beans.PHASE_OVERDUE, (JavaDelegate) execution -> portCalls.add("phaseOverdue:"
                + execution.getVariable(Variables.PLAN_ID) + ":" + execution.getVariableLocal(Variables.PHASE)));
        Mocks.register(Beans.FINISHED, (JavaDelegate)
                execution -> portCalls.add("finished:" + execution.getVariable(Variables.PLAN_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void a_plan_split_to_the_tier_below_runs_every_phase_in_order_and_finishes() {
        ProcessInstance pi = start(true);
        assertThat(pi).hasPassed(GATEWAY_SPLIT_NEEDED).isWaitingAt(TASK_SPLIT);

        for (String phase : Phases.ALL) {
            assertThat(pi).isWaitingAt(Phases.task(phase));
            completePhase(pi, phase);
        }

        assertThat(pi)
                .hasPassedInOrder(
                        TASK_SPLIT,
                        TASK_DRAW,
                        TASK_EXECUTION,
                        TASK_SUMMARY,
                        TASK_PUBLICATION,
                        TASK_RECORD_CAMPAIGN_FINISHED,
                        END_CAMPAIGN_FINISHED)
                .isEnded();
        assertThat(portCalls).containsExactly("finished:" + PLAN_ID);
    }

    @Test
    void a_county_plan_is_not_split_and_starts_with_the_draw() {
        ProcessInstance pi = start(false);

        assertThat(pi).hasPassed(GATEWAY_DRAW_JOIN).hasNotPassed(TASK_SPLIT).isWaitingAt(TASK_DRAW);
        assertThat(timers(pi)).extracting(Job::getDuedate).containsExactly(date(DUES.get(Phases.DRAW)));
        completePhase(pi, Phases.DRAW);
        completePhase(pi, Phases.EXECUTION);
        completePhase(pi, Phases.SUMMARY);
        completePhase(pi, Phases.PUBLICATION);
        assertThat(pi).isEnded().hasPassed(END_CAMPAIGN_FINISHED);
        assertThat(portCalls).containsExactly("finished:" + PLAN_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {Phases.SPLIT, Phases.DRAW, Phases.EXECUTION, Phases.SUMMARY})
    void a_phase_past_its_due_day_is_reported_and_stays_open_until_done(String phase) {
        ProcessInstance pi = toPhase(phase);

        at(DUES.get(phase).replace(":59+08:00", ":58+08:00"));
        assertThat(dueJobs(pi)).isEmpty();
        at(DAY_AFTER.get(phase));
        executeDueJobs(pi, TIMERS.get(phase));

        assertThat(portCalls).containsExactly("phaseOverdue:" + PLAN_ID + ":" + phase);
        assertThat(pi).isWaitingAt(Phases.task(phase));
        completePhase(pi, phase);
        String next = Phases.ALL.get(Phases.ALL.indexOf(phase) + 1);
        assertThat(pi).isWaitingAt(Phases.task(next));
        assertThat(timers(pi)).extracting(Job::getDuedate).doesNotContain(date(DUES.get(phase)));
    }

    @Test
    void a_phase_done_in_time_is_never_reported() {
        ProcessInstance pi = start(true);
        completePhase(pi, Phases.SPLIT);

        at(DAY_AFTER.get(Phases.SPLIT));
        assertThat(dueJobs(pi)).isEmpty();
        assertThat(portCalls).isEmpty();
    }

    @Test
    void a_message_for_a_phase_the_plan_is_not_in_is_not_correlated() {
        ProcessInstance pi = start(true);

        for (String other : List.of(Phases.DRAW, Phases.EXECUTION, Phases.SUMMARY, Phases.PUBLICATION)) {
            assertThatThrownBy(() -> completePhase(pi, other))
                    .as(other)
                    .isInstanceOf(MismatchingMessageCorrelationException.class);
        }
        assertThat(pi).isWaitingAt(TASK_SPLIT);
        completePhase(pi, Phases.SPLIT);
        assertThatThrownBy(() -> completePhase(pi, Phases.SPLIT))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAt(TASK_DRAW);
    }

    // ---------------------------------------------------------------- steps

    private static ProcessInstance start(boolean splitNeeded) {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID,
                        businessKey(PLAN_ID),
                        withVariables(
                                Variables.PLAN_ID, PLAN_ID,
                                Variables.AGENCY_ID, AGENCY,
                                Variables.SPLIT_NEEDED, splitNeeded,
                                Variables.SPLIT_DUE, DUES.get(Phases.SPLIT),
                                Variables.DRAW_DUE, DUES.get(Phases.DRAW),
                                Variables.EXECUTION_DUE, DUES.get(Phases.EXECUTION),
                                Variables.SUMMARY_DUE, DUES.get(Phases.SUMMARY)));
    }

    /** A split plan, in {@code phase}, every earlier phase done in time. */
    private static ProcessInstance toPhase(String phase) {
        ProcessInstance pi = start(true);
        for (String earlier : Phases.ALL.subList(0, Phases.ALL.indexOf(phase))) {
            completePhase(pi, earlier);
        }
        assertThat(pi).isWaitingAt(Phases.task(phase));
        return pi;
    }

    private static void completePhase(ProcessInstance pi, String phase) {
        runtimeService()
                .createMessageCorrelation(Phases.message(phase))
                .processInstanceId(pi.getId())
                .correlate();
    }

    // ---------------------------------------------------------------- clock and jobs

    private static Date date(String isoDateTime) {
        return Date.from(instant(isoDateTime));
    }

    private static List<Job> timers(ProcessInstance pi) {
        return managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .list();
    }
}
