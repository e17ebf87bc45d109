package cn.energyinspect.app.penalty.credit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the credit platform delivery under {@code energyinspect.credit}.
 *
 * @param exportDir where the default adapter writes the exchange files (Excel and JSON) for the manual upload to the
 *     provincial platform
 * @param delivery the outbox worker
 */
@ConfigurationProperties("energyinspect.credit")
public record CreditProperties(Path exportDir, Delivery delivery) {

    public CreditProperties {
        exportDir = exportDir == null ? Path.of("var", "credit-exports") : exportDir;
        delivery = delivery == null ? new Delivery(null, null, null, null, null, null) : delivery;
    }

    /**
     * @param enabled false stops the worker thread (rows wait; tests deliver by hand, as they fire timers)
     * @param batchSize rows delivered together (one exchange file)
     * @param pollDelay pause when nothing was due
     * @param maxAttempts a row the platform refuses this many times is parked for an administrator (an outage is no
     *     attempt: the rows wait untouched)
     * @param firstRetryDelay back-off after a refusal, doubled per attempt
     * @param maxRetryDelay ceiling of the back-off and of the pause while the platform is down
     */
    public record Delivery(
            Boolean enabled,
            Integer batchSize,
            Duration pollDelay,
            Integer maxAttempts,
            Duration firstRetryDelay,
            Duration maxRetryDelay) {
        public Delivery {
            enabled = enabled == null || enabled;
            batchSize = batchSize == null || batchSize < 1 ? 200 : batchSize;
            pollDelay = pollDelay == null ? Duration.ofSeconds(2) : pollDelay;
            maxAttempts = maxAttempts == null || maxAttempts < 1 ? 10 : maxAttempts;
            firstRetryDelay = firstRetryDelay == null ? Duration.ofMinutes(1) : firstRetryDelay;
            maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
        }

        /** Back-off before the next attempt of a row refused {@code attempts} times before this refusal. */
        Duration retryDelay(int attempts) {
            long millis = firstRetryDelay.toMillis() << Math.min(attempts, 30);
            return Duration.ofMillis(Math.min(millis, maxRetryDelay.toMillis()));
        }
    }
}
