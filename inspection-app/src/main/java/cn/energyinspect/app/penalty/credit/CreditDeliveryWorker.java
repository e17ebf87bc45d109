package cn.energyinspect.app.penalty.credit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The outbox's own thread: runs batches back to back while rows are due and every {@code poll-delay} otherwise; while
 * the platform is down it backs off (up to {@code max-retry-delay}) and logs the outage once ({@code
 * C-CREDIT-PLATFORM-DOWN} … {@code C-CREDIT-PLATFORM-UP}). Start-up only starts the thread, so nothing waits for the
 * platform. Off with {@code energyinspect.credit.delivery.enabled=false}.
 */
@Component
class CreditDeliveryWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(CreditDeliveryWorker.class);
    private static final Duration FIRST_OUTAGE_PAUSE = Duration.ofSeconds(5);

    private final CreditDeliveries deliveries;
    private final CreditProperties settings;
    private volatile Thread thread;
    private boolean down;
    private Duration outagePause = FIRST_OUTAGE_PAUSE;

    CreditDeliveryWorker(CreditDeliveries deliveries, CreditProperties settings) {
        this.deliveries = deliveries;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (thread != null || !settings.delivery().enabled()) {
            return;
        }
        thread = Thread.ofPlatform().name("credit-delivery").daemon().unstarted(this::run);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            Duration pause;
            try {
                CreditDeliveries.Batch batch = deliveries.runOnce();
                pause = batch.unavailable() ? outage() : up(batch);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                log.error("C-CREDIT-DELIVERY-ERROR {}", e.toString(), e);
                pause = settings.delivery().maxRetryDelay();
            }
            try {
                if (!pause.isZero()) {
                    Thread.sleep(pause);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Duration outage() {
        if (!down) {
            down = true;
            log.warn("C-CREDIT-PLATFORM-DOWN delivery paused, outbox rows wait");
        }
        Duration pause = outagePause;
        Duration doubled = outagePause.multipliedBy(2);
        outagePause = doubled.compareTo(settings.delivery().maxRetryDelay()) > 0
                ? settings.delivery().maxRetryDelay()
                : doubled;
        return pause;
    }

    private Duration up(CreditDeliveries.Batch batch) {
        if (down) {
            down = false;
            log.info("C-CREDIT-PLATFORM-UP delivery resumed");
        }
        outagePause = FIRST_OUTAGE_PAUSE;
        return batch.rows() >= settings.delivery().batchSize()
                ? Duration.ZERO
                : settings.delivery().pollDelay();
    }
}
