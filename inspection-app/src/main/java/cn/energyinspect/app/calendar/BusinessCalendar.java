package cn.energyinspect.app.calendar;

import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import cn.energyinspect.workflow.CalendarPort;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar in force, for everything in the app that counts days and for the engine's timers ({@link
 * CalendarPort}): the years shipped with the rules library, each replaced or completed by the year a province
 * administrator entered. Held in memory and swapped whole; loaded at start-up (or at first use, whichever comes
 * first), again on this node when a year is saved here, and on every node when the revision in the database moves
 * (checked every {@code energyinspect.calendar.refresh-interval}).
 *
 * <p>Deadlines of the app use {@link #provisional()}: a year not entered yet is counted over weekends and the result
 * says so; {@link #calendar()} is the strict calendar for a caller that needs certainty.
 */
@Component
public class BusinessCalendar implements CalendarPort {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);

    private final CalendarMapper mapper;
    private final CalendarProperties properties;
    private final BusinessTime time;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "calendar-revision-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Snapshot current;

    BusinessCalendar(CalendarMapper mapper, CalendarProperties properties, BusinessTime time) {
        this.mapper = mapper;
        this.properties = properties;
        this.time = time;
    }

    /** What is loaded: the revision read before the rows, the calendar, and the years entered by administrators. */
    record Snapshot(long revision, WorkingDayCalendar calendar, Map<Integer, CalendarYearRow> entered) {}

    /** The strict calendar in force: a date in a year not loaded is refused. */
    @Override
    public WorkingDayCalendar calendar() {
        return snapshot().calendar();
    }

    /** The calendar in force, counting a year not loaded over weekends and flagging the deadlines it affects. */
    public WorkingDayCalendar provisional() {
        return calendar().allowingProvisional();
    }

    /**
     * Whether a count between the earliest and the latest of {@code moments} (China dates; nulls ignored) runs through
     * a year whose holidays are not loaded, i.e. is counted over weekends only (暂按周末计算).
     */
    public boolean isProvisional(Instant... moments) {
        List<LocalDate> days = new ArrayList<>();
        for (Instant moment : moments) {
            if (moment != null) {
                days.add(moment.atZone(CHINA).toLocalDate());
            }
        }
        if (days.isEmpty()) {
            return false;
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        return !calendar().yearsNotLoaded(first, last).isEmpty();
    }

    /**
     * The statutory clock of a step: working days from today to the day its deadline belongs to, negative when
     * overdue, counted over weekends through a year not loaded (see {@link #isProvisional}); {@code null} without a
     * deadline or beyond what the calendar can count.
     */
    public Integer workingDaysLeft(Instant deadline) {
        if (deadline == null) {
            return null;
        }
        try {
            return provisional().workingDaysBetween(time.today(), time.dueDayOf(deadline));
        } catch (RuntimeException beyondCalendar) {
            return null;
        }
    }

    /** The year as an administrator entered it, if one did. */
    Optional<CalendarYearRow> entered(int year) {
        return Optional.ofNullable(snapshot().entered().get(year));
    }

    /** Loads the calendar from the database now. */
    public synchronized void refresh() {
        long revision = mapper.revision();
        Map<Integer, List<CalendarDayRow>> days =
                mapper.days().stream().collect(Collectors.groupingBy(CalendarDayRow::year));
        WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
        Map<Integer, CalendarYearRow> entered = new java.util.TreeMap<>();
        for (CalendarYearRow row : mapper.years()) {
            try {
                calendar =
                        calendar.withYear(EnteredYears.toYearCalendar(row, days.getOrDefault(row.year(), List.of())));
                entered.put(row.year(), row);
            } catch (InvalidInputException | IllegalArgumentException broken) {
                // only a change made around the API can get here; the shipped data (or weekends) stay in force
                log.error(
                        "CAL-001 holidays of {} in the database are not usable, left out: {}",
                        row.year(),
                        broken.getMessage());
            }
        }
        Snapshot previous = current;
        current = new Snapshot(revision, calendar, Map.copyOf(entered));
        if (previous == null || previous.revision() != revision) {
            log.info("CAL-002 working-day calendar revision {} in force: years {}", revision, calendar.loadedYears());
        }
    }

    private Snapshot snapshot() {
        Snapshot loaded = current;
        if (loaded == null) {
            synchronized (this) {
                if (current == null) {
                    refresh();
                }
                loaded = current;
            }
        }
        return Objects.requireNonNull(loaded);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        refresh();
        long every = properties.refreshInterval().toMillis();
        checker.scheduleWithFixedDelay(this::checkRevision, every, every, TimeUnit.MILLISECONDS);
    }

    /** Reloads when another node changed a year (the revision moved). */
    void checkRevision() {
        try {
            Snapshot loaded = current;
            if (loaded == null || mapper.revision() != loaded.revision()) {
                refresh();
            }
        } catch (RuntimeException e) {
            log.warn("CAL-003 calendar revision check failed, keeping the loaded calendar: {}", e.toString());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
