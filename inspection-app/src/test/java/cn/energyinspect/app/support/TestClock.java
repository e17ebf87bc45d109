package cn.energyinspect.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in tests, moved together with Camunda's engine clock, so statutory periods and timers are
 * tested by moving time, never by sleeping. Reset it after each test that moves it.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now.get();
        return fixed != null ? fixed : Instant.now();
    }

    public void set(Instant instant) {
        now.set(instant);
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public void advance(Duration duration) {
        set(instant().plus(duration));
    }

    public void reset() {
        now.set(null);
        ClockUtil.reset();
    }
}
