package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDayBusinessCalendarTest {
    private final WorkingDayBusinessCalendar calendar =
            new WorkingDayBusinessCalendar(WorkingDayCalendar::chinaMainland, WorkingDayBusinessCalendar.CHINA);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void seven_working_days_from_30_september_2026_end_with_15_october_national_day_skipped() {
        // 10-01..10-07 off, 10-10 (Sat) is an adjusted workday: 10-08, 09, 10, 12, 13, 14, 15
        assertThat(due("P7WD", "2026-09-30T10:00:00+08:00")).isEqualTo(at("2026-10-16T00:00:00+08:00"));
    }

    @Test
    void five_working_days_before_friday_16_october_2026_is_the_adjusted_saturday_10_october() {
        // back from 10-16: 10-15, 14, 13, 12, then Sat 10-10 (调休 workday); the national day 10-01..07 is skipped after
        assertThat(calendar.resolveDuedate("2026-10-16/-P5WD")).isEqualTo(at("2026-10-10T00:00:00+08:00"));
        assertThat(calendar.resolveDuedate("2026-10-16/-P6WD")).isEqualTo(at("2026-10-09T00:00:00+08:00"));
        assertThat(calendar.resolveDuedate("2026-10-16/-P8WD")).isEqualTo(at("2026-09-30T00:00:00+08:00"));
        assertThat(calendar.resolveDuedate("2026-10-16T23:59:59+08:00/-P1WD"))
                .isEqualTo(at("2026-10-15T00:00:00+08:00"));
    }

    @Test
    void a_backward_count_is_in_working_days_only() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calendar.resolveDuedate("2026-10-16/-P5CD"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void christmas_is_a_working_day_in_china() {
        // Thu 12-24: Fri 12-25, Mon 12-28, Tue 12-29
        assertThat(due("P3WD", "2026-12-24T16:30:00+08:00")).isEqualTo(at("2026-12-30T00:00:00+08:00"));
    }

    @Test
    void new_year_2026_holiday_is_skipped_and_sunday_4_january_is_an_adjusted_workday() {
        // 01-01..01-03 off, Sun 01-04 works: 01-04, 01-05, 01-06
        assertThat(due("P3WD", "2025-12-31T09:00:00+08:00")).isEqualTo(at("2026-01-07T00:00:00+08:00"));
    }

    @Test
    void the_start_day_is_taken_in_china_time() {
        // 2026-09-29T17:00Z is already 30 September in Beijing
        assertThat(due("P7WD", "2026-09-29T17:00:00Z")).isEqualTo(at("2026-10-16T00:00:00+08:00"));
    }

    @Test
    void twenty_natural_days_ending_in_the_national_day_holiday_roll_to_the_next_working_day() {
        // 09-15 + 20 days = 10-05 (holiday) -> 10-08 (Civil Code Art. 203)
        assertThat(calendar.resolveDuedate("2026-09-15T10:00:00+08:00/P20CD"))
                .isEqualTo(at("2026-10-09T00:00:00+08:00"));
        // 09-30 + 20 = 10-20, a Tuesday: no roll
        assertThat(calendar.resolveDuedate("2026-09-30T02:00:00.000Z/P20CD"))
                .isEqualTo(at("2026-10-21T00:00:00+08:00"));
    }

    @Test
    void iso_durations_and_dates_keep_working() {
        assertThat(due("PT4H", "2026-09-30T10:00:00+08:00")).isEqualTo(at("2026-09-30T14:00:00+08:00"));
        assertThat(due("P15D", "2026-09-30T10:00:00+08:00")).isEqualTo(at("2026-10-15T10:00:00+08:00"));
        assertThat(calendar.resolveDuedate("2026-09-30T10:00:00+08:00/P15D"))
                .isEqualTo(at("2026-10-15T10:00:00+08:00"));
        assertThat(calendar.resolveDuedate("2026-11-20T18:00:00+08:00")).isEqualTo(at("2026-11-20T18:00:00+08:00"));
        assertThat(calendar.resolveDuedate("2026-11-20T18:00:00")).isEqualTo(at("2026-11-20T18:00:00+08:00"));
    }

    @Test
    void a_plain_date_is_due_at_the_end_of_that_day_in_china() {
        assertThat(calendar.resolveDuedate("2026-12-31")).isEqualTo(at("2027-01-01T00:00:00+08:00"));
    }

    @Test
    void beyond_the_loaded_holidays_the_count_goes_on_over_weekends_only() {
        // 12-31 (Thu, loaded), 2027-01-01 (Fri, not loaded: counted), 01-04 (Mon)
        assertThat(due("P3WD", "2026-12-30T10:00:00+08:00")).isEqualTo(at("2027-01-05T00:00:00+08:00"));
        // 12-20 + 20 = 2027-01-09, a Saturday -> Monday 01-11
        assertThat(calendar.resolveDuedate("2026-12-20T10:00:00+08:00/P20CD"))
                .isEqualTo(at("2027-01-12T00:00:00+08:00"));
    }

    private Date due(String duration, String now) {
        ClockUtil.setCurrentTime(at(now));
        return calendar.resolveDuedate(duration);
    }

    private static Date at(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
