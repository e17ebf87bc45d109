package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.DeskReviewProcess.*;
import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.energyinspect.bpmn.DeskReviewProcess.Beans;
import cn.energyinspect.bpmn.DeskReviewProcess.Decisions;
import cn.energyinspect.bpmn.DeskReviewProcess.Outcomes;
import cn.energyinspect.bpmn.DeskReviewProcess.Variables;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of a desk review: nothing confirmed, an answer explaining the signals, the answer period running out and
 * rectification ordered, more documents asked for and the case escalated to an on-site inspection. The delegates are
 * recording mocks. The build fails below 90 % coverage.
 */
@Deployment(resources = DeskReviewProcess.RESOURCE)
class DeskReviewProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final long CASE_ID = 77L;
    private static final long AGENCY = 34L;
    private static final String USCC = "91340100MA2KXXXX1Q";
    private static final String TEAM = "wang.fang,chen.lei";

    private final List<String> portCalls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        at("2026-04-10T09:00:00+08:00");
        Mocks.register(Beans.CLOSED, (JavaDelegate) e ->
                portCalls.add("closed:" + e.getVariable(Variables.CASE_ID) + ":" + e.getVariable(Variables.OUTCOME)));
        Mocks.register(Beans.ANSWER_PERIOD_OVER, (JavaDelegate)
                e -> portCalls.add("answerPeriodOver:" + e.getVariable(Variables.CASE_ID)));
        Mocks.register(Beans.RECTIFICATION_ORDERED, (JavaDelegate)
                e -> portCalls.add("rectificationOrdered:" + e.getVariable(Variables.CASE_ID)));
        Mocks.register(
                Beans.ESCALATED, (JavaDelegate) e -> portCalls.add("escalated:" + e.getVariable(Variables.CASE_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance open() {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID,
                        "皖节监〔2026〕第0007号",
                        withVariables(
                                Variables.CASE_ID,
                                CASE_ID,
                                Variables.CASE_NUMBER,
                                "皖节监〔2026〕第0007号",
                                Variables.AGENCY_ID,
                                AGENCY,
                                Variables.ENTERPRISE_USCC,
                                USCC));
    }

    private void confirm(ProcessInstance pi, int count) {
        assertThat(task(TASK_CONFIRM_SIGNALS, pi)).hasCandidateGroup("agency-" + AGENCY + "-SUPERVISOR");
        complete(
                task(TASK_CONFIRM_SIGNALS, pi),
                withVariables(Variables.CONFIRMED_COUNT, count, Variables.TEAM_USERNAMES, TEAM));
    }

    private void serveNotice(ProcessInstance pi, String answerDue) {
        assertThat(task(TASK_SERVE_DESK_NOTICE, pi))
                .hasCandidateUser("wang.fang")
                .hasCandidateUser("chen.lei");
        complete(task(TASK_SERVE_DESK_NOTICE, pi), withVariables(Variables.ANSWER_DUE, answerDue));
    }

    private void review(ProcessInstance pi, String decision) {
        assertThat(task(TASK_REVIEW_WRITTEN_ANSWER, pi)).hasCandidateGroup("agency-" + AGENCY + "-SUPERVISOR");
        complete(task(TASK_REVIEW_WRITTEN_ANSWER, pi), withVariables(Variables.DESK_DECISION, decision));
    }

    @Test
    void signals_all_dismissed_close_the_case_without_a_notice() {
        ProcessInstance pi = open();
        confirm(pi, 0);

        assertThat(pi)
                .hasPassed(TASK_CLOSE_UNFOUNDED, END_CLOSED_UNFOUNDED)
                .hasNotPassed(TASK_SERVE_DESK_NOTICE)
                .isEnded();
        assertThat(portCalls).containsExactly("closed:" + CASE_ID + ":" + Outcomes.CLOSED_NO_FINDINGS);
    }

    @Test
    void a_written_answer_that_explains_the_signals_closes_the_case() {
        ProcessInstance pi = open();
        confirm(pi, 2);
        serveNotice(pi, "2026-04-24");

        assertThat(task(TASK_ENTERPRISE_WRITTEN_ANSWER, pi))
                .hasCandidateGroup("enterprise-" + USCC)
                .hasDueDate(Date.from(instant("2026-04-25T00:00:00+08:00")));
        complete(task(TASK_ENTERPRISE_WRITTEN_ANSWER, pi));
        review(pi, Decisions.CLOSE);

        assertThat(pi)
                .hasPassedInOrder(
                        TASK_CONFIRM_SIGNALS,
                        TASK_SERVE_DESK_NOTICE,
                        TASK_ENTERPRISE_WRITTEN_ANSWER,
                        TASK_REVIEW_WRITTEN_ANSWER,
                        TASK_CLOSE_DESK_CASE,
                        END_CLOSED)
                .isEnded();
        assertThat(portCalls).containsExactly("closed:" + CASE_ID + ":" + Outcomes.CLOSED_EXPLAINED);
    }

    @Test
    void no_answer_by_the_end_of_its_day_goes_to_review_and_rectification_is_ordered() {
        ProcessInstance pi = open();
        confirm(pi, 1);
        serveNotice(pi, "2026-04-24");

        at("2026-04-24T23:59:59+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-04-25T00:00:00+08:00");
        executeDueJobs(pi, TIMER_ANSWER_PERIOD_OVER);
        assertThat(pi).hasPassed(TASK_RECORD_NO_ANSWER).isWaitingAt(TASK_REVIEW_WRITTEN_ANSWER);
        review(pi, Decisions.RECTIFY);

        assertThat(pi)
                .hasPassed(TASK_ORDER_RECTIFICATION, END_RECTIFICATION_ORDERED)
                .isEnded();
        assertThat(portCalls).containsExactly("answerPeriodOver:" + CASE_ID, "rectificationOrdered:" + CASE_ID);
    }

    @Test
    void more_documents_mean_a_new_notice_and_an_escalation_opens_the_on_site_inspection() {
        ProcessInstance pi = open();
        confirm(pi, 3);
        serveNotice(pi, "2026-04-24");
        complete(task(TASK_ENTERPRISE_WRITTEN_ANSWER, pi));
        review(pi, Decisions.MORE_DOCUMENTS);

        assertThat(pi).isWaitingAt(TASK_SERVE_DESK_NOTICE);
        serveNotice(pi, "2026-05-15");
        assertThat(task(TASK_ENTERPRISE_WRITTEN_ANSWER, pi))
                .hasDueDate(Date.from(instant("2026-05-16T00:00:00+08:00")));
        complete(task(TASK_ENTERPRISE_WRITTEN_ANSWER, pi));
        review(pi, Decisions.ESCALATE);

        assertThat(pi)
                .hasPassed(TASK_ESCALATE_ON_SITE, END_ESCALATED_ON_SITE)
                .hasNotPassed(TASK_ORDER_RECTIFICATION)
                .isEnded();
        assertThat(portCalls).containsExactly("escalated:" + CASE_ID);
    }
}
