package cn.energyinspect.rules.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();

    private static List<LocalDate> days(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void seven_working_days_after_2026_09_30_skip_national_day_and_count_saturday_10_10() {
        Deadline deadline = calendar.addWorkingDays(parse("2026-09-30"), 7);

        assertThat(deadline.deadline()).isEqualTo("2026-10-15");
        assertThat(deadline.countedDays())
                .isEqualTo(days(
                        "2026-10-08",
                        "2026-10-09",
                        "2026-10-10",
                        "2026-10-12",
                        "2026-10-13",
                        "2026-10-14",
                        "2026-10-15"));
        assertThat(deadline.rolledOver()).isFalse();
        assertThat(deadline.basis())
                .extracting(Basis::reference)
                .contains("行政处罚法-2021", "国务院办公厅关于2026年部分节假日安排的通知-2026");
        assertThat(deadline.basis())
                .filteredOn(b -> b.standard().equals("行政处罚法"))
                .singleElement()
                .extracting(Basis::confidence)
                .isEqualTo(Confidence.LAW);
    }

    @Test
    void seven_working_days_after_2026_04_30_skip_labour_day_and_count_saturday_05_09() {
        Deadline deadline = calendar.addWorkingDays(parse("2026-04-30"), 7);

        assertThat(deadline.deadline()).isEqualTo("2026-05-13");
        assertThat(deadline.countedDays())
                .isEqualTo(days(
                        "2026-05-06",
                        "2026-05-07",
                        "2026-05-08",
                        "2026-05-09",
                        "2026-05-11",
                        "2026-05-12",
                        "2026-05-13"));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // across the year end: 2026-01-01..03 off, Sunday 01-04 worked
        "2025-12-31, 3, 2026-01-06",
        // Spring Festival 2026: Saturday 02-14 worked, 02-15..23 off
        "2026-02-13, 1, 2026-02-14",
        "2026-02-13, 2, 2026-02-24",
        // Spring Festival 2020, extended to 02-02 (Saturday 02-01 no longer worked)
        "2020-01-23, 3, 2020-02-05",
        // an event on a holiday: counting starts with the next working day
        "2026-10-01, 1, 2026-10-08",
        "2026-12-30, 1, 2026-12-31",
        "2024-01-15, 250, 2025-01-14",
        "2025-01-02, 250, 2026-01-06",
    })
    void working_days_deadline_follows_the_state_council_calendar(LocalDate from, int n, LocalDate expected) {
        Deadline deadline = calendar.addWorkingDays(from, n);

        assertThat(deadline.deadline()).isEqualTo(expected);
        assertThat(deadline.countedDays())
                .hasSize(n)
                .allMatch(calendar::isWorkingDay)
                .isSorted();
        assertThat(deadline.countedDays().getLast()).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(n);
    }

    @Test
    void zero_working_days_end_on_the_event_day_with_nothing_counted() {
        Deadline deadline = calendar.addWorkingDays(parse("2026-10-01"), 0);

        assertThat(deadline.deadline()).isEqualTo("2026-10-01");
        assertThat(deadline.countedDays()).isEmpty();
    }

    @Test
    void negative_working_days_are_an_input_error() {
        assertThatThrownBy(() -> calendar.addWorkingDays(parse("2026-10-01"), -1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("workingDays")));
        assertThatThrownBy(() -> calendar.addNaturalDays(parse("2026-10-01"), -3, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("naturalDays");
    }

    @Test
    void working_days_running_into_2027_are_refused_naming_2027() {
        assertThatThrownBy(() -> calendar.addWorkingDays(parse("2026-12-28"), 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2027");
    }

    @ParameterizedTest
    @CsvSource({"2027-01-04, 2027", "2019-12-31, 2019"})
    void event_day_outside_the_loaded_years_is_refused_naming_the_year(LocalDate from, String year) {
        assertThatThrownBy(() -> calendar.addWorkingDays(from, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(year);
        assertThatThrownBy(() -> calendar.isWorkingDay(from))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(year);
    }

    @Test
    void natural_days_ending_on_a_holiday_roll_to_the_next_working_day_only_when_asked() {
        Deadline rolled = calendar.addNaturalDays(parse("2026-09-24"), 7, true);
        Deadline plain = calendar.addNaturalDays(parse("2026-09-24"), 7, false);

        assertThat(plain.deadline()).isEqualTo("2026-10-01");
        assertThat(plain.rolledOver()).isFalse();
        assertThat(rolled.deadline()).isEqualTo("2026-10-08");
        assertThat(rolled.rolledOver()).isTrue();
        assertThat(rolled.countedDays())
                .hasSize(7)
                .startsWith(parse("2026-09-25"))
                .endsWith(parse("2026-10-01"));
        assertThat(rolled.basis()).extracting(Basis::clause).contains("第二百零三条");
    }

    @ParameterizedTest(name = "{0} + {1} natural days, rolled = {2}")
    @CsvSource({
        // ends on Sunday 2026-06-07: moves to Monday
        "2026-06-01, 6, 2026-06-08",
        // ends on Saturday 2026-10-10, an adjusted workday: stays
        "2026-10-03, 7, 2026-10-10",
        // ends on a Wednesday: stays
        "2026-03-02, 30, 2026-04-01",
        // zero days on a holiday: the event day itself rolls
        "2026-10-01, 0, 2026-10-08",
    })
    void natural_days_roll_only_off_rest_days_and_holidays(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.addNaturalDays(from, n, true).deadline()).isEqualTo(expected);
    }

    @Test
    void natural_days_without_rolling_need_no_holiday_data() {
        assertThat(calendar.addNaturalDays(parse("2027-03-01"), 15, false).deadline())
                .isEqualTo("2027-03-16");
        assertThatThrownBy(() -> calendar.addNaturalDays(parse("2026-12-25"), 10, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2027");
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "2026-10-10, true",
        "2026-05-09, true",
        "2026-09-20, true",
        "2026-01-04, true",
        "2026-05-01, false",
        "2026-05-05, false",
        "2026-10-07, false",
        "2026-10-11, false",
        "2026-10-09, true",
        "2020-02-01, false",
        "2023-01-02, false",
        "2025-10-11, true",
    })
    void working_day_is_a_weekday_without_holiday_or_an_adjusted_weekend_day(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void working_days_between_count_days_left_and_go_negative_backwards() {
        assertThat(calendar.workingDaysBetween(parse("2026-09-30"), parse("2026-10-15")))
                .isEqualTo(7);
        assertThat(calendar.workingDaysBetween(parse("2026-10-15"), parse("2026-09-30")))
                .isEqualTo(-7);
        assertThat(calendar.workingDaysBetween(parse("2026-10-01"), parse("2026-10-07")))
                .isZero();
    }

    @Test
    void calendar_covers_2020_to_2026_from_the_state_council_notices() {
        assertThat(calendar.firstYear()).isEqualTo(2020);
        assertThat(calendar.lastYear()).isEqualTo(2026);
        assertThat(calendar.notice(2026).source()).contains("content_7047091");
    }

    @Test
    void counted_days_are_immutable() {
        List<LocalDate> counted =
                calendar.addWorkingDays(parse("2026-09-30"), 7).countedDays();

        assertThatThrownBy(() -> counted.add(parse("2026-10-16"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
