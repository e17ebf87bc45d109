package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.CapacityReplacementProcess.*;
import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.energyinspect.bpmn.ApprovalSkeleton.Outcomes;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import cn.energyinspect.bpmn.CapacityReplacementProcess.Messages;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Every path of a capacity-replacement plan: returns and refusals at both review levels, the hearing, the 公示 window
 * with both end dates counted, objections continued, amended (published again) or withdrawing the plan, the decision,
 * the exit follow-ups in time and overdue (an inspection case, the wait goes on), and a revocation at any later stage.
 * The delegates are recording mocks; the build fails below 90 % coverage.
 */
@Deployment(resources = CapacityReplacementProcess.RESOURCE)
class CapacityReplacementProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private final ApprovalPathTestSupport app = new ApprovalPathTestSupport("CapacityReplacement", Messages::of);

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        at("2026-02-20T09:00:00+08:00");
        app.registerMocks();
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start() {
        return app.start(PROCESS_ID, businessKey(ApprovalPathTestSupport.APPLICATION_ID), "CAPACITY_REPLACEMENT");
    }

    private ProcessInstance toPublicity(boolean hearing) {
        ProcessInstance pi = start();
        app.complete(pi, Stages.CITY_REVIEW, Outcomes.PASS);
        app.complete(pi, Stages.PROVINCE_REVIEW, Outcomes.PASS, Variables.HEARING_REQUIRED, hearing);
        if (hearing) {
            assertThat(pi).isWaitingAt(TASK_HEARING);
            app.complete(pi, Stages.HEARING, null);
        }
        assertThat(pi).isWaitingAt(TIMER_PUBLICITY_ENDS);
        return pi;
    }

    /** The 公示's last day is 03-06 (first 03-02 plus four): open through its last second, over at 00:00 of 03-07. */
    private void endPublicity(ProcessInstance pi) {
        at("2026-03-06T23:59:58+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-03-07T00:00:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICITY_ENDS);
    }

    @Test
    void a_plan_passed_by_city_and_province_published_without_objection_approved_and_carried_out_completes() {
        ProcessInstance pi = toPublicity(false);
        assertThat(pi).hasPassed(GATEWAY_HEARING_NEEDED).hasNotPassed(TASK_HEARING, TASK_RESUBMISSION);
        endPublicity(pi);
        assertThat(pi).isWaitingAt(TASK_DECISION);

        app.complete(pi, Stages.DECISION, Outcomes.APPROVE);
        assertThat(pi).hasPassed(TASK_RECORD_APPROVED).isWaitingAt(TASK_EXIT_SHUTDOWN);
        app.complete(pi, Stages.SHUTDOWN, null, Variables.DISMANTLING_DUE, "2027-09-30");
        assertThat(pi).isWaitingAt(TASK_DISMANTLING);
        app.complete(pi, Stages.DISMANTLING, null);

        assertThat(pi).hasPassed(TASK_RECORD_COMPLETED, END_COMPLETED).isEnded();
        assertThat(app.portCalls)
                .containsExactly("publicityStart:41", "publicityEnd:41", "approved:41", "completed:41");
    }

    @Test
    void returns_at_either_level_go_back_to_the_enterprise_and_through_the_city_again() {
        ProcessInstance pi = start();
        app.complete(pi, Stages.CITY_REVIEW, Outcomes.RETURN);
        assertThat(pi).isWaitingAt(TASK_RESUBMISSION);
        app.complete(pi, Stages.RESUBMISSION, null);
        assertThat(pi).isWaitingAt(TASK_CITY_REVIEW);
        app.complete(pi, Stages.CITY_REVIEW, Outcomes.PASS);
        app.complete(pi, Stages.PROVINCE_REVIEW, Outcomes.RETURN);
        assertThat(pi).isWaitingAt(TASK_RESUBMISSION);
        app.complete(pi, Stages.RESUBMISSION, null);

        assertThat(pi).isWaitingAt(TASK_CITY_REVIEW);
        assertThat(app.portCalls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Stages.CITY_REVIEW, Stages.PROVINCE_REVIEW})
    void a_refusal_at_either_level_ends_the_plan(String stage) {
        ProcessInstance pi = start();
        if (stage.equals(Stages.PROVINCE_REVIEW)) {
            app.complete(pi, Stages.CITY_REVIEW, Outcomes.PASS);
        }
        app.complete(pi, stage, Outcomes.REFUSE);

        assertThat(pi)
                .hasPassed(stage.equals(Stages.CITY_REVIEW) ? GATEWAY_CITY_OUTCOME : GATEWAY_PROVINCE_OUTCOME)
                .hasPassed(END_REFUSED)
                .isEnded();
        assertThat(app.portCalls).containsExactly("refused:41");
    }

    @Test
    void a_cross_province_plan_is_heard_before_its_publicity_and_an_amended_plan_is_published_again() {
        ProcessInstance pi = toPublicity(true);
        assertThat(pi).hasPassed(TASK_HEARING);
        app.objectionsOpen = true;
        endPublicity(pi);
        assertThat(pi).isWaitingAt(TASK_RESOLVE_OBJECTIONS);

        app.publicityStartsAt = "2026-03-16T00:00:00+08:00";
        app.objectionsOpen = false;
        app.complete(pi, Stages.OBJECTIONS, Outcomes.AMEND);
        assertThat(pi).isWaitingAt(TIMER_PUBLICITY_ENDS);
        at("2026-03-21T00:00:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICITY_ENDS);
        app.complete(pi, Stages.DECISION, Outcomes.REFUSE);

        assertThat(pi).hasPassed(END_REFUSED).isEnded();
        assertThat(app.portCalls)
                .containsExactly(
                        "publicityStart:41", "publicityEnd:41", "publicityStart:41", "publicityEnd:41", "refused:41");
    }

    @Test
    void a_substantiated_objection_withdraws_the_plan() {
        ProcessInstance pi = toPublicity(false);
        app.objectionsOpen = true;
        endPublicity(pi);
        app.complete(pi, Stages.OBJECTIONS, Outcomes.WITHDRAW);

        assertThat(pi).hasPassed(END_REFUSED).isEnded();
    }

    @Test
    void overdue_shutdown_and_dismantling_each_open_an_inspection_case_and_the_plan_keeps_waiting_for_them() {
        ProcessInstance pi = toPublicity(false);
        app.objectionsOpen = true;
        endPublicity(pi);
        app.complete(pi, Stages.OBJECTIONS, Outcomes.CONTINUE);
        assertThat(pi).isWaitingAt(TASK_DECISION);
        app.complete(pi, Stages.DECISION, Outcomes.APPROVE);

        at("2026-09-30T23:59:58+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-10-01T00:00:00+08:00");
        executeDueJobs(pi, TIMER_SHUTDOWN_OVERDUE);
        assertThat(pi)
                .hasPassed(TASK_OPEN_SHUTDOWN_CASE, END_SHUTDOWN_CASE_OPENED)
                .isWaitingAt(TASK_EXIT_SHUTDOWN);
        app.complete(pi, Stages.SHUTDOWN, null, Variables.DISMANTLING_DUE, "2027-09-30");
        at("2027-10-01T00:00:00+08:00");
        executeDueJobs(pi, TIMER_DISMANTLING_OVERDUE);
        assertThat(pi)
                .hasPassed(TASK_OPEN_DISMANTLING_CASE, END_DISMANTLING_CASE_OPENED)
                .isWaitingAt(TASK_DISMANTLING);
        app.complete(pi, Stages.DISMANTLING, null);

        assertThat(pi).isEnded().hasPassed(END_COMPLETED);
        assertThat(app.portCalls).contains("overdue:SHUTDOWN:41", "overdue:DISMANTLING:41");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSPEND", "WITHDRAW"})
    void an_approval_suspended_or_withdrawn_after_the_announcement_ends_the_follow_ups(String kind) {
        ProcessInstance pi = toPublicity(false);
        endPublicity(pi);
        app.complete(pi, Stages.DECISION, Outcomes.APPROVE);
        app.revoke(pi, kind);

        assertThat(pi)
                .hasPassed(START_REVOKED, TASK_RECORD_REVOKED, END_REVOKED)
                .isEnded();
        assertThat(app.portCalls).endsWith("revoked:" + kind + ":41");
    }

    @Test
    void a_stage_the_plan_is_not_in_cannot_be_completed() {
        ProcessInstance pi = start();

        assertThatThrownBy(() -> app.complete(pi, Stages.DECISION, Outcomes.APPROVE))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAt(TASK_CITY_REVIEW);
    }
}
