package cn.energyinspect.app.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.devservices.DevServiceException;
import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearch;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.impl.NoOpLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * The default run's servers: their ports come from {@code energyinspect.dev-services.database.port} and {@code
 * ...search.port} (so two runs can share a host), a taken port is reported with the setting to change, and their
 * lines (ready, stopped, restarted) go to the application's log.
 */
class EmbeddedServersEnvironmentPostProcessorTest {
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final EmbeddedServersEnvironmentPostProcessor servers =
            new EmbeddedServersEnvironmentPostProcessor(new Recording());

    @Test
    void a_default_run_on_given_ports_starts_both_servers_there_and_says_so_in_the_apps_log(@TempDir Path dir)
            throws IOException {
        int databasePort = freePort();
        int searchPort = freePort();
        MockEnvironment environment = new MockEnvironment()
                .withProperty("energyinspect.dev-services.data-dir", dir.toString())
                .withProperty("energyinspect.dev-services.database.port", Integer.toString(databasePort))
                .withProperty("energyinspect.dev-services.search.port", Integer.toString(searchPort));
        try {
            servers.postProcessEnvironment(environment, null);

            assertThat(environment.getProperty("spring.datasource.url"))
                    .startsWith("jdbc:mysql://127.0.0.1:" + databasePort + "/energyinspect?");
            assertThat(environment.getProperty("energyinspect.search.uris"))
                    .isEqualTo("http://127.0.0.1:" + searchPort);
            assertThat(logged)
                    .anyMatch(line -> line.startsWith("INFO MariaDB ready on 127.0.0.1:" + databasePort))
                    .anyMatch(line -> line.startsWith("INFO Elasticsearch ready on http://127.0.0.1:" + searchPort));
        } finally {
            // the servers of that data folder (port 0: never a fixed port, should the start above have failed)
            EmbeddedMariaDb.startShared(
                            MariaDbSettings.persistent(dir.resolve("mariadb")).withPort(0))
                    .close();
            EmbeddedElasticsearch.startShared(ElasticsearchSettings.persistent(dir.resolve("elasticsearch"))
                            .withPort(0))
                    .close();
        }
    }

    @Test
    void a_database_port_in_use_names_the_setting_that_chooses_another(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MockEnvironment environment = new MockEnvironment()
                    .withProperty("energyinspect.dev-services.data-dir", dir.toString())
                    .withProperty("energyinspect.dev-services.database.port", Integer.toString(taken.getLocalPort()))
                    .withProperty("energyinspect.search.uris", "http://127.0.0.1:9");

            assertThatThrownBy(() -> servers.postProcessEnvironment(environment, null))
                    .isInstanceOf(DevServiceException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("energyinspect.dev-services.database.port")
                    .hasMessageContaining("ENERGYINSPECT_DEVSERVICES_DATABASE_PORT");
        }
    }

    @Test
    void a_search_port_in_use_names_the_setting_that_chooses_another(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MockEnvironment environment = new MockEnvironment()
                    .withProperty("energyinspect.dev-services.data-dir", dir.toString())
                    .withProperty("energyinspect.dev-services.search.port", Integer.toString(taken.getLocalPort()))
                    .withProperty("spring.datasource.url", "jdbc:mysql://127.0.0.1:9/x?nullDatabaseMeansCurrent=true");

            assertThatThrownBy(() -> servers.postProcessEnvironment(environment, null))
                    .isInstanceOf(DevServiceException.class)
                    .hasMessageContaining("energyinspect.dev-services.search.port")
                    .hasMessageContaining("ENERGYINSPECT_DEVSERVICES_SEARCH_PORT");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stands in for Spring Boot's deferred logs: keeps what the servers report. */
    private final class Recording implements DeferredLogFactory {
        @Override
        public Log getLog(Supplier<Log> destination) {
            return new NoOpLog() {
                @Override
                public void info(Object message) {
                    logged.add("INFO " + message);
                }

                @Override
                public void warn(Object message) {
                    logged.add("WARN " + message);
                }
            };
        }
    }
}
