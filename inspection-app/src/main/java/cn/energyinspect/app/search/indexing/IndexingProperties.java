package cn.energyinspect.app.search.indexing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search indexer under {@code energyinspect.search.indexing}.
 *
 * @param enabled false stops the worker (rows wait in the outbox); for maintenance and benchmarks
 * @param batchSize outbox rows claimed per batch, sent as one bulk request
 * @param pollDelay pause between batches when the outbox had no more rows due
 * @param maxAttempts failed attempts after which a row is parked for an administrator
 * @param firstRetryDelay back-off after the first failure, doubled per attempt
 * @param maxRetryDelay ceiling of the per-row back-off and of the pause while Elasticsearch is unreachable
 * @param rebuildChunk cases read and sent together by a rebuild
 */
@ConfigurationProperties("energyinspect.search.indexing")
public record IndexingProperties(
        Boolean enabled,
        Integer batchSize,
        Duration pollDelay,
        Integer maxAttempts,
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        Integer rebuildChunk) {
    public IndexingProperties {
        enabled = enabled == null || enabled;
        batchSize = positive(batchSize, 500, "batch-size");
        pollDelay = pollDelay == null ? Duration.ofMillis(250) : pollDelay;
        maxAttempts = positive(maxAttempts, 10, "max-attempts");
        firstRetryDelay = firstRetryDelay == null ? Duration.ofSeconds(1) : firstRetryDelay;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofMinutes(10) : maxRetryDelay;
        rebuildChunk = positive(rebuildChunk, 200, "rebuild-chunk");
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("energyinspect.search.indexing." + name + " must be at least 1");
        }
        return value;
    }

    /** Back-off before the next attempt of a row that has failed {@code attempts} times before this failure. */
    Duration retryDelay(int attempts) {
        long millis = firstRetryDelay.toMillis() << Math.min(attempts, 30);
        return Duration.ofMillis(Math.min(millis, maxRetryDelay.toMillis()));
    }
}
