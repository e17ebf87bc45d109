package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.PathTestJobs.at;
import static cn.energyinspect.bpmn.PathTestJobs.dueJobs;
import static cn.energyinspect.bpmn.PathTestJobs.executeDueJobs;
import static cn.energyinspect.bpmn.ReportRoundProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.energyinspect.bpmn.ReportRoundProcess.Beans;
import cn.energyinspect.bpmn.ReportRoundProcess.Messages;
import cn.energyinspect.bpmn.ReportRoundProcess.Variables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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
 * Every path of a filing round: reminders at each configured number of days before the due day (none when the list is
 * empty), the missing list at the end of the due day, closing only after it. {@link PathTestCalendar} counts every day
 * as a working day; the real backward count is tested in workflow. The build fails below 90 % coverage.
 */
@Deployment(resources = ReportRoundProcess.RESOURCE)
class ReportRoundProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final long ROUND_ID = 5L;
    private final List<String> portCalls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        at("2027-03-01T09:00:00+08:00");
        Mocks.register(Beans.REMINDER, (JavaDelegate) e -> portCalls.add(
                "remind:" + e.getVariable(Variables.ROUND_ID) + ":" + e.getVariable(Variables.REMINDER_WORKING_DAYS)));
        Mocks.register(
                Beans.MISSING, (JavaDelegate) e -> portCalls.add("missing:" + e.getVariable(Variables.ROUND_ID)));
        Mocks.register(Beans.CLOSED, (JavaDelegate) e -> portCalls.add("closed:" + e.getVariable(Variables.ROUND_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance open(List<Integer> reminders) {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID,
                        businessKey(ROUND_ID),
                        withVariables(
                                Variables.ROUND_ID,
                                ROUND_ID,
                                Variables.AGENCY_ID,
                                33L,
                                Variables.DUE_DATE,
                                "2027-03-31",
                                Variables.REMINDER_DAYS,
                                reminders));
    }

    private void close(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(Messages.ROUND_CLOSED)
                .processInstanceId(pi.getId())
                .correlate();
    }

    @Test
    void reminders_go_out_at_the_start_of_each_reminder_day_and_the_missing_list_at_the_end_of_the_due_day() {
        ProcessInstance pi = open(List.of(10, 5, 1));
        assertThat(pi).isWaitingAt(TIMER_REMINDER, TIMER_DUE_DATE);

        at("2027-03-20T23:59:59+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2027-03-21T00:00:00+08:00");
        executeDueJobs(pi, TIMER_REMINDER);
        at("2027-03-26T00:00:00+08:00");
        executeDueJobs(pi, TIMER_REMINDER);
        at("2027-03-30T00:00:00+08:00");
        executeDueJobs(pi, TIMER_REMINDER);
        assertThat(portCalls).containsExactly("remind:5:10", "remind:5:5", "remind:5:1");
        assertThat(pi).hasPassed(END_REMINDERS_DONE).isWaitingAt(TIMER_DUE_DATE);

        at("2027-03-31T23:59:59+08:00");
        assertThat(dueJobs(pi)).isEmpty();
        at("2027-04-01T00:00:00+08:00");
        executeDueJobs(pi, TIMER_DUE_DATE);
        assertThat(portCalls).endsWith("missing:5");
        assertThat(pi).isWaitingAt(TASK_AWAIT_CLOSING);

        close(pi);
        assertThat(pi)
                .hasPassedInOrder(TASK_LIST_MISSING, TASK_AWAIT_CLOSING, TASK_RECORD_ROUND_CLOSED)
                .hasPassed(END_ROUND_CLOSED)
                .isEnded();
        assertThat(portCalls).endsWith("closed:5");
    }

    @Test
    void a_round_without_reminders_only_waits_for_its_due_day() {
        ProcessInstance pi = open(List.of());

        assertThat(pi).hasPassed(END_REMINDERS_DONE).isWaitingAt(TIMER_DUE_DATE);
        at("2027-04-01T00:00:00+08:00");
        executeDueJobs(pi, TIMER_DUE_DATE);
        assertThat(portCalls).containsExactly("missing:5");
    }

    @Test
    void a_round_cannot_be_closed_before_its_due_day() {
        ProcessInstance pi = open(List.of(3));

        assertThatThrownBy(() -> close(pi)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAt(TIMER_REMINDER, TIMER_DUE_DATE);
    }

    @Test
    void a_round_opened_late_still_lists_and_closes_after_the_due_day_with_its_reminder_due_at_once() {
        at("2027-03-29T10:00:00+08:00");
        ProcessInstance pi = open(List.of(5));

        executeDueJobs(pi, TIMER_REMINDER);
        assertThat(portCalls).containsExactly("remind:5:5");
        at("2027-04-02T09:00:00+08:00");
        executeDueJobs(pi, TIMER_DUE_DATE);
        close(pi);
        assertThat(pi).isEnded();
    }
}
