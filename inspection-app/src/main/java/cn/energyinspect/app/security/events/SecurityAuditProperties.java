package cn.energyinspect.app.security.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long security events are kept ({@code energyinspect.security.audit}). 网络安全法 第二十一条 requires network logs
 * to be kept at least six months: a retention shorter than {@link #MINIMUM_RETENTION} refuses to start, and whatever
 * the setting, neither the purge nor the database (trigger on {@code security_event}) removes a row younger than six
 * calendar months (which can be up to 184 days).
 *
 * @param retention how long a security event is kept (default 180 days)
 * @param purgeInterval how often the purge job runs on each node
 * @param purgeEnabled whether this node runs the purge job at all
 */
@ConfigurationProperties("energyinspect.security.audit")
public record SecurityAuditProperties(Duration retention, Duration purgeInterval, Boolean purgeEnabled) {
    public static final Duration MINIMUM_RETENTION = Duration.ofDays(180);

    public SecurityAuditProperties {
        retention = retention == null ? MINIMUM_RETENTION : retention;
        purgeInterval = purgeInterval == null ? Duration.ofHours(24) : purgeInterval;
        purgeEnabled = purgeEnabled == null || purgeEnabled;
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("energyinspect.security.audit.retention must be at least 180 days"
                    + " (网络安全法 第二十一条: 网络日志留存不少于六个月); got " + retention);
        }
        if (purgeInterval.toMinutes() < 1) {
            throw new IllegalArgumentException("energyinspect.security.audit.purge-interval must be at least 1m");
        }
    }
}
