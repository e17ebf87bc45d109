package cn.energyinspect.rules.calendar;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The holidays and adjusted workdays of one year as its State Council notice (国务院办公厅关于…年部分节假日安排的通知) sets
 * them: every other Monday–Friday is a working day, every other Saturday and Sunday a rest day. Immutable; the days are
 * kept in date order.
 *
 * <p>Checked when built, every problem reported at once with its place ({@code days[3].date}): each date lies in
 * {@code year} and is listed once (so no day is both a holiday and a workday), an adjusted workday is a Saturday or
 * Sunday, every day has a kind and a name. A holiday may fall on any day of the week, as the notice says.
 *
 * @param notice the notice the days come from (its number and date in {@link Basis#standard()} / {@link
 *     Basis#source()})
 */
public record YearCalendar(int year, Basis notice, List<CalendarDay> days) {
    static final int MAX_NAME_LENGTH = 20;

    public YearCalendar {
        List<Violation> violations = new ArrayList<>();
        if (notice == null) {
            violations.add(new Violation("notice", "须注明国务院办公厅节假日安排通知"));
        }
        if (days == null) {
            violations.add(new Violation("days", "不能为空"));
            days = List.of();
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            check(year, i, days.get(i), seen, days, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    private static void check(
            int year,
            int i,
            CalendarDay day,
            Map<LocalDate, Integer> seen,
            List<CalendarDay> days,
            List<Violation> violations) {
        String at = "days[" + i + "]";
        if (day == null) {
            violations.add(new Violation(at, "不能为空"));
            return;
        }
        if (day.kind() == null) {
            violations.add(new Violation(at + ".kind", "须为 HOLIDAY（放假）或 WORKDAY（调休上班）"));
        }
        if (day.name() == null || day.name().isBlank()) {
            violations.add(new Violation(at + ".name", "须填写节日名称，如 春节"));
        } else if (day.name().strip().length() > MAX_NAME_LENGTH) {
            violations.add(new Violation(at + ".name", "不能超过 " + MAX_NAME_LENGTH + " 个字"));
        }
        LocalDate date = day.date();
        if (date == null) {
            violations.add(new Violation(at + ".date", "必填，格式 YYYY-MM-DD"));
            return;
        }
        if (date.getYear() != year) {
            violations.add(new Violation(at + ".date", date + " 不在 " + year + " 年内"));
            return;
        }
        Integer earlier = seen.putIfAbsent(date, i);
        if (earlier != null) {
            CalendarDay first = days.get(earlier);
            String message = first.kind() != null && day.kind() != null && first.kind() != day.kind()
                    ? date + " 不能既放假又调休上班（见第 " + (earlier + 1) + " 行）"
                    : date + " 重复（见第 " + (earlier + 1) + " 行）";
            violations.add(new Violation(at + ".date", message));
        }
        if (day.kind() == DayKind.WORKDAY && !isWeekend(date)) {
            violations.add(new Violation(at + ".date", date + " 是工作日，调休上班只能是周六或周日"));
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The days as date → working (true for an adjusted workday, false for a holiday). */
    Map<LocalDate, Boolean> exceptions() {
        Map<LocalDate, Boolean> result = new HashMap<>();
        for (CalendarDay day : days) {
            result.put(day.date(), day.kind() == DayKind.WORKDAY);
        }
        return result;
    }
}
