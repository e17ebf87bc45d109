package cn.energyinspect.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.time.BusinessTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statutory clock every task list shows (cases, penalties) and the day a reminder names: a deadline at the end of
 * day D is stored as 00:00 of D + 1 and belongs to D, counted in working days from the agency's today.
 */
@IntegrationTest
class StatutoryClockTest {
    @Autowired
    BusinessCalendar calendar;

    @Autowired
    BusinessTime time;

    @Test
    void a_deadline_at_the_end_of_a_day_belongs_to_that_day() {
        LocalDate day = LocalDate.of(2026, 10, 9);

        assertThat(time.dueDayOf(time.endOf(day))).isEqualTo(day);
        assertThat(time.dueDayOf(time.startOf(day).plusSeconds(1))).isEqualTo(day);
        assertThat(time.dueDayOf(time.startOf(day))).isEqualTo(day.minusDays(1));
    }

    @Test
    void working_days_left_run_from_today_to_the_deadline_s_day_and_below_zero_once_it_passed() {
        LocalDate today = time.today();

        assertThat(calendar.workingDaysLeft(null)).isNull();
        assertThat(calendar.workingDaysLeft(time.endOf(today))).isZero();
        assertThat(calendar.workingDaysLeft(time.endOf(today.plusDays(14)))).isBetween(1, 10);
        assertThat(calendar.workingDaysLeft(time.endOf(today.minusDays(14)))).isBetween(-10, -1);
    }
}
