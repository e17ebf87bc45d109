package cn.energyinspect.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings under {@code energyinspect.security}.
 *
 * @param tokenTtl how long an API token is valid
 * @param maxFailuresBeforeDelay failed logins in a row after which each further attempt must wait
 * @param maxDelay the longest wait imposed after repeated failures
 */
@Validated
@ConfigurationProperties("energyinspect.security")
public record SecurityProperties(Duration tokenTtl, int maxFailuresBeforeDelay, Duration maxDelay) {
    public SecurityProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(8) : tokenTtl;
        maxFailuresBeforeDelay = maxFailuresBeforeDelay <= 0 ? 5 : maxFailuresBeforeDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
    }
}
