package cn.energyinspect.app.devservices;

import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearch;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded MariaDB and Elasticsearch when the environment names no database or search server, and points
 * the application at them. Runs before any bean exists, so the DataSource, Flyway and Camunda all see the embedded
 * server as if it had been configured. The servers are shared per JVM: a second application context (tests) reuses
 * them.
 */
public class EmbeddedServersEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE_NAME = "energyinspectDevServices";
    static final String DATABASE = "energyinspect";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("energyinspect.dev-services.enabled", Boolean.class, true)) {
            return;
        }
        boolean temporary = "TEMPORARY".equalsIgnoreCase(environment.getProperty("energyinspect.dev-services.mode"));
        Path dataDir = Path.of(environment.getProperty("energyinspect.dev-services.data-dir", "var/dev-services"));
        Map<String, Object> properties = new HashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            EmbeddedMariaDb db = EmbeddedMariaDb.startShared(
                    temporary ? MariaDbSettings.forTests() : MariaDbSettings.persistent(dataDir.resolve("mariadb")));
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
            EmbeddedElasticsearch es = EmbeddedElasticsearch.startShared(
                    temporary
                            ? ElasticsearchSettings.forTests()
                            : ElasticsearchSettings.persistent(dataDir.resolve("elasticsearch")));
            properties.put("energyinspect.search.uris", es.httpUri().toString());
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
        }
    }

    @Override
    public int getOrder() {
        // after the config files are read (ConfigDataEnvironmentPostProcessor), so their settings count
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
