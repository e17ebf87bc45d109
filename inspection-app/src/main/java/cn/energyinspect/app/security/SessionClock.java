package cn.energyinspect.app.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The time a browser session's idleness is measured in: the wall clock, not the application's business {@link
 * java.time.Clock} (which tests move through statutory periods of days while a page stays signed in).
 */
@Component
class SessionClock {
    private volatile Duration offset = Duration.ZERO;

    Instant now() {
        return Instant.now().plus(offset);
    }

    /** Moves this clock on, for tests of the idle timeout; {@link #reset} brings it back. Nothing else calls it. */
    void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    void reset() {
        offset = Duration.ZERO;
    }
}
