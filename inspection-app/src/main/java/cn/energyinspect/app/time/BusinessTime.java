package cn.energyinspect.app.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The agency's time: every business date (today, a deadline, a document's date, the year of a case number, a draw's
 * date, a dashboard period) is a date in the agency's zone ({@code energyinspect.time-zone}, default Asia/Shanghai),
 * never the UTC date. Between 00:00 and 08:00 Beijing time the two differ by a day, and on 1 January by a year.
 */
public final class BusinessTime {
    private final Clock clock;
    private final ZoneId zone;

    public BusinessTime(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The zone business dates are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** Now, as an instant. */
    public Instant now() {
        return clock.instant();
    }

    /** Today in the agency's zone. */
    public LocalDate today() {
        return dateOf(clock.instant());
    }

    /** The agency's date of an instant, e.g. the day an inspection ended. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * The business day a deadline belongs to: a deadline at the end of day D is stored as its exclusive end, 00:00 of
     * D + 1 ({@link #endOf}), and belongs to D.
     */
    public LocalDate dueDayOf(Instant deadline) {
        return dateOf(deadline.minusNanos(1));
    }

    /** Wall time of an instant in the agency's zone, as documents print it. */
    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    /** The first instant of a business day (for periods such as "opened from 2026-01-01"). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after a business day (the exclusive end of a period "to 2026-12-31"). */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
