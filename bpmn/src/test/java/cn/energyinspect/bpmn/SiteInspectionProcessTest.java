package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.instant;
import static cn.energyinspect.bpmn.SiteInspectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.energyinspect.bpmn.SiteInspectionProcess.Beans;
import cn.energyinspect.bpmn.SiteInspectionProcess.InspectionTypes;
import cn.energyinspect.bpmn.SiteInspectionProcess.Messages;
import cn.energyinspect.bpmn.SiteInspectionProcess.Outcomes;
import cn.energyinspect.bpmn.SiteInspectionProcess.ReviewDecisions;
import cn.energyinspect.bpmn.SiteInspectionProcess.Triggers;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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

/**
 * Every path of the site-inspection case: each gateway branch, timer and message. Timers are driven by moving the
 * engine clock and executing the jobs that are then due. The delegates are recording mocks; {@link PathTestCalendar}
 * counts every day as a working day (the real calendar is tested in workflow). The build fails below 90 % coverage.
 */
@Deployment(resources = SiteInspectionProcess.RESOURCE)
class SiteInspectionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final long CASE_ID = 42L;
    private static final long AGENCY = 12L;
    private static final String USCC = "91330106MA2KXXXX1Q";
    private static final String TEAM = "li.wei,zhang.min";
    private static final Instant OPENED =
            OffsetDateTime.parse("2026-09-01T09:00:00+08:00").toInstant();

    private final List<String> portCalls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(OPENED));
        record(Beans.STATEMENT_PERIOD_OVER, "statementPeriodOver");
        record(Beans.NOTICE_SERVICE_ESCALATION, "noticeServiceEscalated");
        record(Beans.NOTICE_SERVICE_LATE, "noticeServiceLate");
        record(Beans.REFER_FOR_PENALTY, "referredForPenalty");
        record(Beans.CASE_WITHDRAWN, "withdrawn");
        Mocks.register(Beans.CASE_CLOSED, (JavaDelegate) execution -> portCalls.add(
                "closed:" + execution.getVariable(Variables.CASE_ID) + ":" + execution.getVariable(Variables.OUTCOME)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void campaign_case_with_findings_is_rectified_and_closed() {
        ProcessInstance pi = start(Triggers.CAMPAIGN);
        assertThat(pi).isWaitingAt(TASK_ASSIGN_TEAM);
        assertThat(task()).hasCandidateGroup("agency-12-SUPERVISOR");
        assignTeam(pi);

        assertThat(pi).isWaitingAt(TASK_SERVE_INSPECTION_NOTICE);
        assertThat(task()).hasCandidateUser("li.wei").hasCandidateUser("zhang.min");
        complete(task());
        assertThat(pi).isWaitingAt(TASK_ON_SITE_INSPECTION);
        assertThat(task()).hasCandidateUser("zhang.min");
        inspect(pi, 3);

        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_STATEMENT);
        assertThat(task()).hasCandidateGroup("enterprise-" + USCC);
        assertThat(pi).variables().containsKey(Variables.INSPECTION_ENDED_AT);
        complete(task());

        serveNotice(pi, "2026-10-31");
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_ANSWER);
        assertThat(task()).hasCandidateGroup("enterprise-" + USCC);
        complete(task());
        assertThat(pi).hasPassed(END_RECTIFICATION_ANSWERED).isWaitingAt(TASK_REVIEW_RECTIFICATION);
        review(pi, ReviewDecisions.ACCEPT);

        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
        assertThat(task()).hasCandidateGroup("agency-12-SUPERVISOR");
        complete(task());
        assertThat(pi).hasPassed(TASK_CLOSE_CASE).isEnded().hasPassed(END_CLOSED);
        assertThat(portCalls).containsExactly("closed:42:" + Outcomes.CLOSED_RECTIFIED);
    }

    @Test
    void complaint_spot_check_and_transfer_skip_the_written_notice_campaign_and_manual_need_it() {
        for (String trigger : Triggers.ALL) {
            ProcessInstance pi = start(trigger);
            assignTeam(pi);
            if (Triggers.WITHOUT_NOTICE.contains(trigger)) {
                assertThat(pi).hasNotPassed(TASK_SERVE_INSPECTION_NOTICE).isWaitingAt(TASK_ON_SITE_INSPECTION);
            } else {
                assertThat(pi).isWaitingAt(TASK_SERVE_INSPECTION_NOTICE);
            }
            runtimeService().deleteProcessInstance(pi.getId(), "trigger checked");
        }
    }

    @Test
    void a_drawn_team_skips_the_assignment_and_sees_the_notice_at_once() {
        ProcessInstance pi = startDrawn(Triggers.CAMPAIGN);

        assertThat(pi).hasPassed(GATEWAY_TEAM_DRAWN, GATEWAY_NOTICE_REQUIRED).hasNotPassed(TASK_ASSIGN_TEAM);
        assertThat(pi).isWaitingAt(TASK_SERVE_INSPECTION_NOTICE);
        assertThat(task()).hasCandidateUser("li.wei").hasCandidateUser("zhang.min");
        complete(task());
        assertThat(pi).isWaitingAt(TASK_ON_SITE_INSPECTION);
    }

    @Test
    void a_drawn_team_on_a_complaint_goes_straight_to_the_inspection() {
        ProcessInstance pi = startDrawn(Triggers.COMPLAINT);

        assertThat(pi).hasNotPassed(TASK_ASSIGN_TEAM, TASK_SERVE_INSPECTION_NOTICE);
        assertThat(pi).isWaitingAt(TASK_ON_SITE_INSPECTION);
        assertThat(task()).hasCandidateUser("li.wei").hasCandidateUser("zhang.min");
    }

    @Test
    void desk_inspection_without_findings_is_closed_without_findings() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID, "JC-2026-0042", startVariables(Triggers.COMPLAINT, InspectionTypes.DESK));
        assignTeam(pi);
        inspect(pi, 0);

        assertThat(pi).hasPassed(GATEWAY_CLOSURE_JOIN).isWaitingAt(TASK_APPROVE_CLOSURE);
        complete(task());
        assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(TASK_ENTERPRISE_STATEMENT);
        assertThat(portCalls).containsExactly("closed:42:" + Outcomes.CLOSED_NO_FINDINGS);
    }

    @Test
    void statement_period_over_after_the_statement_days_continues_to_the_notice() {
        ProcessInstance pi = startAndInspect(Triggers.COMPLAINT, 1);
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_STATEMENT);

        // entered 2026-09-01: P3WD ends with 2026-09-04 (PathTestCalendar counts every day)
        at("2026-09-04T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-09-05T00:01:00+08:00");
        executeDueJobs(pi, TIMER_STATEMENT_PERIOD_OVER);

        assertThat(pi).hasPassed(TASK_RECORD_STATEMENT_PERIOD_OVER).isWaitingAt(TASK_DRAFT_RECTIFICATION_NOTICE);
        assertThat(portCalls).containsExactly("statementPeriodOver:42");
    }

    @Test
    void returned_notice_goes_back_to_the_draft() {
        ProcessInstance pi = startAndInspect(Triggers.COMPLAINT, 1);
        complete(task());
        complete(task(TASK_DRAFT_RECTIFICATION_NOTICE, pi));
        complete(task(TASK_APPROVE_RECTIFICATION_NOTICE, pi), withVariables(Variables.NOTICE_APPROVED, false));

        assertThat(pi).isWaitingAt(TASK_DRAFT_RECTIFICATION_NOTICE).hasNotPassed(TASK_SERVE_RECTIFICATION_NOTICE);
        assertThat(historyCount(pi, TASK_DRAFT_RECTIFICATION_NOTICE)).isEqualTo(2);
        complete(task(TASK_DRAFT_RECTIFICATION_NOTICE, pi));
        complete(task(TASK_APPROVE_RECTIFICATION_NOTICE, pi), withVariables(Variables.NOTICE_APPROVED, true));
        assertThat(pi).isWaitingAt(TASK_SERVE_RECTIFICATION_NOTICE);
    }

    @Test
    void unserved_notice_is_escalated_on_day_15_and_marked_late_on_day_20_after_the_inspection() {
        ProcessInstance pi = startAndInspect(Triggers.SPOT_CHECK, 2);
        Instant inspectionEnded = now();
        advance(Duration.ofDays(2), inspectionEnded);
        complete(task()); // statement, two days later: the limits still count from the inspection
        assertThat(pi).isWaitingAt(TASK_DRAFT_RECTIFICATION_NOTICE);

        advance(Duration.ofDays(15).minusMinutes(1), inspectionEnded);
        assertThat(dueJobs(pi)).isEmpty();
        advance(Duration.ofDays(15).plusMinutes(1), inspectionEnded);
        executeDueJobs(pi, TIMER_NOTICE_SERVICE_ESCALATION);
        assertThat(pi).hasPassed(END_NOTICE_SERVICE_ESCALATED).isWaitingAt(TASK_DRAFT_RECTIFICATION_NOTICE);
        assertThat(portCalls).containsExactly("noticeServiceEscalated:42");

        // inspection ended 2026-09-01: P20CD is the end of 2026-09-21 (PathTestCalendar; the real one rolls holidays)
        at("2026-09-21T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-09-22T00:01:00+08:00");
        executeDueJobs(pi, TIMER_NOTICE_SERVICE_OVERDUE);
        assertThat(pi).hasPassed(END_NOTICE_SERVICE_LATE).isWaitingAt(TASK_DRAFT_RECTIFICATION_NOTICE);
        assertThat(portCalls).containsExactly("noticeServiceEscalated:42", "noticeServiceLate:42");

        serveNotice(pi, "2026-12-31");
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_ANSWER);
    }

    @Test
    void missed_rectification_deadline_refers_the_case_for_penalty() {
        ProcessInstance pi = toAnswer("2026-10-31");

        at("2026-10-31T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-11-01T00:01:00+08:00");
        executeDueJobs(pi, TIMER_RECTIFICATION_DEADLINE);

        assertThat(pi)
                .hasPassedInOrder(TASK_REFER_FOR_PENALTY, TASK_CLOSE_REFERRED_CASE, END_REFERRED_FOR_PENALTY)
                .isEnded();
        assertThat(portCalls).containsExactly("referredForPenalty:42", "closed:42:" + Outcomes.REFERRED_FOR_PENALTY);
    }

    @Test
    void granted_extension_restarts_the_period_with_the_new_deadline() {
        ProcessInstance pi = toAnswer("2026-10-31");
        String answerTask = task(TASK_ENTERPRISE_ANSWER, pi).getId();
        requestExtension(pi);
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_ANSWER, TASK_DECIDE_EXTENSION);
        assertThat(task(TASK_DECIDE_EXTENSION, pi)).hasCandidateGroup("agency-12-SUPERVISOR");

        complete(
                task(TASK_DECIDE_EXTENSION, pi),
                withVariables(Variables.EXTENSION_GRANTED, true, Variables.RECTIFICATION_DEADLINE, "2026-11-30"));

        assertThat(pi).hasPassed(END_EXTENSION_GRANTED, ESCALATION_EXTENSION_GRANTED);
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_ANSWER);
        assertThat(task(TASK_ENTERPRISE_ANSWER, pi).getId()).isNotEqualTo(answerTask);
        assertThat(deadlineJob(pi).getDuedate()).isEqualTo(instant("2026-12-01T00:00:00+08:00"));
        at("2026-11-15T12:00:00+08:00");
        assertThat(dueJobs(pi)).isEmpty(); // the old deadline no longer fires

        complete(task(TASK_ENTERPRISE_ANSWER, pi));
        review(pi, ReviewDecisions.ACCEPT);
        complete(task(TASK_APPROVE_CLOSURE, pi));
        assertThat(pi).isEnded();
        assertThat(portCalls).containsExactly("closed:42:" + Outcomes.CLOSED_RECTIFIED);
    }

    @Test
    void refused_extension_keeps_the_task_and_the_deadline() {
        ProcessInstance pi = toAnswer("2026-10-31");
        String answerTask = task(TASK_ENTERPRISE_ANSWER, pi).getId();
        Date due = deadlineJob(pi).getDuedate();
        requestExtension(pi);

        complete(task(TASK_DECIDE_EXTENSION, pi), withVariables(Variables.EXTENSION_GRANTED, false));

        assertThat(pi).hasPassed(END_EXTENSION_REFUSED).isWaitingAt(TASK_ENTERPRISE_ANSWER);
        assertThat(task(TASK_ENTERPRISE_ANSWER, pi).getId()).isEqualTo(answerTask);
        assertThat(deadlineJob(pi).getDuedate()).isEqualTo(due);
    }

    @Test
    void an_answer_ends_a_pending_extension_decision() {
        ProcessInstance pi = toAnswer("2026-10-31");
        requestExtension(pi);

        complete(task(TASK_ENTERPRISE_ANSWER, pi));

        assertThat(pi).isWaitingAt(TASK_REVIEW_RECTIFICATION).isNotWaitingAt(TASK_DECIDE_EXTENSION);
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    @Test
    void reinspection_goes_back_to_the_inspection_and_a_clean_result_closes_the_case_as_rectified() {
        ProcessInstance pi = toAnswer("2026-10-31");
        complete(task(TASK_ENTERPRISE_ANSWER, pi));
        review(pi, ReviewDecisions.REINSPECT);

        assertThat(pi).isWaitingAt(TASK_ON_SITE_INSPECTION);
        assertThat(historyCount(pi, TASK_ON_SITE_INSPECTION)).isEqualTo(2);
        inspect(pi, 0);
        complete(task(TASK_APPROVE_CLOSURE, pi));
        assertThat(pi).isEnded();
        assertThat(portCalls).containsExactly("closed:42:" + Outcomes.CLOSED_RECTIFIED);
    }

    @Test
    void a_reinspection_of_a_campaign_case_needs_no_new_written_notice() {
        ProcessInstance pi = start(Triggers.CAMPAIGN);
        assignTeam(pi);
        complete(task(TASK_SERVE_INSPECTION_NOTICE, pi));
        inspect(pi, 1);
        complete(task(TASK_ENTERPRISE_STATEMENT, pi));
        serveNotice(pi, "2026-10-31");
        complete(task(TASK_ENTERPRISE_ANSWER, pi));
        review(pi, ReviewDecisions.REINSPECT);

        assertThat(pi).isWaitingAt(TASK_ON_SITE_INSPECTION);
        assertThat(historyCount(pi, TASK_SERVE_INSPECTION_NOTICE)).isEqualTo(1);
        // round 2 finds something again: its own statement and notice follow
        inspect(pi, 1);
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_STATEMENT);
        complete(task(TASK_ENTERPRISE_STATEMENT, pi));
        serveNotice(pi, "2026-12-31");
        complete(task(TASK_ENTERPRISE_ANSWER, pi));
        review(pi, ReviewDecisions.ACCEPT);
        complete(task(TASK_APPROVE_CLOSURE, pi));
        assertThat(pi).isEnded();
        assertThat(historyCount(pi, TASK_SERVE_RECTIFICATION_NOTICE)).isEqualTo(2);
    }

    @Test
    void a_rescheduled_visit_serves_a_new_notice_for_the_new_date() {
        ProcessInstance pi = start(Triggers.MANUAL);
        assignTeam(pi);
        complete(task(TASK_SERVE_INSPECTION_NOTICE, pi));
        assertThat(pi).isWaitingAt(TASK_ON_SITE_INSPECTION);

        reschedule(pi);

        assertThat(pi)
                .hasPassed(MESSAGE_VISIT_RESCHEDULED, GATEWAY_VISIT_JOIN)
                .isWaitingAt(TASK_SERVE_INSPECTION_NOTICE);
        assertThat(task(TASK_SERVE_INSPECTION_NOTICE, pi)).hasCandidateUser("li.wei");
        assertThat(historyCount(pi, TASK_SERVE_INSPECTION_NOTICE)).isEqualTo(2);
        complete(task(TASK_SERVE_INSPECTION_NOTICE, pi));
        inspect(pi, 0);
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
    }

    @Test
    void a_rescheduled_complaint_visit_goes_back_to_the_inspection_without_a_notice() {
        ProcessInstance pi = start(Triggers.COMPLAINT);
        assignTeam(pi);
        String before = task(TASK_ON_SITE_INSPECTION, pi).getId();

        reschedule(pi);

        assertThat(pi).isWaitingAt(TASK_ON_SITE_INSPECTION).hasNotPassed(TASK_SERVE_INSPECTION_NOTICE);
        assertThat(task(TASK_ON_SITE_INSPECTION, pi).getId()).isNotEqualTo(before);
    }

    @Test
    void an_approved_withdrawal_ends_every_open_step_and_closes_the_case_as_withdrawn() {
        ProcessInstance pi = toAnswer("2026-10-31");
        requestWithdrawal(pi);
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_ANSWER, TASK_APPROVE_WITHDRAWAL);
        assertThat(task(TASK_APPROVE_WITHDRAWAL, pi)).hasCandidateGroup("agency-12-SUPERVISOR");

        complete(task(TASK_APPROVE_WITHDRAWAL, pi), withVariables(Variables.WITHDRAWAL_APPROVED, true));

        assertThat(pi)
                .hasPassed(END_WITHDRAWAL_APPROVED, START_CASE_WITHDRAWN, TASK_CLOSE_WITHDRAWN_CASE, END_WITHDRAWN)
                .isEnded();
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("the rectification deadline no longer fires")
                .isZero();
        assertThat(portCalls).containsExactly("withdrawn:42");
    }

    @Test
    void a_refused_withdrawal_lets_the_case_go_on_where_it_was() {
        ProcessInstance pi = start(Triggers.MANUAL);
        assignTeam(pi);
        requestWithdrawal(pi);

        complete(task(TASK_APPROVE_WITHDRAWAL, pi), withVariables(Variables.WITHDRAWAL_APPROVED, false));

        assertThat(pi).hasPassed(END_WITHDRAWAL_REFUSED).isWaitingAt(TASK_SERVE_INSPECTION_NOTICE);
        assertThat(portCalls).isEmpty();
        // a second request may follow the refusal
        requestWithdrawal(pi);
        complete(task(TASK_APPROVE_WITHDRAWAL, pi), withVariables(Variables.WITHDRAWAL_APPROVED, true));
        assertThat(pi).isEnded();
    }

    @Test
    void the_statement_period_counts_from_the_end_of_the_inspection_not_from_the_late_entry() {
        ProcessInstance pi = start(Triggers.COMPLAINT);
        assignTeam(pi);
        Instant ended = now();
        at("2026-09-03T10:00:00+08:00"); // the record reaches the server two days after the visit
        inspect(pi, 1, ended);

        assertThat(task(TASK_ENTERPRISE_STATEMENT, pi).getDueDate())
                .isEqualTo(Date.from(instant("2026-09-05T00:00:00+08:00")));
        at("2026-09-05T00:01:00+08:00");
        executeDueJobs(pi, TIMER_STATEMENT_PERIOD_OVER);
        assertThat(pi).isWaitingAt(TASK_DRAFT_RECTIFICATION_NOTICE);
    }

    @Test
    void rejected_answer_goes_back_to_the_enterprise_with_the_same_deadline() {
        ProcessInstance pi = toAnswer("2026-10-31");
        Date due = deadlineJob(pi).getDuedate();
        complete(task(TASK_ENTERPRISE_ANSWER, pi));
        review(pi, ReviewDecisions.REJECT);

        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_ANSWER);
        assertThat(historyCount(pi, TASK_ENTERPRISE_ANSWER)).isEqualTo(2);
        assertThat(deadlineJob(pi).getDuedate()).isEqualTo(due);
    }

    // ---------------------------------------------------------------- steps

    private ProcessInstance start(String trigger) {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID, "JC-2026-0042", startVariables(trigger, InspectionTypes.ON_SITE));
    }

    private static java.util.Map<String, Object> startVariables(String trigger, String inspectionType) {
        return withVariables(
                Variables.CASE_ID,
                CASE_ID,
                Variables.CASE_NUMBER,
                "JC-2026-0042",
                Variables.AGENCY_ID,
                AGENCY,
                Variables.ENTERPRISE_USCC,
                USCC,
                Variables.TRIGGER,
                trigger,
                Variables.INSPECTION_TYPE,
                inspectionType,
                Variables.STATEMENT_PERIOD,
                3,
                Variables.NOTICE_SERVICE_DAYS,
                20,
                Variables.NOTICE_ESCALATION_DAYS,
                15,
                Variables.TEAM_DRAWN,
                false);
    }

    /** A campaign-drawn case (双随机): the team comes with the start. */
    private static ProcessInstance startDrawn(String trigger) {
        java.util.Map<String, Object> variables =
                new java.util.HashMap<>(startVariables(trigger, InspectionTypes.ON_SITE));
        variables.put(Variables.TEAM_DRAWN, true);
        variables.put(Variables.TEAM_USERNAMES, TEAM);
        return runtimeService().startProcessInstanceByKey(PROCESS_ID, "JC-2026-0042", variables);
    }

    private ProcessInstance startAndInspect(String trigger, int findings) {
        ProcessInstance pi = start(trigger);
        assignTeam(pi);
        inspect(pi, findings);
        return pi;
    }

    private ProcessInstance toAnswer(String deadline) {
        ProcessInstance pi = startAndInspect(Triggers.TRANSFER, 2);
        complete(task(TASK_ENTERPRISE_STATEMENT, pi));
        serveNotice(pi, deadline);
        assertThat(pi).isWaitingAt(TASK_ENTERPRISE_ANSWER);
        return pi;
    }

    private static void assignTeam(ProcessInstance pi) {
        complete(task(TASK_ASSIGN_TEAM, pi), withVariables(Variables.TEAM_USERNAMES, TEAM));
    }

    /** The record is signed now: the inspection ended at the engine's current time. */
    private static void inspect(ProcessInstance pi, int findings) {
        inspect(pi, findings, now());
    }

    private static void inspect(ProcessInstance pi, int findings, Instant ended) {
        complete(
                task(TASK_ON_SITE_INSPECTION, pi),
                withVariables(
                        Variables.FINDING_COUNT,
                        findings,
                        Variables.INSPECTION_ENDED_AT,
                        ended.atOffset(java.time.ZoneOffset.ofHours(8)).toString()));
    }

    private static void serveNotice(ProcessInstance pi, String deadline) {
        complete(task(TASK_DRAFT_RECTIFICATION_NOTICE, pi));
        complete(task(TASK_APPROVE_RECTIFICATION_NOTICE, pi), withVariables(Variables.NOTICE_APPROVED, true));
        complete(task(TASK_SERVE_RECTIFICATION_NOTICE, pi), withVariables(Variables.RECTIFICATION_DEADLINE, deadline));
    }

    private static void review(ProcessInstance pi, String decision) {
        complete(task(TASK_REVIEW_RECTIFICATION, pi), withVariables(Variables.REVIEW_DECISION, decision));
    }

    private static void reschedule(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(Messages.VISIT_RESCHEDULED)
                .processInstanceId(pi.getId())
                .correlate();
    }

    private static void requestWithdrawal(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(Messages.WITHDRAWAL_REQUESTED)
                .processInstanceId(pi.getId())
                .correlate();
    }

    private static void requestExtension(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(Messages.EXTENSION_REQUESTED)
                .processInstanceId(pi.getId())
                .setVariable(Variables.EXTENSION_REQUESTED, true)
                .correlate();
    }

    // ---------------------------------------------------------------- clock and jobs

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static void advance(Duration duration, Instant from) {
        ClockUtil.setCurrentTime(Date.from(from.plus(duration)));
    }

    private static Job deadlineJob(ProcessInstance pi) {
        return managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(TIMER_RECTIFICATION_DEADLINE)
                .singleResult();
    }

    private static long historyCount(ProcessInstance pi, String activityId) {
        return historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .count();
    }

    private void record(String bean, String portMethod) {
        Mocks.register(bean, (JavaDelegate)
                execution -> portCalls.add(portMethod + ":" + execution.getVariable(Variables.CASE_ID)));
    }
}
