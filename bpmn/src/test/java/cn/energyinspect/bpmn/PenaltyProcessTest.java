package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static cn.energyinspect.bpmn.PenaltyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.energyinspect.bpmn.PenaltyProcess.Beans;
import cn.energyinspect.bpmn.PenaltyProcess.Messages;
import cn.energyinspect.bpmn.PenaltyProcess.Outcomes;
import cn.energyinspect.bpmn.PenaltyProcess.ReviewOutcomes;
import cn.energyinspect.bpmn.PenaltyProcess.Variables;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Every path of the penalty procedure: each gateway branch, timer, message and the event sub-process. Timers are
 * driven by moving the engine clock and running the jobs then due; {@link PathTestCalendar} counts every day as a
 * working day (the statutory calendar is tested in workflow). The delegates are recording mocks. The build fails below
 * 90 % coverage.
 */
@Deployment(resources = PenaltyProcess.RESOURCE)
class PenaltyProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final long PENALTY_ID = 7L;
    private static final long AGENCY = 12L;
    private static final String USCC = "91330106MA2KXXXX1Q";
    private static final String NUMBER = "浙节监罚案〔2026〕1号";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final List<String> portCalls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        at("2026-09-01T09:00:00+08:00");
        record(Beans.STATEMENT_PERIOD_OVER, "statementPeriodOver");
        record(Beans.DECISION_DUE, "decisionDue");
        record(Beans.DECISION_LATE, "decisionLate");
        record(Beans.SERVICE_LATE, "serviceLate");
        record(Beans.DECISION_SERVED, "decisionServed");
        record(Beans.PAYMENT_OVERDUE, "paymentOverdue");
        Mocks.register(Beans.CLOSED, (JavaDelegate) execution -> portCalls.add("closed:"
                + execution.getVariable(Variables.PENALTY_ID) + ":" + execution.getVariable(Variables.OUTCOME)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void a_referred_case_is_heard_discussed_decided_served_paid_and_closed() {
        ProcessInstance pi = referred();
        assertThat(pi).hasPassed(START_PENALTY_REFERRED).isWaitingAt(TASK_REGISTER_PENALTY_CASE);
        assertThat(task()).hasCandidateGroup("agency-12-SUPERVISOR");
        register(pi);

        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        assertThat(task()).hasCandidateGroup("agency-12-INSPECTOR");
        complete(task(TASK_INVESTIGATE, pi));
        review(pi, ReviewOutcomes.PENALTY, true);
        serveNotice(pi, true);

        assertThat(pi).isWaitingAt(TASK_PARTY_STATEMENT, GATEWAY_HEARING_REQUESTED);
        assertThat(task(TASK_PARTY_STATEMENT, pi)).hasCandidateGroup("enterprise-" + USCC);
        complete(task(TASK_PARTY_STATEMENT, pi));
        requestHearing(pi);
        assertThat(pi).hasPassed(MESSAGE_HEARING_REQUESTED).isWaitingAt(TASK_SCHEDULE_HEARING);
        complete(task(TASK_SCHEDULE_HEARING, pi));
        complete(task(TASK_HOLD_HEARING, pi));

        assertThat(pi).hasPassed(GATEWAY_PARTY_HEARD_JOIN).isWaitingAt(TASK_COLLECTIVE_DISCUSSION);
        complete(task(TASK_COLLECTIVE_DISCUSSION, pi));
        decide(pi);
        assertThat(pi).hasPassed(END_DECIDED).isWaitingAt(TASK_SERVE_DECISION);
        serveDecision(pi);

        assertThat(pi).hasPassed(TASK_START_PUBLICATION).isWaitingAt(GATEWAY_PAYMENT_WAIT);
        pay(pi);
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
        complete(task(TASK_APPROVE_CLOSURE, pi));
        assertThat(pi).hasPassed(TASK_CLOSE_PENALTY_CASE, END_CLOSED).isEnded();
        assertThat(portCalls).containsExactly("decisionServed:7", "closed:7:" + Outcomes.CLOSED);
    }

    @Test
    void a_case_opened_by_hand_starts_at_registration_and_a_refusal_ends_it() {
        ProcessInstance pi = byHand();
        assertThat(pi).hasPassed(START_OPENED_BY_HAND).isWaitingAt(TASK_REGISTER_PENALTY_CASE);

        complete(task(TASK_REGISTER_PENALTY_CASE, pi), withVariables(Variables.REGISTERED, false));

        assertThat(pi).hasPassed(END_NOT_REGISTERED).isEnded();
        assertThat(portCalls).containsExactly("closed:7:" + Outcomes.NOT_REGISTERED);
    }

    @Test
    void a_returned_review_goes_back_to_the_investigation_and_no_penalty_closes_the_case() {
        ProcessInstance pi = registered();
        complete(task(TASK_INVESTIGATE, pi));
        review(pi, ReviewOutcomes.RETURN, false);

        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        complete(task(TASK_INVESTIGATE, pi));
        review(pi, ReviewOutcomes.NO_PENALTY, false);
        assertThat(pi).isWaitingAt(TASK_DECIDE_NO_PENALTY);
        complete(task(TASK_DECIDE_NO_PENALTY, pi));

        assertThat(pi)
                .hasPassed(END_NO_PENALTY_DECIDED, END_NO_PENALTY)
                .hasNotPassed(TASK_SERVE_PENALTY_NOTICE)
                .isEnded();
        assertThat(portCalls).containsExactly("closed:7:" + Outcomes.NO_PENALTY);
    }

    @Test
    void a_transfer_to_the_competent_body_closes_the_case_as_transferred() {
        ProcessInstance pi = registered();
        complete(task(TASK_INVESTIGATE, pi));
        review(pi, ReviewOutcomes.TRANSFER, false);

        assertThat(pi).isWaitingAt(TASK_TRANSFER);
        complete(task(TASK_TRANSFER, pi));
        assertThat(pi).hasPassed(END_TRANSFERRED, END_CLOSED_TRANSFERRED).isEnded();
        assertThat(portCalls).containsExactly("closed:7:" + Outcomes.TRANSFERRED);
    }

    @Test
    void without_a_hearing_right_the_end_of_the_statement_period_lets_the_decision_follow() {
        ProcessInstance pi = noticed(false);
        assertThat(pi).hasPassed(GATEWAY_HEARING_JOIN).isWaitingAt(TASK_PARTY_STATEMENT);
        assertThat(pi).isNotWaitingAt(TASK_DECIDE);

        // served 2026-09-01: P3WD ends with 2026-09-04 (every day counts in the path tests)
        at("2026-09-04T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-09-05T00:01:00+08:00");
        executeDueJobs(pi, TIMER_STATEMENT_PERIOD_OVER);

        assertThat(pi)
                .hasPassed(TASK_RECORD_STATEMENT_PERIOD_OVER)
                .hasNotPassed(TASK_COLLECTIVE_DISCUSSION)
                .isWaitingAt(TASK_DECIDE);
        assertThat(portCalls).containsExactly("statementPeriodOver:7");
    }

    @Test
    void a_hearing_not_asked_for_within_five_working_days_is_waived_and_the_decision_waits_for_the_period() {
        ProcessInstance pi = noticed(true);
        complete(task(TASK_PARTY_STATEMENT, pi));
        assertThat(pi).isWaitingAt(GATEWAY_HEARING_REQUESTED).isNotWaitingAt(TASK_DECIDE);

        at("2026-09-06T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-09-07T00:01:00+08:00");
        executeDueJobs(pi, TIMER_HEARING_REQUEST_PERIOD_OVER);

        assertThat(pi).hasNotPassed(TASK_SCHEDULE_HEARING).isWaitingAt(TASK_DECIDE);

        assertThat(runtimeService()
                        .createEventSubscriptionQuery()
                        .processInstanceId(pi.getId())
                        .eventName(Messages.HEARING_REQUESTED)
                        .count())
                .as("a late request finds nothing to correlate with")
                .isZero();
    }

    @Test
    void the_supervisors_are_reminded_on_day_80_and_the_case_is_marked_late_after_day_90_from_registration() {
        ProcessInstance pi = registered();

        at("2026-11-20T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-11-21T00:01:00+08:00");
        executeDueJobs(pi, TIMER_DECISION_WARNING);
        assertThat(pi).hasPassed(END_DECISION_DUE_ESCALATED).isWaitingAt(TASK_INVESTIGATE);

        at("2026-11-30T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-12-01T00:01:00+08:00");
        executeDueJobs(pi, TIMER_DECISION_OVERDUE);
        assertThat(pi).hasPassed(END_DECISION_LATE).isWaitingAt(TASK_INVESTIGATE);
        assertThat(portCalls).containsExactly("decisionDue:7", "decisionLate:7");
    }

    @Test
    void a_decision_not_served_within_seven_working_days_is_marked_late_and_service_goes_on() {
        ProcessInstance pi = decided();

        at("2026-09-08T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-09-09T00:01:00+08:00");
        executeDueJobs(pi, TIMER_SERVICE_OVERDUE);

        assertThat(pi).hasPassed(END_SERVICE_LATE).isWaitingAt(TASK_SERVE_DECISION);
        serveDecision(pi);
        assertThat(pi).isWaitingAt(GATEWAY_PAYMENT_WAIT);
        assertThat(portCalls).containsExactly("serviceLate:7", "decisionServed:7");
    }

    @Test
    void an_unpaid_fine_is_demanded_after_the_challenge_period_and_enforced_through_the_court() {
        ProcessInstance pi = decided();
        serveDecision(pi); // 2026-09-01: pay by the end of 2026-09-16, challenge period to 2027-03-01

        at("2026-09-17T00:01:00+08:00");
        executeDueJobs(pi, TIMER_PAYMENT_DUE);
        assertThat(pi).hasPassed(TASK_MARK_PAYMENT_OVERDUE).isWaitingAt(TIMER_CHALLENGE_PERIOD_OVER);

        at("2027-03-02T00:01:00+08:00");
        executeDueJobs(pi, TIMER_CHALLENGE_PERIOD_OVER);
        assertThat(pi).isWaitingAt(TASK_SERVE_DEMAND);
        complete(task(TASK_SERVE_DEMAND, pi), withVariables(Variables.DEMAND_SERVED_AT, "2027-03-02T10:00:00+08:00"));
        at("2027-03-12T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2027-03-13T00:01:00+08:00");
        executeDueJobs(pi, TIMER_DEMAND_PERIOD_OVER);
        complete(task(TASK_APPLY_COURT_ENFORCEMENT, pi));

        assertThat(pi).hasPassed(END_ENFORCEMENT_APPLIED).isWaitingAt(TASK_APPROVE_CLOSURE);
        complete(task(TASK_APPROVE_CLOSURE, pi));
        assertThat(pi).isEnded();
        assertThat(portCalls).containsExactly("decisionServed:7", "paymentOverdue:7", "closed:7:" + Outcomes.CLOSED);
    }

    @Test
    void a_payment_during_enforcement_ends_it() {
        ProcessInstance pi = decided();
        serveDecision(pi);
        at("2026-09-17T00:01:00+08:00");
        executeDueJobs(pi, TIMER_PAYMENT_DUE);

        pay(pi);

        assertThat(pi).hasNotPassed(TASK_SERVE_DEMAND);
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    @Test
    void a_withdrawn_registration_ends_every_open_step() {
        ProcessInstance pi = noticed(true);

        runtimeService()
                .createMessageCorrelation(Messages.REGISTRATION_WITHDRAWN)
                .processInstanceId(pi.getId())
                .correlate();

        assertThat(pi).hasPassed(MESSAGE_REGISTRATION_WITHDRAWN, END_WITHDRAWN).isEnded();
        assertThat(portCalls).containsExactly("closed:7:" + Outcomes.WITHDRAWN);
    }

    @Test
    void a_revoked_decision_ends_the_case_before_payment() {
        ProcessInstance pi = decided();
        serveDecision(pi);

        runtimeService()
                .createMessageCorrelation(Messages.DECISION_REVOKED)
                .processInstanceId(pi.getId())
                .correlate();

        assertThat(pi)
                .hasPassed(START_DECISION_REVOKED, TASK_CLOSE_REVOKED, END_REVOKED)
                .isEnded();
        assertThat(portCalls).containsExactly("decisionServed:7", "closed:7:" + Outcomes.REVOKED);
    }

    // ---------------------------------------------------------------- steps

    private static Map<String, Object> startVariables() {
        return withVariables(
                Variables.PENALTY_ID, PENALTY_ID,
                Variables.PENALTY_NUMBER, NUMBER,
                Variables.AGENCY_ID, AGENCY,
                Variables.ENTERPRISE_USCC, USCC,
                Variables.STATEMENT_WORKING_DAYS, 3,
                Variables.HEARING_REQUEST_WORKING_DAYS, 5,
                Variables.DECISION_DAYS, 90,
                Variables.DECISION_WARNING_DAYS, 80,
                Variables.SERVICE_WORKING_DAYS, 7,
                Variables.PAYMENT_DAYS, 15,
                Variables.DEMAND_WORKING_DAYS, 10);
    }

    private static ProcessInstance referred() {
        return runtimeService().startProcessInstanceByMessage(Messages.REFERRED, NUMBER, startVariables());
    }

    private static ProcessInstance byHand() {
        return runtimeService().startProcessInstanceByKey(PROCESS_ID, NUMBER, startVariables());
    }

    private static ProcessInstance registered() {
        ProcessInstance pi = referred();
        register(pi);
        return pi;
    }

    private static ProcessInstance noticed(boolean hearingOffered) {
        ProcessInstance pi = registered();
        complete(task(TASK_INVESTIGATE, pi));
        review(pi, ReviewOutcomes.PENALTY, false);
        serveNotice(pi, hearingOffered);
        return pi;
    }

    private static ProcessInstance decided() {
        ProcessInstance pi = noticed(false);
        complete(task(TASK_PARTY_STATEMENT, pi));
        decide(pi);
        return pi;
    }

    private static void register(ProcessInstance pi) {
        complete(
                task(TASK_REGISTER_PENALTY_CASE, pi),
                withVariables(Variables.REGISTERED, true, Variables.REGISTERED_AT, now()));
    }

    private static void review(ProcessInstance pi, String outcome, boolean discussion) {
        complete(
                task(TASK_LEGAL_REVIEW, pi),
                withVariables(Variables.REVIEW_OUTCOME, outcome, Variables.COLLECTIVE_DISCUSSION, discussion));
    }

    private static void serveNotice(ProcessInstance pi, boolean hearingOffered) {
        complete(
                task(TASK_SERVE_PENALTY_NOTICE, pi),
                withVariables(Variables.NOTICE_SERVED_AT, now(), Variables.HEARING_OFFERED, hearingOffered));
    }

    private static void requestHearing(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(Messages.HEARING_REQUESTED)
                .processInstanceId(pi.getId())
                .correlate();
    }

    private static void decide(ProcessInstance pi) {
        complete(task(TASK_DECIDE, pi), withVariables(Variables.DECIDED_AT, now()));
    }

    private static void serveDecision(ProcessInstance pi) {
        String served = now();
        complete(
                task(TASK_SERVE_DECISION, pi),
                withVariables(
                        Variables.DECISION_SERVED_AT,
                        served,
                        Variables.CHALLENGE_PERIOD_ENDS,
                        OffsetDateTime.parse(served).toLocalDate().plusMonths(6).toString()));
    }

    private static void pay(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(Messages.PAYMENT_CONFIRMED)
                .processInstanceId(pi.getId())
                .correlate();
    }

    private static String now() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return now.atOffset(CHINA).toString();
    }

    private void record(String bean, String portMethod) {
        Mocks.register(bean, (JavaDelegate)
                execution -> portCalls.add(portMethod + ":" + execution.getVariable(Variables.PENALTY_ID)));
    }
}
