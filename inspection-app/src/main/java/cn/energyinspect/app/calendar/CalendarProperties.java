package cn.energyinspect.app.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calendar settings under {@code energyinspect.calendar}.
 *
 * @param refreshInterval how often each app node compares the calendar revision in the database with the one it
 *     loaded (a year entered on another node is in force here after at most this long)
 */
@ConfigurationProperties("energyinspect.calendar")
public record CalendarProperties(Duration refreshInterval) {
    public CalendarProperties {
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("energyinspect.calendar.refresh-interval must be positive");
        }
    }
}
