package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filing-round facade against a real engine with the statutory working-day calendar. */
class CamundaReportRoundWorkflowTest {
    private static final AtomicLong ROUND_IDS = new AtomicLong(300);

    private final ProcessEngine engine = WorkflowTestEngine.get();
    private final ManagementService management = engine.getManagementService();
    private final ReportRoundWorkflow rounds =
            new WorkflowConfiguration().reportRoundWorkflow(engine.getRuntimeService());
    private final RecordingPort port = WorkflowTestEngine.PORT;
    private long roundId;

    @BeforeEach
    void newRound() {
        port.calls.clear();
        at("2026-09-01T09:00:00+08:00");
        roundId = ROUND_IDS.incrementAndGet();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private List<Job> timers(String instance) {
        return management.createJobQuery().processInstanceId(instance).timers().list();
    }

    @Test
    void reminders_fall_on_working_days_counted_back_over_the_national_day_and_the_due_timer_at_the_day_s_end() {
        String instance = rounds.open(new RoundStart(roundId, 33L, LocalDate.of(2026, 10, 16), List.of(5, 8)));
        assertThat(rounds.open(new RoundStart(roundId, 33L, LocalDate.of(2026, 10, 16), List.of(5, 8))))
                .isEqualTo(instance);
        assertThat(rounds.running(roundId)).isTrue();

        assertThat(timers(instance))
                .extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(
                        at("2026-10-10T00:00:00+08:00"), // Sat, an adjusted workday
                        at("2026-09-30T00:00:00+08:00"), // before the national day
                        at("2026-10-17T00:00:00+08:00")); // the end of the due day
        assertThatThrownBy(() -> rounds.close(roundId)).isInstanceOf(RoundNotClosableException.class);
    }

    @Test
    void after_the_due_day_the_missing_units_are_listed_and_the_round_can_be_closed() {
        String instance = rounds.open(new RoundStart(roundId, 33L, LocalDate.of(2026, 10, 16), List.of()));

        at("2026-10-17T00:00:01+08:00");
        timers(instance).forEach(job -> management.executeJob(job.getId()));
        assertThat(port.calls).containsExactly("listMissing:" + roundId);

        rounds.close(roundId);
        assertThat(port.calls).containsExactly("listMissing:" + roundId, "roundClosed:" + roundId);
        assertThat(rounds.running(roundId)).isFalse();
        assertThatThrownBy(() -> rounds.close(roundId)).isInstanceOf(RoundNotClosableException.class);
    }

    @Test
    void a_reminder_calls_the_port_with_its_days() {
        String instance = rounds.open(new RoundStart(roundId, 33L, LocalDate.of(2026, 10, 16), List.of(1)));

        at("2026-10-15T00:00:00+08:00");
        management
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(port.calls).containsExactly("remind:" + roundId + ":1");
    }

    private static Date at(String isoDateTime) {
        Date date = Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
        ClockUtil.setCurrentTime(date);
        return date;
    }
}
