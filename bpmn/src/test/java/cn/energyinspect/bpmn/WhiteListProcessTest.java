package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static cn.energyinspect.bpmn.WhiteListProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.energyinspect.bpmn.ApprovalSkeleton.Outcomes;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import cn.energyinspect.bpmn.WhiteListProcess.Messages;
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
 * Every path of a white-list application on the approval skeleton: reviews with returns and refusals, the 公示 with and
 * without objections (continued, amended, withdrawing), the listing re-assessed when its validity ends (kept and
 * renewed, or delisted), and a revocation while listed. The build fails below 90 % coverage.
 */
@Deployment(resources = WhiteListProcess.RESOURCE)
class WhiteListProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private final ApprovalPathTestSupport app = new ApprovalPathTestSupport("WhiteList", Messages::of);

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        at("2026-02-20T09:00:00+08:00");
        app.followUpDue = "2027-03-20";
        app.registerMocks();
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start() {
        return app.start(PROCESS_ID, businessKey(ApprovalPathTestSupport.APPLICATION_ID), "WHITE_LIST");
    }

    private ProcessInstance listed(boolean objections, String objectionOutcome) {
        ProcessInstance pi = start();
        app.complete(pi, Stages.CITY_REVIEW, Outcomes.PASS);
        app.complete(pi, Stages.PROVINCE_REVIEW, Outcomes.PASS);
        assertThat(pi).isWaitingAt(TIMER_PUBLICITY_ENDS);
        app.objectionsOpen = objections;
        at("2026-03-07T00:00:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICITY_ENDS);
        if (objections) {
            app.objectionsOpen = false;
            app.complete(pi, Stages.OBJECTIONS, objectionOutcome);
            if (!objectionOutcome.equals(Outcomes.CONTINUE)) {
                return pi;
            }
        }
        app.complete(pi, Stages.DECISION, Outcomes.APPROVE);
        assertThat(pi).isWaitingAt(TIMER_REASSESSMENT_DUE);
        return pi;
    }

    @Test
    void a_listing_is_reassessed_when_its_validity_ends_kept_and_renewed_then_delisted() {
        ProcessInstance pi = listed(false, null);
        assertThat(pi).hasPassed(TASK_RECORD_APPROVED);

        at("2027-03-20T23:59:58+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2027-03-21T00:00:00+08:00");
        executeDueJobs(pi, TIMER_REASSESSMENT_DUE);
        assertThat(pi).isWaitingAt(TASK_REASSESSMENT);
        app.followUpDue = "2028-03-20";
        app.complete(pi, Stages.REASSESSMENT, Outcomes.KEEP);
        assertThat(pi).hasPassed(TASK_RENEW_LISTING).isWaitingAt(TIMER_REASSESSMENT_DUE);

        at("2028-03-21T00:00:00+08:00");
        executeDueJobs(pi, TIMER_REASSESSMENT_DUE);
        app.complete(pi, Stages.REASSESSMENT, Outcomes.REVOKE);

        assertThat(pi).hasPassed(TASK_RECORD_DELISTED, END_DELISTED).isEnded();
        assertThat(app.portCalls)
                .containsExactly("publicityStart:41", "publicityEnd:41", "approved:41", "renewed:41", "delisted:41");
    }

    @Test
    void objections_continued_lead_to_the_decision_and_an_amended_application_is_published_again() {
        ProcessInstance continued = listed(true, Outcomes.CONTINUE);
        assertThat(continued).hasPassed(TASK_RESOLVE_OBJECTIONS).isWaitingAt(TIMER_REASSESSMENT_DUE);

        ProcessInstance amended = listed(true, Outcomes.AMEND);
        assertThat(amended).isWaitingAt(TIMER_PUBLICITY_ENDS);
    }

    @Test
    void a_substantiated_objection_or_a_refused_decision_ends_the_application() {
        ProcessInstance withdrawn = listed(true, Outcomes.WITHDRAW);
        assertThat(withdrawn).hasPassed(END_REFUSED).isEnded();

        ProcessInstance pi = start();
        app.complete(pi, Stages.CITY_REVIEW, Outcomes.PASS);
        app.complete(pi, Stages.PROVINCE_REVIEW, Outcomes.PASS);
        at("2026-03-07T00:00:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICITY_ENDS);
        app.complete(pi, Stages.DECISION, Outcomes.REFUSE);
        assertThat(pi).hasPassed(END_REFUSED).isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {Stages.CITY_REVIEW, Stages.PROVINCE_REVIEW})
    void returns_and_refusals_at_both_levels(String stage) {
        ProcessInstance returned = start();
        ProcessInstance refused = start();
        for (ProcessInstance pi : new ProcessInstance[] {returned, refused}) {
            if (stage.equals(Stages.PROVINCE_REVIEW)) {
                app.complete(pi, Stages.CITY_REVIEW, Outcomes.PASS);
            }
        }
        app.complete(returned, stage, Outcomes.RETURN);
        app.complete(refused, stage, Outcomes.REFUSE);

        assertThat(returned).isWaitingAt(TASK_RESUBMISSION);
        app.complete(returned, Stages.RESUBMISSION, null);
        assertThat(returned).isWaitingAt(TASK_CITY_REVIEW);
        assertThat(refused).hasPassed(END_REFUSED).isEnded();
    }

    @Test
    void a_listing_revoked_on_a_new_violation_ends() {
        ProcessInstance pi = listed(false, null);
        app.revoke(pi, "WITHDRAW");

        assertThat(pi).hasPassed(TASK_RECORD_REVOKED, END_REVOKED).isEnded();
    }
}
