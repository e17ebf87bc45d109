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
 */
@ConfigurationProperties("energyinspect.search")
public record SearchProperties(List<URI> uris, String username, String password, Duration startupTimeout) {
    public SearchProperties {
        uris = uris == null ? List.of() : List.copyOf(uris);
        startupTimeout = startupTimeout == null ? Duration.ofSeconds(30) : startupTimeout;
    }
}
