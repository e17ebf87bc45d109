package cn.energyinspect.workflow;

import cn.energyinspect.rules.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda business calendar for timers and task due dates on the statutory calendar of the rules module. Registered for
 * both {@code duration} (timeDuration) and {@code duedate} (timeDate, {@code camunda:dueDate}) by {@link
 * WorkingDayCalendarPlugin}. It reads the engine clock ({@link ClockUtil}), so tests move time with it.
 *
 * <p>Grammar, on top of everything the engine's own calendars accept:
 *
 * <ul>
 *   <li>{@code P<n>WD}: n working days. Due at the <em>end</em> of the n-th working day after the start day (the start
 *       day is not counted; 行政处罚法 Art. 85, 民法典 Art. 201), i.e. 00:00 of the following day, China time.
 *   <li>{@code P<n>CD}: n natural (calendar) days, due at the end of the n-th day; when that day is a rest day or
 *       holiday, at the end of the next working day (民法典 Art. 203).
 *   <li>{@code <start>/<duration>}: an ISO 8601 interval; counts from {@code <start>} (an ISO date-time with offset)
 *       instead of now, e.g. {@code 2026-09-30T10:00:00+08:00/P20CD}. The duration may be any of the forms here.
 *   <li>{@code <day>/-P<n>WD}: backwards, the <em>start</em> of the n-th working day before {@code <day>} (a {@code
 *       yyyy-MM-dd} date, or the China-time day of a date-time), e.g. a reminder 5 working days before a due day:
 *       {@code 2027-03-31/-P5WD} is 2027-03-24T00:00+08:00.
 *   <li>{@code yyyy-MM-dd}: the end of that day, China time (a deadline day is available in full).
 *   <li>ISO date-time with offset, or without (China time); other ISO durations ({@code P15D}, {@code PT4H}) as the
 *       engine computes them (exact, no calendar).
 * </ul>
 *
 * The calendar is the one in force ({@link CalendarPort}: shipped years plus those a province administrator entered),
 * read on every computation. For a year whose holidays are not entered yet, the count goes on over weekends only
 * (provisional) and logs {@code WF-CAL-001}: a timer must not block a task completion. When the year is entered,
 * {@link WorkingDayTimers} computes such timers again.
 */
final class WorkingDayBusinessCalendar implements BusinessCalendar {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(WorkingDayBusinessCalendar.class);
    private static final Pattern COUNTED = Pattern.compile("P(\\d{1,4})(WD|CD)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CalendarPort calendars;
    private final ZoneId zone;
    private final BusinessCalendar isoDurations = new DurationBusinessCalendar();
    private final BusinessCalendar isoDates = new DueDateBusinessCalendar();

    WorkingDayBusinessCalendar(CalendarPort calendars, ZoneId zone) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, ClockUtil.getCurrentTime());
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return resolveDuedate(description);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        String text =
                Objects.requireNonNull(description, "due date description").strip();
        int slash = text.indexOf('/');
        if (slash > 0 && text.startsWith("-P", slash + 1)) {
            return Date.from(workingDaysBefore(text.substring(0, slash), text.substring(slash + 2)));
        }
        if (slash > 0 && !text.startsWith("R")) {
            Date anchor = Date.from(instant(text.substring(0, slash)));
            return resolveDuedate(text.substring(slash + 1), anchor);
        }
        Matcher counted = COUNTED.matcher(text);
        if (counted.matches()) {
            LocalDate from = LocalDate.ofInstant(startDate.toInstant(), zone);
            int days = Integer.parseInt(counted.group(1));
            LocalDate last = counted.group(2).equals("WD") ? workingDays(from, days) : naturalDays(from, days);
            return Date.from(endOf(last));
        }
        if (text.startsWith("P")) {
            return isoDurations.resolveDuedate(text, startDate);
        }
        return Date.from(instant(text));
    }

    /** The start of the n-th working day before the anchor's day ({@code P<n>WD} after the minus sign). */
    private Instant workingDaysBefore(String anchor, String duration) {
        Matcher counted = COUNTED.matcher(duration);
        if (!counted.matches() || !counted.group(2).equals("WD")) {
            throw new IllegalArgumentException("a backward count must be -P<n>WD, was -" + duration);
        }
        LocalDate day =
                DATE.matcher(anchor).matches() ? LocalDate.parse(anchor) : LocalDate.ofInstant(instant(anchor), zone);
        int left = Integer.parseInt(counted.group(1));
        var calendar = calendars.calendar().allowingProvisional();
        java.util.Set<Integer> provisional = new java.util.TreeSet<>();
        while (left > 0) {
            day = day.minusDays(1);
            if (!calendar.isLoaded(day.getYear())) {
                provisional.add(day.getYear());
            }
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        if (!provisional.isEmpty()) {
            log.warn(
                    "WF-CAL-001 holidays of {} are not entered; -{} before {} counted over weekends only: {}",
                    provisional,
                    duration,
                    anchor,
                    day);
        }
        return day.atStartOfDay(zone).toInstant();
    }

    private LocalDate workingDays(LocalDate from, int days) {
        return logged(calendars.calendar().allowingProvisional().addWorkingDays(from, days), "P" + days + "WD");
    }

    private LocalDate naturalDays(LocalDate from, int days) {
        return logged(calendars.calendar().allowingProvisional().addNaturalDays(from, days, true), "P" + days + "CD");
    }

    private static LocalDate logged(Deadline deadline, String duration) {
        if (deadline.provisional()) {
            log.warn(
                    "WF-CAL-001 holidays of {} are not entered; {} from {} counted over weekends only: {}",
                    deadline.provisionalYears(),
                    duration,
                    deadline.from(),
                    deadline.deadline());
        }
        return deadline.deadline();
    }

    private Instant instant(String text) {
        if (DATE.matcher(text).matches()) {
            return endOf(LocalDate.parse(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notIso) {
                return isoDates.resolveDuedate(text).toInstant();
            }
        }
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
