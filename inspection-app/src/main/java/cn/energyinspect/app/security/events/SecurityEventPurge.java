package cn.energyinspect.app.security.events;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the housekeeping of the security tables on its own daemon thread: a first run a minute after start, then every
 * {@code purge-interval}. Every node may run it: the deletes are idempotent. Expired tokens and stale login counters go
 * with it ({@link SecurityHousekeeping}).
 */
@Component
class SecurityEventPurge implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SecurityEventPurge.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final SecurityEvents events;
    private final List<SecurityHousekeeping> housekeeping;
    private final SecurityAuditProperties settings;
    private volatile ScheduledExecutorService executor;

    SecurityEventPurge(
            SecurityEvents events, List<SecurityHousekeeping> housekeeping, SecurityAuditProperties settings) {
        this.events = events;
        this.housekeeping = housekeeping;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (executor != null || !settings.purgeEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("security-purge").daemon().factory());
        executor.scheduleWithFixedDelay(
                this::runOnce, FIRST_RUN.toSeconds(), settings.purgeInterval().toSeconds(), TimeUnit.SECONDS);
    }

    void runOnce() {
        try {
            events.purge();
            housekeeping.forEach(SecurityHousekeeping::clean);
        } catch (RuntimeException e) {
            log.error("S-SECURITY-PURGE-FAILED {}", e.toString(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
