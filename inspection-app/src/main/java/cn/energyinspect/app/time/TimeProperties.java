package cn.energyinspect.app.time;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code energyinspect.time-zone}: the zone the agency's business dates are read in; Asia/Shanghai unless set (one zone
 * per deployment: every agency of the system works in it).
 */
@ConfigurationProperties("energyinspect")
public record TimeProperties(ZoneId timeZone) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public TimeProperties {
        timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
    }
}
