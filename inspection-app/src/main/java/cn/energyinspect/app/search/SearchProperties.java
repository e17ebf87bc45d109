package cn.energyinspect.app.search;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings under {@code energyinspect.search}.
 *
 * @param uris the Elasticsearch nodes ({@code ENERGYINSPECT_SEARCH_URIS}, comma-separated); set to the embedded node
 *     in the default run
 * @param username optional basic-auth user of the cluster
 * @param password optional basic-auth password
 * @param startupTimeout how long start-up waits for the cluster before failing with a clear message
 * @param connectTimeout how long opening a connection to a node may take
 * @param readTimeout how long a search, a health check or a consistency check waits for Elasticsearch's answer; when
 *     it passes the search answers 503 {@code search-unavailable}. A frozen cluster thus costs a reader this long, not
 *     the whole freeze
 * @param writeTimeout the same for the indexer's bulk writes and a rebuild's steps, which may legitimately take longer;
 *     a timed-out write is retried from the outbox (documents are written by id, so a retry never duplicates)
 * @param healthTimeout how long {@code /actuator/health} waits for the search component before reporting it DOWN; the
 *     check goes on in the background and its result is reused for a few seconds
 * @param replicas replicas of each shard of a new index; unset: one when the cluster has more than one data node, none
 *     on a single node (a replica could never be placed there and would keep the cluster yellow)
 */
@ConfigurationProperties("energyinspect.search")
public record SearchProperties(
        List<URI> uris,
        String username,
        String password,
        Duration startupTimeout,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        Duration healthTimeout,
        Integer replicas) {
    public SearchProperties {
        if (replicas != null && replicas < 0) {
            throw new IllegalArgumentException("energyinspect.search.replicas must be 0 or more");
        }
        uris = uris == null ? List.of() : List.copyOf(uris);
        startupTimeout = positive(startupTimeout, Duration.ofSeconds(30), "startup-timeout");
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(2), "connect-timeout");
        readTimeout = positive(readTimeout, Duration.ofSeconds(5), "read-timeout");
        writeTimeout = positive(writeTimeout, Duration.ofSeconds(60), "write-timeout");
        healthTimeout = positive(healthTimeout, Duration.ofSeconds(1), "health-timeout");
    }

    /** The cluster's address with the default timeouts. */
    public static SearchProperties of(List<URI> uris, Duration startupTimeout) {
        return new SearchProperties(uris, null, null, startupTimeout, null, null, null, null, null);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("energyinspect.search." + name + " must be positive");
        }
        return value;
    }
}
