package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.calendar.CalendarDay;
import cn.energyinspect.rules.calendar.DayKind;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import cn.energyinspect.rules.calendar.YearCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Timers counted in working days, scheduled while the next year's holidays were not entered, move when they are
 * (issue 11): a {@code P5WD} timer and task due date started on 2026-12-28 are due after 2027-01-04 counted over
 * weekends, and after 2027-01-05 once 2027 is entered with 1 January a holiday; an exact timer stays where it was.
 */
class WorkingDayTimersTest {
    private static final String KEY = "working-day-timer-test";
    private static final ProcessEngine engine = WorkflowTestEngine.get();
    private static final RecordingPort port = WorkflowTestEngine.PORT;
    private final ManagementService management = engine.getManagementService();
    private final TaskService tasks = engine.getTaskService();
    private final WorkingDayTimers timers =
            new WorkflowConfiguration().workingDayTimers(management, tasks, engine.getRepositoryService(), port);

    @BeforeAll
    static void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Wait")
                .camundaCandidateGroups("nobody")
                .camundaDueDate("P${days}WD")
                .boundaryEvent("Timer_Wait")
                .timerWithDuration("P${days}WD")
                .endEvent()
                .moveToActivity("Task_Wait")
                .boundaryEvent("Timer_Exact")
                .cancelActivity(false)
                .timerWithDuration("P10D")
                .endEvent()
                .moveToActivity("Task_Wait")
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .name(KEY)
                .addModelInstance(KEY + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
    }

    @AfterEach
    void restore() {
        port.calendar(WorkingDayCalendar.chinaMainland());
        ClockUtil.reset();
    }

    @Test
    void a_p5wd_timer_from_28_december_2026_moves_by_one_working_day_when_2027_is_entered_with_new_year_off() {
        ClockUtil.setCurrentTime(at("2026-12-28T10:00:00+08:00"));
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey(KEY, Map.of("days", 5))
                .getId();
        // 12-29, 12-30, 12-31 and, 2027 not entered, Fri 01-01 and Mon 01-04: due at the end of 01-04
        assertThat(timer(instance, "Timer_Wait").getDuedate()).isEqualTo(at("2027-01-05T00:00:00+08:00"));
        assertThat(taskDue(instance)).isEqualTo(at("2027-01-05T00:00:00+08:00"));
        Date exact = timer(instance, "Timer_Exact").getDuedate();
        assertThat(exact).isEqualTo(at("2027-01-07T10:00:00+08:00"));

        // the notice is entered a few days later: recomputed from when the timer was created, not from now
        ClockUtil.setCurrentTime(at("2026-12-30T15:00:00+08:00"));
        port.calendar(WorkingDayCalendar.chinaMainland().withYear(newYearOff2027()));
        WorkingDayTimers.Recalculated recalculated = timers.recalculate(2027);

        // 01-01 is a holiday now: 12-29, 12-30, 12-31, 01-04, 01-05
        assertThat(timer(instance, "Timer_Wait").getDuedate()).isEqualTo(at("2027-01-06T00:00:00+08:00"));
        assertThat(taskDue(instance)).isEqualTo(at("2027-01-06T00:00:00+08:00"));
        assertThat(timer(instance, "Timer_Exact").getDuedate()).isEqualTo(exact);
        assertThat(recalculated.year()).isEqualTo(2027);
        assertThat(recalculated.timers()).isPositive();
        assertThat(recalculated.tasks()).isPositive();
    }

    @Test
    void entering_a_year_the_timer_does_not_run_through_leaves_it_as_it_was() {
        ClockUtil.setCurrentTime(at("2026-09-30T10:00:00+08:00"));
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey(KEY, Map.of("days", 7))
                .getId();
        Date due = timer(instance, "Timer_Wait").getDuedate();
        assertThat(due).isEqualTo(at("2026-10-16T00:00:00+08:00"));

        port.calendar(WorkingDayCalendar.chinaMainland().withYear(newYearOff2027()));
        timers.recalculate(2027);

        assertThat(timer(instance, "Timer_Wait").getDuedate()).isEqualTo(due);
        assertThat(taskDue(instance)).isEqualTo(due);
    }

    private Job timer(String instance, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(activityId)
                .singleResult();
    }

    private Date taskDue(String instance) {
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getDueDate();
    }

    private static YearCalendar newYearOff2027() {
        Basis notice = new Basis(
                "国务院办公厅关于2027年部分节假日安排的通知",
                "2027",
                null,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                Confidence.PAGE,
                "test");
        return new YearCalendar(
                2027, notice, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦")));
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
