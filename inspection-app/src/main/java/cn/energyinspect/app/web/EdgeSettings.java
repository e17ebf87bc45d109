package cn.energyinspect.app.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the HTTP edge under {@code energyinspect.web}.
 *
 * @param uploadReadTimeout how long the server waits for the next bytes of a request body (an upload) before it gives
 *     up with a 408 problem, removes the part already written to a temporary file and frees the worker thread; a slow
 *     but moving upload is not affected, only one that stalls. Tomcat's multipart parser waits once for the data and
 *     once more while it closes the part, so a stalled upload is answered after about twice this (20 s by default)
 *     and its connection dropped after about three times, instead of after minutes
 */
@ConfigurationProperties("energyinspect.web")
public record EdgeSettings(Duration uploadReadTimeout) {
    public EdgeSettings {
        uploadReadTimeout = uploadReadTimeout == null ? Duration.ofSeconds(10) : uploadReadTimeout;
        if (uploadReadTimeout.isNegative() || uploadReadTimeout.isZero()) {
            throw new IllegalArgumentException("energyinspect.web.upload-read-timeout must be positive");
        }
    }
}
