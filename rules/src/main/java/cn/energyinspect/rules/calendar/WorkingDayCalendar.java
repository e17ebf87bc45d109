package cn.energyinspect.rules.calendar;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days and time limits on the mainland-China statutory calendar. Immutable and thread-safe; dates are passed in,
 * the calendar never reads a clock.
 *
 * <p>It knows the years whose State Council notice it holds: the shipped ones ({@link #chinaMainland()}) and any a
 * caller adds with {@link #withYear}. By default a date in another year is refused with the year named. A calendar
 * {@link #allowingProvisional() allowing provisional} counts such a year over weekends only (暂按周末计算: Saturday and
 * Sunday off, every other day working) and flags the result ({@link Deadline#provisional()}, naming the years).
 */
public final class WorkingDayCalendar {
    /** Longer limits than this are not time limits of any procedure; the bound keeps every computation small. */
    static final int MAX_DAYS = 9_999;

    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2199;

    private final NavigableMap<Integer, YearCalendar> years;
    private final Map<String, Basis> rules;
    private final boolean provisionalAllowed;
    private final DayIndex days;

    WorkingDayCalendar(
            NavigableMap<Integer, YearCalendar> years, Map<String, Basis> rules, boolean provisionalAllowed) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one year");
        }
        this.years = Collections.unmodifiableNavigableMap(new TreeMap<>(years));
        this.rules = Map.copyOf(rules);
        this.provisionalAllowed = provisionalAllowed;
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (YearCalendar year : this.years.values()) {
            exceptions.putAll(year.exceptions());
        }
        this.days = new DayIndex(this.years.firstKey(), this.years.lastKey(), exceptions);
    }

    private WorkingDayCalendar(WorkingDayCalendar source, boolean provisionalAllowed) {
        this.years = source.years;
        this.rules = source.rules;
        this.days = source.days;
        this.provisionalAllowed = provisionalAllowed;
    }

    /** Statutory holidays and adjusted workdays of mainland China, for the years in {@code notices.csv}. Strict. */
    public static WorkingDayCalendar chinaMainland() {
        return Holder.CHINA_MAINLAND;
    }

    /**
     * This calendar with {@code year} added, or replacing the year of the same number (a notice entered by an
     * administrator overrides the shipped data of its year). Years need not be consecutive: a year between two loaded
     * ones that is itself not loaded stays unknown.
     */
    public WorkingDayCalendar withYear(YearCalendar year) {
        Objects.requireNonNull(year, "year");
        TreeMap<Integer, YearCalendar> changed = new TreeMap<>(years);
        changed.put(year.year(), year);
        return new WorkingDayCalendar(changed, rules, provisionalAllowed);
    }

    /**
     * The same calendar, counting a year whose holidays are not loaded over weekends only instead of refusing it; every
     * deadline that does so says so ({@link Deadline#provisionalYears()}).
     */
    public WorkingDayCalendar allowingProvisional() {
        return provisionalAllowed ? this : new WorkingDayCalendar(this, true);
    }

    /** The same calendar, refusing every date of a year whose holidays are not loaded (where certainty is needed). */
    public WorkingDayCalendar strict() {
        return provisionalAllowed ? new WorkingDayCalendar(this, false) : this;
    }

    public boolean provisionalAllowed() {
        return provisionalAllowed;
    }

    /** The first loaded year. */
    public int firstYear() {
        return years.firstKey();
    }

    /** The last loaded year (years before it may still be missing, see {@link #isLoaded}). */
    public int lastYear() {
        return years.lastKey();
    }

    /** The years whose notice is loaded, in order. */
    public SortedSet<Integer> loadedYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public boolean isLoaded(int year) {
        return years.containsKey(year);
    }

    /** The holidays and adjusted workdays of a loaded year. */
    public Optional<YearCalendar> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * The years from {@code from} to {@code to} (in either order, both ends included) whose holidays are not loaded:
     * a deadline or a count over them is provisional.
     */
    public List<Integer> yearsNotLoaded(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        List<Integer> missing = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            if (!years.containsKey(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** The State Council notice the holidays of {@code year} come from. */
    public Basis notice(int year) {
        if (!years.containsKey(year)) {
            throw notLoaded(year, "year");
        }
        return years.get(year).notice();
    }

    /**
     * Whether {@code day} is a working day: a weekday that is no holiday, or an adjusted workday (调休上班). In a year not
     * loaded: refused, or (allowing provisional) Monday to Friday.
     */
    public boolean isWorkingDay(LocalDate day) {
        requireCountable(day, "date");
        return isWorking(day);
    }

    /**
     * The {@code n}-th working day after {@code from} (the event day itself is not counted). {@code n = 0} gives {@code
     * from}.
     *
     * @throws InvalidInputException for a negative {@code n} or one above 9,999; unless provisional is allowed, when
     *     {@code from} or the deadline lies in a year whose holidays are not loaded (the year is named)
     */
    public Deadline addWorkingDays(LocalDate from, int n) {
        requireCountable(from, "from");
        requireDays(n, "workingDays");
        long before = countUpTo(from);
        LocalDate deadline = n == 0 ? from : workingDayNumber(before + n, from, n);
        List<Integer> missing = yearsNotLoaded(from, deadline);
        refuseUnlessProvisional(missing, "workingDays");
        List<Basis> basis = new ArrayList<>(List.of(rule("WORKING_DAYS"), rule("START_DAY_EXCLUDED")));
        basis.addAll(noticesBetween(from, deadline));
        if (!missing.isEmpty()) {
            basis.add(rule("PROVISIONAL_WEEKENDS_ONLY"));
        }
        List<LocalDate> counted;
        if (n == 0) {
            counted = List.of();
        } else if (days.contains(from) && days.contains(deadline)) {
            counted = days.workingDays((int) before + 1, n);
        } else {
            counted = walk(from, n);
        }
        return new Deadline(from, deadline, counted, false, basis, missing);
    }

    /**
     * The day {@code n} natural days after {@code from} (the event day is not counted); with {@code
     * rollToNextWorkingDay}, a deadline on a rest day or holiday moves to the next working day. Without rolling, no
     * holiday data is needed and any year is accepted.
     */
    public Deadline addNaturalDays(LocalDate from, int n, boolean rollToNextWorkingDay) {
        Objects.requireNonNull(from, "from");
        requireDays(n, "naturalDays");
        LocalDate lastCounted = from.plusDays(n);
        List<Basis> basis = new ArrayList<>(List.of(rule("START_DAY_EXCLUDED")));
        LocalDate deadline = lastCounted;
        List<Integer> missing = List.of();
        if (rollToNextWorkingDay) {
            requireCountable(lastCounted, "naturalDays");
            while (!isWorking(deadline)) {
                deadline = deadline.plusDays(1);
            }
            missing = yearsNotLoaded(lastCounted, deadline);
            refuseUnlessProvisional(missing, "naturalDays");
            basis.add(rule("ROLL_TO_WORKING_DAY"));
            basis.addAll(noticesBetween(lastCounted, deadline));
            if (!missing.isEmpty()) {
                basis.add(rule("PROVISIONAL_WEEKENDS_ONLY"));
            }
        }
        return new Deadline(
                from, deadline, CountedDays.following(from, n), !deadline.equals(lastCounted), basis, missing);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}.
     * {@code workingDaysBetween(today, deadline)} is the number of working days left. Provisional when {@link
     * #yearsNotLoaded} of the two days is not empty.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireCountable(from, "from");
        requireCountable(to, "to");
        refuseUnlessProvisional(yearsNotLoaded(from, to), "to");
        return Math.toIntExact(countUpTo(to) - countUpTo(from));
    }

    private boolean isWorking(LocalDate day) {
        return days.contains(day) ? days.isWorking(days.offset(day)) : !YearCalendar.isWeekend(day);
    }

    /**
     * Working days from the first day of the index up to and including {@code day}; beyond the index (a year after the
     * last loaded one, or before the first) counted over weekends only, negative before the index.
     */
    private long countUpTo(LocalDate day) {
        if (days.contains(day)) {
            return days.workingUpTo(days.offset(day));
        }
        if (day.isAfter(days.last())) {
            return days.workingDayCount() + weekdaysUpTo(day) - weekdaysUpTo(days.last());
        }
        return weekdaysUpTo(day) - weekdaysUpTo(days.first().minusDays(1));
    }

    /** The working day whose {@link #countUpTo} is {@code number}. */
    private LocalDate workingDayNumber(long number, LocalDate from, int n) {
        if (number >= 1 && number <= days.workingDayCount()) {
            return days.workingDay((int) number);
        }
        if (number > days.workingDayCount()) {
            return nthWeekdayAfter(days.last(), number - days.workingDayCount());
        }
        // from and the deadline both lie before the index: weekends only all the way
        return nthWeekdayAfter(from, n);
    }

    private List<LocalDate> walk(LocalDate from, int n) {
        List<LocalDate> counted = new ArrayList<>(n);
        for (LocalDate day = from; counted.size() < n; ) {
            day = day.plusDays(1);
            if (isWorking(day)) {
                counted.add(day);
            }
        }
        return Collections.unmodifiableList(counted);
    }

    /** Monday–Friday days from a fixed Monday (1969-12-29) up to {@code day}, as a difference-only measure. */
    private static long weekdaysUpTo(LocalDate day) {
        long sinceMonday = day.toEpochDay() + 3;
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }

    private static LocalDate nthWeekdayAfter(LocalDate day, long n) {
        long weeks = (n - 1) / 5;
        LocalDate result = day.plusWeeks(weeks);
        for (long left = n - weeks * 5; left > 0; ) {
            result = result.plusDays(1);
            if (!YearCalendar.isWeekend(result)) {
                left--;
            }
        }
        return result;
    }

    private Basis rule(String name) {
        return rules.get(name);
    }

    private List<Basis> noticesBetween(LocalDate from, LocalDate to) {
        List<Basis> result = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            YearCalendar loaded = years.get(year);
            if (loaded != null) {
                result.add(loaded.notice());
            }
        }
        return result;
    }

    private void requireCountable(LocalDate day, String field) {
        if (day == null) {
            throw InvalidInputException.of(field, "日期不能为空");
        }
        if (!provisionalAllowed && !years.containsKey(day.getYear())) {
            throw notLoaded(day.getYear(), field);
        }
        if (day.getYear() < EARLIEST_YEAR || day.getYear() > LATEST_YEAR) {
            throw InvalidInputException.of(field, "日期须在 " + EARLIEST_YEAR + "–" + LATEST_YEAR + " 年之间: " + day);
        }
    }

    private void refuseUnlessProvisional(List<Integer> missing, String field) {
        if (!missing.isEmpty() && !provisionalAllowed) {
            throw notLoaded(missing.get(0), field);
        }
    }

    private InvalidInputException notLoaded(int year, String field) {
        return InvalidInputException.of(
                field,
                year + "年的法定节假日和调休安排未载入（已载入 " + describeLoaded() + " 年）; holidays of " + year + " are not loaded");
    }

    private String describeLoaded() {
        int first = years.firstKey();
        int last = years.lastKey();
        if (last - first + 1 == years.size()) {
            return first + "–" + last;
        }
        return String.join("、", years.keySet().stream().map(String::valueOf).toList());
    }

    private static void requireDays(int n, String field) {
        if (n < 0) {
            throw InvalidInputException.of(field, "天数不能为负数: " + n);
        }
        if (n > MAX_DAYS) {
            throw InvalidInputException.of(field, "天数不能超过 " + MAX_DAYS + ": " + n);
        }
    }

    private static final class Holder {
        static final WorkingDayCalendar CHINA_MAINLAND = CalendarData.load("/rules/calendar/");
    }
}
