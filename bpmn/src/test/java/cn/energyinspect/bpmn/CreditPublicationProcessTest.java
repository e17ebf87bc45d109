package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.CreditPublicationProcess.*;
import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.energyinspect.bpmn.CreditPublicationProcess.Beans;
import cn.energyinspect.bpmn.CreditPublicationProcess.Messages;
import cn.energyinspect.bpmn.CreditPublicationProcess.Variables;
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
 * Every path of the credit publication: not published, published on time or late, ended by its period, repaired
 * (refused, then accepted), corrected, withdrawn. {@link PathTestCalendar} counts every day as a working day.
 */
@Deployment(resources = CreditPublicationProcess.RESOURCE)
class CreditPublicationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String DECIDED_AT = "2026-09-30T00:00:00+08:00";

    private final List<String> portCalls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        at("2026-10-01T09:00:00+08:00");
        record(Beans.NOT_REQUIRED, "notPublished");
        record(Beans.ESCALATION, "escalated");
        record(Beans.LATE, "late");
        record(Beans.ENDED, "ended");
        record(Beans.REPAIRED, "repaired");
        record(Beans.REPAIR_LATE, "repairLate");
        record(Beans.CORRECTED, "corrected");
        record(Beans.WITHDRAWN, "withdrawn");
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void a_record_published_in_time_stops_by_itself_at_the_end_of_its_period() {
        ProcessInstance pi = start(true, "2027-09-30");
        assertThat(pi).isWaitingAt(TASK_PUBLISH_RECORD);
        assertThat(task()).hasCandidateGroup("agency-12-SUPERVISOR");
        complete(task(TASK_PUBLISH_RECORD, pi));
        assertThat(pi).isWaitingAt(GATEWAY_WHILE_PUBLISHED);

        at("2027-09-30T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2027-10-01T00:01:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICATION_ENDS);

        assertThat(pi).hasPassed(TASK_END_PUBLICATION, END_PUBLICATION_ENDED).isEnded();
        assertThat(portCalls).containsExactly("ended:7");
    }

    @Test
    void a_light_record_the_agency_does_not_publish_ends_at_once() {
        ProcessInstance pi = start(false, "2026-12-30");

        assertThat(pi).hasPassed(END_NOT_PUBLISHED).isEnded();
        assertThat(portCalls).containsExactly("notPublished:7");
    }

    @Test
    void the_supervisors_are_reminded_on_working_day_5_and_the_publication_is_marked_late_after_day_7() {
        ProcessInstance pi = start(true, "2027-09-30");

        // decided 2026-09-30: day 5 ends with 10-05, day 7 with 10-07 (every day counts in the path tests)
        at("2026-10-05T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2026-10-06T00:01:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICATION_ESCALATION);
        at("2026-10-08T00:01:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICATION_OVERDUE);

        assertThat(pi)
                .hasPassed(END_PUBLICATION_ESCALATED, END_PUBLICATION_LATE)
                .isWaitingAt(TASK_PUBLISH_RECORD);
        complete(task(TASK_PUBLISH_RECORD, pi));
        assertThat(pi).isWaitingAt(GATEWAY_WHILE_PUBLISHED);
        assertThat(portCalls).containsExactly("escalated:7", "late:7");
    }

    @Test
    void a_refused_repair_keeps_the_record_published_an_accepted_one_ends_it_early() {
        ProcessInstance pi = published();
        requestRepair(pi, "2027-01-04T10:00:00+08:00");
        assertThat(pi).isWaitingAt(TASK_REVIEW_REPAIR);
        complete(task(TASK_REVIEW_REPAIR, pi), withVariables(Variables.REPAIR_ACCEPTED, false));
        assertThat(pi).isWaitingAt(GATEWAY_WHILE_PUBLISHED);

        requestRepair(pi, "2027-02-01T10:00:00+08:00");
        complete(task(TASK_REVIEW_REPAIR, pi), withVariables(Variables.REPAIR_ACCEPTED, true));

        assertThat(pi).hasPassed(TASK_END_PUBLICATION_REPAIRED, END_REPAIRED).isEnded();
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("the period's end no longer fires")
                .isZero();
        assertThat(portCalls).containsExactly("repaired:7");
    }

    @Test
    void a_repair_not_decided_in_its_working_days_is_marked_late() {
        ProcessInstance pi = published();
        at("2027-01-04T10:00:00+08:00");
        requestRepair(pi, "2027-01-04T10:00:00+08:00");

        at("2027-01-11T23:59:00+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2027-01-12T00:01:00+08:00");
        executeDueJobs(pi, TIMER_REPAIR_DECISION_OVERDUE);

        assertThat(pi).hasPassed(END_REPAIR_LATE).isWaitingAt(TASK_REVIEW_REPAIR);
        assertThat(portCalls).containsExactly("repairLate:7");
    }

    @Test
    void an_amended_decision_is_corrected_and_the_new_period_end_counts() {
        ProcessInstance pi = published();

        runtimeService()
                .createMessageCorrelation(Messages.DECISION_AMENDED)
                .processInstanceId(pi.getId())
                .setVariable(Variables.PUBLIC_UNTIL, "2027-03-30")
                .correlate();

        assertThat(pi).hasPassed(TASK_CORRECT_RECORD).isWaitingAt(GATEWAY_WHILE_PUBLISHED);
        at("2027-03-31T00:01:00+08:00");
        executeDueJobs(pi, TIMER_PUBLICATION_ENDS);
        assertThat(pi).isEnded();
        assertThat(portCalls).containsExactly("corrected:7", "ended:7");
    }

    @Test
    void a_revoked_decision_withdraws_the_record_whether_published_or_not() {
        ProcessInstance published = published();
        revoke(published);
        assertThat(published)
                .hasPassed(START_DECISION_REVOKED, TASK_WITHDRAW_RECORD, END_RECORD_WITHDRAWN)
                .isEnded();

        ProcessInstance waiting = start(true, "2027-09-30");
        revoke(waiting);
        assertThat(waiting).hasNotPassed(GATEWAY_WHILE_PUBLISHED).isEnded();
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(waiting.getId())
                        .count())
                .isZero();
        assertThat(portCalls).containsExactly("withdrawn:7", "withdrawn:7");
    }

    // ---------------------------------------------------------------- steps

    private static ProcessInstance start(boolean required, String publicUntil) {
        Map<String, Object> variables = withVariables(
                Variables.PENALTY_ID,
                7L,
                Variables.PENALTY_NUMBER,
                "浙节监罚案〔2026〕1号",
                Variables.AGENCY_ID,
                12L,
                Variables.DECIDED_AT,
                DECIDED_AT,
                Variables.PUBLICATION_REQUIRED,
                required,
                Variables.PUBLIC_UNTIL,
                publicUntil,
                Variables.PUBLICATION_DAYS,
                7,
                Variables.PUBLICATION_ESCALATION_DAYS,
                5,
                Variables.REPAIR_DECISION_DAYS,
                7);
        return runtimeService().startProcessInstanceByKey(PROCESS_ID, "浙节监罚案〔2026〕1号", variables);
    }

    private static ProcessInstance published() {
        ProcessInstance pi = start(true, "2027-09-30");
        complete(task(TASK_PUBLISH_RECORD, pi));
        return pi;
    }

    private static void requestRepair(ProcessInstance pi, String at) {
        runtimeService()
                .createMessageCorrelation(Messages.REPAIR_REQUESTED)
                .processInstanceId(pi.getId())
                .setVariable(Variables.REPAIR_REQUESTED_AT, at)
                .correlate();
    }

    private static void revoke(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(Messages.DECISION_REVOKED)
                .processInstanceId(pi.getId())
                .correlate();
    }

    private void record(String bean, String portMethod) {
        Mocks.register(bean, (JavaDelegate)
                execution -> portCalls.add(portMethod + ":" + execution.getVariable(Variables.PENALTY_ID)));
    }
}
