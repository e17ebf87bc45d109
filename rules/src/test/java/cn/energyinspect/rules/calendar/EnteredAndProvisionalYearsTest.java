package cn.energyinspect.rules.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A year's holidays entered from its State Council notice (issue 11), and deadlines into a year not loaded yet: counted
 * over weekends only and flagged provisional (暂按周末计算), the strict refusal kept for callers that need certainty.
 */
class EnteredAndProvisionalYearsTest {
    private static final Basis NOTICE_2027 = new Basis(
            "国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕7号)",
            "2027",
            null,
            parse("2027-01-01"),
            parse("2027-12-31"),
            Confidence.PAGE,
            "test notice");

    private final WorkingDayCalendar shipped = WorkingDayCalendar.chinaMainland();
    private final WorkingDayCalendar provisional = shipped.allowingProvisional();

    @Test
    void five_working_days_from_28_december_2026_run_into_2027_over_weekends_only_and_say_so() {
        Deadline deadline = provisional.addWorkingDays(parse("2026-12-28"), 5);

        // 12-29, 12-30, 12-31 (loaded), Fri 2027-01-01 and Mon 01-04 (2027 not loaded: weekdays count)
        assertThat(deadline.deadline()).isEqualTo("2027-01-04");
        assertThat(deadline.countedDays())
                .isEqualTo(days("2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-04"));
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.provisionalYears()).containsExactly(2027);
        assertThat(deadline.basis())
                .filteredOn(b -> "暂按周末计算".equals(b.clause()))
                .singleElement()
                .satisfies(b -> assertThat(b.confidence()).isEqualTo(Confidence.UNCONFIRMED));
        assertThat(deadline.basis()).extracting(Basis::source).anyMatch(s -> s.contains("content_7047091"));
    }

    @Test
    void the_shipped_calendar_stays_strict_and_refuses_2027() {
        assertThat(shipped.provisionalAllowed()).isFalse();
        assertThatThrownBy(() -> shipped.addWorkingDays(parse("2026-12-28"), 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> provisional.strict().addWorkingDays(parse("2026-12-28"), 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2027");
    }

    @Test
    void a_deadline_inside_loaded_years_is_not_provisional() {
        Deadline deadline = provisional.addWorkingDays(parse("2026-09-30"), 7);

        assertThat(deadline.deadline()).isEqualTo("2026-10-15");
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.basis()).extracting(Basis::clause).doesNotContain("暂按周末计算");
    }

    @Test
    void entering_2027_with_new_year_a_holiday_moves_the_deadline_by_one_working_day() {
        WorkingDayCalendar with2027 = provisional.withYear(year2027());

        Deadline deadline = with2027.addWorkingDays(parse("2026-12-28"), 5);

        assertThat(deadline.deadline()).isEqualTo("2027-01-05");
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.basis()).contains(NOTICE_2027);
        assertThat(with2027.isLoaded(2027)).isTrue();
        assertThat(with2027.lastYear()).isEqualTo(2027);
        assertThat(with2027.notice(2027)).isEqualTo(NOTICE_2027);
        // the calendar it came from is unchanged
        assertThat(provisional.isLoaded(2027)).isFalse();
        assertThat(provisional.addWorkingDays(parse("2026-12-28"), 5).deadline())
                .isEqualTo("2027-01-04");
    }

    @Test
    void an_adjusted_workday_of_an_entered_year_is_a_working_day() {
        WorkingDayCalendar with2027 = shipped.withYear(year2027());

        assertThat(with2027.isWorkingDay(parse("2027-02-20"))).isTrue(); // Saturday, 调休上班
        assertThat(with2027.isWorkingDay(parse("2027-02-08"))).isFalse(); // Monday, 春节
        // 02-08, 02-09 off; 02-10..12, 02-15..19, Sat 02-20, Mon 02-22
        assertThat(with2027.workingDaysBetween(parse("2027-02-05"), parse("2027-02-22")))
                .isEqualTo(10);
        assertThat(with2027.year(2027).orElseThrow().days())
                .extracting(CalendarDay::date)
                .isSorted()
                .hasSize(4);
    }

    @Test
    void an_entry_for_a_shipped_year_replaces_that_year() {
        // as if the notice had added 10-08 to the national-day holiday
        List<CalendarDay> corrected =
                new ArrayList<>(shipped.year(2026).orElseThrow().days());
        corrected.add(new CalendarDay(parse("2026-10-08"), DayKind.HOLIDAY, "国庆节"));
        WorkingDayCalendar changed = shipped.withYear(new YearCalendar(2026, NOTICE_2027, corrected));

        assertThat(changed.isWorkingDay(parse("2026-10-08"))).isFalse();
        assertThat(changed.addWorkingDays(parse("2026-09-30"), 7).deadline()).isEqualTo("2026-10-16");
        assertThat(shipped.isWorkingDay(parse("2026-10-08"))).isTrue();
    }

    @Test
    void a_year_entered_after_a_gap_leaves_the_gap_unknown() {
        YearCalendar year2028 = new YearCalendar(
                2028, NOTICE_2027, List.of(new CalendarDay(parse("2028-01-03"), DayKind.HOLIDAY, "元旦")));
        WorkingDayCalendar gap = shipped.withYear(year2028);

        assertThat(gap.isWorkingDay(parse("2028-01-03"))).isFalse();
        assertThatThrownBy(() -> gap.isWorkingDay(parse("2027-06-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2027");
        Deadline across = gap.allowingProvisional().addWorkingDays(parse("2027-12-30"), 3);
        // Fri 12-31 (2027, weekdays), Mon 2028-01-03 is a holiday, Tue 01-04
        assertThat(across.deadline()).isEqualTo("2028-01-05");
        assertThat(across.provisionalYears()).containsExactly(2027);
        assertThat(gap.yearsNotLoaded(parse("2026-05-01"), parse("2029-01-01"))).containsExactly(2027, 2029);
    }

    @Test
    void days_left_into_a_year_not_loaded_are_counted_over_weekends() {
        // 12-29..12-31 (3), 2027-01-01, 01-04, 01-05 (3)
        assertThat(provisional.workingDaysBetween(parse("2026-12-28"), parse("2027-01-05")))
                .isEqualTo(6);
        assertThat(provisional.workingDaysBetween(parse("2027-01-05"), parse("2026-12-28")))
                .isEqualTo(-6);
        assertThat(provisional.yearsNotLoaded(parse("2026-12-28"), parse("2027-01-05")))
                .containsExactly(2027);
        assertThatThrownBy(() -> shipped.workingDaysBetween(parse("2026-12-28"), parse("2027-01-05")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void natural_days_ending_on_a_weekend_of_a_year_not_loaded_roll_to_monday_provisionally() {
        Deadline deadline = provisional.addNaturalDays(parse("2026-12-20"), 20, true);

        assertThat(deadline.deadline()).isEqualTo("2027-01-11"); // 2027-01-09 is a Saturday
        assertThat(deadline.rolledOver()).isTrue();
        assertThat(deadline.provisionalYears()).containsExactly(2027);
        assertThat(provisional.addNaturalDays(parse("2026-12-20"), 20, false).provisional())
                .isFalse();
    }

    @Test
    void a_year_before_the_shipped_ones_is_counted_over_weekends_up_to_the_first_loaded_year() {
        // Tue 2019-12-31 (2019 not loaded), 2020-01-01 元旦, Thu 01-02, Fri 01-03
        Deadline deadline = provisional.addWorkingDays(parse("2019-12-30"), 3);

        assertThat(deadline.deadline()).isEqualTo("2020-01-03");
        assertThat(deadline.countedDays()).isEqualTo(days("2019-12-31", "2020-01-02", "2020-01-03"));
        assertThat(deadline.provisionalYears()).containsExactly(2019);
        assertThat(provisional.addWorkingDays(parse("2019-03-01"), 10).deadline())
                .isEqualTo("2019-03-15");
    }

    @Test
    void a_long_provisional_count_agrees_with_counting_day_by_day() {
        WorkingDayCalendar with2027 = provisional.withYear(year2027());
        for (LocalDate from : days("2019-11-15", "2025-06-03", "2026-12-31", "2027-02-06")) {
            for (int n : new int[] {1, 4, 5, 6, 37, 250, 800}) {
                Deadline deadline = with2027.addWorkingDays(from, n);
                LocalDate day = from;
                for (int counted = 0; counted < n; ) {
                    day = day.plusDays(1);
                    counted += with2027.isWorkingDay(day) ? 1 : 0;
                }
                assertThat(deadline.deadline()).as("%s + %d", from, n).isEqualTo(day);
                assertThat(deadline.countedDays()).hasSize(n).last().isEqualTo(day);
                // 02-08, 02-09 off; 02-10..12, 02-15..19, Sat 02-20, Mon 02-22
                assertThat(with2027.workingDaysBetween(from, day)).isEqualTo(n);
            }
        }
    }

    @Test
    void more_than_9999_days_is_an_input_error() {
        assertThatThrownBy(() -> provisional.addWorkingDays(parse("2026-01-05"), 10_000))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("workingDays"));
    }

    @Test
    void the_shipped_years_come_with_their_days_and_names() {
        YearCalendar year2026 = shipped.year(2026).orElseThrow();

        assertThat(year2026.days())
                .contains(
                        new CalendarDay(parse("2026-10-01"), DayKind.HOLIDAY, "国庆节"),
                        new CalendarDay(parse("2026-10-10"), DayKind.WORKDAY, "国庆节"));
        assertThat(year2026.notice().source()).contains("content_7047091");
        assertThat(shipped.loadedYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(shipped.year(2027)).isEmpty();
    }

    @Test
    void a_year_is_refused_with_every_problem_named_by_its_place() {
        List<CalendarDay> days = Arrays.asList(
                new CalendarDay(parse("2027-01-01"), DayKind.HOLIDAY, "元旦"),
                new CalendarDay(parse("2026-12-31"), DayKind.HOLIDAY, "元旦"),
                new CalendarDay(parse("2027-01-01"), DayKind.WORKDAY, "元旦"),
                new CalendarDay(parse("2027-02-08"), DayKind.WORKDAY, "春节"),
                new CalendarDay(parse("2027-02-09"), null, " "),
                new CalendarDay(null, DayKind.HOLIDAY, "春节"),
                new CalendarDay(parse("2027-02-10"), DayKind.HOLIDAY, "春节"),
                new CalendarDay(parse("2027-02-10"), DayKind.HOLIDAY, "春节"));

        assertThatThrownBy(() -> new YearCalendar(2027, null, days))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, v -> v.message().contains("既放假又调休上班"))
                                .containsExactly(
                                        Tuple.tuple("notice", false),
                                        Tuple.tuple("days[1].date", false),
                                        Tuple.tuple("days[2].date", true),
                                        // and a Friday cannot be an adjusted workday
                                        Tuple.tuple("days[2].date", false),
                                        Tuple.tuple("days[3].date", false),
                                        Tuple.tuple("days[4].kind", false),
                                        Tuple.tuple("days[4].name", false),
                                        Tuple.tuple("days[5].date", false),
                                        Tuple.tuple("days[7].date", false)));
    }

    @Test
    void a_holiday_may_fall_on_a_weekend_as_the_notice_says() {
        YearCalendar year = new YearCalendar(
                2027, NOTICE_2027, List.of(new CalendarDay(parse("2027-01-02"), DayKind.HOLIDAY, "元旦")));

        assertThat(year.days()).hasSize(1);
    }

    /** An invented 2027 (the notice is not published yet): 元旦 01-01, 春节 02-08..02-09 with Saturday 02-20 worked. */
    private static YearCalendar year2027() {
        return new YearCalendar(
                2027,
                NOTICE_2027,
                List.of(
                        new CalendarDay(parse("2027-02-20"), DayKind.WORKDAY, "春节"),
                        new CalendarDay(parse("2027-01-01"), DayKind.HOLIDAY, "元旦"),
                        new CalendarDay(parse("2027-02-08"), DayKind.HOLIDAY, "春节"),
                        new CalendarDay(parse("2027-02-09"), DayKind.HOLIDAY, "春节")));
    }

    private static List<LocalDate> days(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }
}
