package cn.energyinspect.rules.calendar;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Working days and time limits on the mainland-China statutory calendar. Immutable and thread-safe; dates are passed in,
 * the calendar never reads a clock.
 */
public final class WorkingDayCalendar {
    private final DayIndex days;
    private final Map<Integer, Basis> notices;
    private final Map<String, Basis> rules;

    WorkingDayCalendar(DayIndex days, Map<Integer, Basis> notices, Map<String, Basis> rules) {
        this.days = days;
        this.notices = Map.copyOf(notices);
        this.rules = Map.copyOf(rules);
    }

    /** Statutory holidays and adjusted workdays of mainland China, for the years in {@code notices.csv}. */
    public static WorkingDayCalendar chinaMainland() {
        return Holder.CHINA_MAINLAND;
    }

    public int firstYear() {
        return days.first().getYear();
    }

    public int lastYear() {
        return days.last().getYear();
    }

    /** The State Council notice the holidays of {@code year} come from. */
    public Basis notice(int year) {
        requireYear(year, "year");
        return notices.get(year);
    }

    /** Whether {@code day} is a working day: a weekday that is no holiday, or an adjusted workday (调休上班). */
    public boolean isWorkingDay(LocalDate day) {
        return days.isWorking(days.offset(requireLoaded(day, "date")));
    }

    /**
     * The {@code n}-th working day after {@code from} (the event day itself is not counted). {@code n = 0} gives {@code
     * from}.
     *
     * @throws InvalidInputException for a negative {@code n}, or when {@code from} or the deadline lies in a year whose
     *     holidays are not loaded (the year is named)
     */
    public Deadline addWorkingDays(LocalDate from, int n) {
        requireNotNegative(n, "workingDays");
        int before = days.workingUpTo(days.offset(requireLoaded(from, "from")));
        if (before + n > days.workingDayCount()) {
            throw notLoaded(lastYear() + 1, "workingDays");
        }
        LocalDate deadline = n == 0 ? from : days.workingDay(before + n);
        List<Basis> basis = new ArrayList<>(List.of(rule("WORKING_DAYS"), rule("START_DAY_EXCLUDED")));
        basis.addAll(noticesBetween(from, deadline));
        return new Deadline(from, deadline, days.workingDays(before + 1, n), false, basis);
    }

    /**
     * The day {@code n} natural days after {@code from} (the event day is not counted); with {@code
     * rollToNextWorkingDay}, a deadline on a rest day or holiday moves to the next working day. Without rolling, no
     * holiday data is needed and any year is accepted.
     */
    public Deadline addNaturalDays(LocalDate from, int n, boolean rollToNextWorkingDay) {
        Objects.requireNonNull(from, "from");
        requireNotNegative(n, "naturalDays");
        LocalDate lastCounted = from.plusDays(n);
        List<Basis> basis = new ArrayList<>(List.of(rule("START_DAY_EXCLUDED")));
        LocalDate deadline = lastCounted;
        if (rollToNextWorkingDay) {
            int offset = days.offset(requireLoaded(lastCounted, "naturalDays"));
            if (!days.isWorking(offset)) {
                int next = days.workingUpTo(offset) + 1;
                if (next > days.workingDayCount()) {
                    throw notLoaded(lastYear() + 1, "naturalDays");
                }
                deadline = days.workingDay(next);
            }
            basis.add(rule("ROLL_TO_WORKING_DAY"));
            basis.addAll(noticesBetween(lastCounted, deadline));
        }
        return new Deadline(from, deadline, CountedDays.following(from, n), !deadline.equals(lastCounted), basis);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}.
     * {@code workingDaysBetween(today, deadline)} is the number of working days left.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int fromCount = days.workingUpTo(days.offset(requireLoaded(from, "from")));
        int toCount = days.workingUpTo(days.offset(requireLoaded(to, "to")));
        return toCount - fromCount;
    }

    private Basis rule(String name) {
        return rules.get(name);
    }

    private List<Basis> noticesBetween(LocalDate from, LocalDate to) {
        List<Basis> result = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            result.add(notices.get(year));
        }
        return result;
    }

    private LocalDate requireLoaded(LocalDate day, String field) {
        if (day == null) {
            throw InvalidInputException.of(field, "日期不能为空");
        }
        requireYear(day.getYear(), field);
        return day;
    }

    private void requireYear(int year, String field) {
        if (year < firstYear() || year > lastYear()) {
            throw notLoaded(year, field);
        }
    }

    private InvalidInputException notLoaded(int year, String field) {
        return InvalidInputException.of(
                field,
                year + "年的法定节假日和调休安排未载入（已载入 " + firstYear() + "–" + lastYear() + " 年）; holidays of " + year
                        + " are not loaded");
    }

    private static void requireNotNegative(int n, String field) {
        if (n < 0) {
            throw InvalidInputException.of(field, "天数不能为负数: " + n);
        }
    }

    private static final class Holder {
        static final WorkingDayCalendar CHINA_MAINLAND = CalendarData.load("/rules/calendar/");
    }
}
