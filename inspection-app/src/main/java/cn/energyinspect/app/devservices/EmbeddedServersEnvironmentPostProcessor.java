package cn.energyinspect.app.devservices;

import cn.energyinspect.devservices.DevServiceException;
import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearch;
import cn.energyinspect.devservices.EmbeddedElasticsearchCluster;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import cn.energyinspect.devservices.PortInUseException;
import cn.energyinspect.devservices.ServerLog;
import cn.energyinspect.devservices.ServerUsers;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded MariaDB and Elasticsearch when the environment names no database or search server, and points
 * the application at them. Runs before any bean exists, so the DataSource, Flyway and Camunda all see the embedded
 * server as if it had been configured. The servers are shared per JVM: a second application context (tests) reuses
 * them. They report through the application's log (deferred until Spring Boot's logging has started) and are started
 * again when they die.
 */
public class EmbeddedServersEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE_NAME = "energyinspectDevServices";
    static final String DATABASE = "energyinspect";
    static final String DATABASE_PORT = "energyinspect.dev-services.database.port";
    static final String SEARCH_PORT = "energyinspect.dev-services.search.port";
    static final String SEARCH_NODES = "energyinspect.dev-services.search.nodes";
    static final String SEARCH_HEAP = "energyinspect.dev-services.search.heap";

    private final ServerLog databaseLog;
    private final ServerLog searchLog;

    public EmbeddedServersEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.databaseLog = serverLog(logs.getLog(EmbeddedMariaDb.class));
        this.searchLog = serverLog(logs.getLog(EmbeddedElasticsearch.class));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("energyinspect.dev-services.enabled", Boolean.class, true)) {
            return;
        }
        boolean temporary = "TEMPORARY".equalsIgnoreCase(environment.getProperty("energyinspect.dev-services.mode"));
        Path dataDir = Path.of(environment.getProperty("energyinspect.dev-services.data-dir", "var/dev-services"));
        Map<String, Object> properties = new HashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            MariaDbSettings settings =
                    temporary ? MariaDbSettings.forTests() : MariaDbSettings.persistent(dataDir.resolve("mariadb"));
            Integer port = environment.getProperty(DATABASE_PORT, Integer.class);
            MariaDbSettings chosen = port == null ? settings : settings.withPort(port);
            EmbeddedMariaDb db = onPort(DATABASE_PORT, () -> EmbeddedMariaDb.startShared(chosen, databaseLog));
            properties.put("spring.datasource.url", db.jdbcUrl(DATABASE));
            properties.put("spring.datasource.username", db.username());
            properties.put("spring.datasource.password", db.password());
            if (!temporary && !environment.containsProperty("energyinspect.demo-data.enabled")) {
                // the default run on its own embedded database: show the product with demo data and demo users
                properties.put("energyinspect.demo-data.enabled", true);
                properties.put("camunda.bpm.admin-user.id", "admin");
                properties.put("camunda.bpm.admin-user.password", "demo");
            }
        }
        if (!environment.containsProperty("energyinspect.search.uris")) {
            ElasticsearchSettings settings = temporary
                    ? ElasticsearchSettings.forTests()
                    : ElasticsearchSettings.persistent(dataDir.resolve("elasticsearch"));
            Integer port = environment.getProperty(SEARCH_PORT, Integer.class);
            int nodes = environment.getProperty(SEARCH_NODES, Integer.class, 1);
            if (nodes < 1) {
                throw new DevServiceException(SEARCH_NODES + " must be at least 1, was " + nodes);
            }
            if (nodes == 1) {
                String heap = environment.getProperty(SEARCH_HEAP);
                ElasticsearchSettings sized = heap == null ? settings : settings.withHeap(heap);
                ElasticsearchSettings chosen = port == null ? sized : sized.withPort(port);
                EmbeddedElasticsearch es =
                        onPort(SEARCH_PORT, () -> EmbeddedElasticsearch.startShared(chosen, searchLog));
                properties.put("energyinspect.search.uris", es.httpUri().toString());
            } else {
                // its own folder (node-1 … inside), so a single node's data never meets a cluster's; free ports unless
                // search.port names the first node's (the others follow it); a small heap per node
                ElasticsearchSettings cluster = (temporary
                                ? ElasticsearchSettings.forTestCluster()
                                : ElasticsearchSettings.persistent(dataDir.resolve("elasticsearch-cluster")))
                        .withHeap(environment.getProperty(SEARCH_HEAP, ElasticsearchSettings.CLUSTER_NODE_HEAP));
                ElasticsearchSettings chosen = cluster.withPort(port == null ? 0 : port);
                EmbeddedElasticsearchCluster es =
                        onPort(SEARCH_PORT, () -> EmbeddedElasticsearchCluster.startShared(chosen, nodes, searchLog));
                properties.put(
                        "energyinspect.search.uris",
                        es.httpUris().stream().map(Object::toString).collect(Collectors.joining(",")));
            }
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
            // on SIGTERM the servers' shutdown hook and Spring's run side by side: close the application first, or the
            // database stops under the process engine's and the pool's last statements
            if (application != null) {
                application.addInitializers(context -> ServerUsers.stopBeforeServers(context::close));
            }
        }
    }

    /** Starts a server; a port in use is reported with the setting that chooses another. */
    private static <T> T onPort(String setting, Supplier<T> start) {
        try {
            return start.get();
        } catch (PortInUseException e) {
            throw new DevServiceException(
                    e.getMessage() + " Set " + setting + " (environment variable "
                            + setting.toUpperCase(java.util.Locale.ROOT)
                                    .replace('.', '_')
                                    .replace("-", "") + ") to another port, or to 0"
                            + " for any free port.",
                    e);
        }
    }

    private static ServerLog serverLog(Log log) {
        return ServerLog.of(log::info, log::warn);
    }

    @Override
    public int getOrder() {
        // after the config files are read (ConfigDataEnvironmentPostProcessor), so their settings count
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
