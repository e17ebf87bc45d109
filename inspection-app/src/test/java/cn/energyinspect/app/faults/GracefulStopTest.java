package cn.energyinspect.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The default run stopped with SIGTERM (Ctrl-C, a service manager's stop): the application closes on a database that
 * is still up, and only then does its embedded MariaDB stop. Both ran in JVM shutdown hooks side by side, and the
 * database could stop under the closing process engine ("destroy method failed on processEngineFactoryBean").
 */
@IntegrationTest
class GracefulStopTest {
    @Autowired
    Environment environment;

    @Test
    void on_sigterm_the_application_closes_before_its_embedded_database_stops(@TempDir Path folder) {
        Map<String, String> ownDatabase = new HashMap<>();
        // its own temporary embedded MariaDB, as the default run starts one; the test context's search server
        ownDatabase.put("spring.datasource.url", null);
        ownDatabase.put("spring.datasource.username", null);
        ownDatabase.put("spring.datasource.password", null);
        ownDatabase.put("energyinspect.dev-services.enabled", "true");
        ownDatabase.put("energyinspect.dev-services.mode", "TEMPORARY");
        // the search index is the test context's: this node writes nothing into it
        ownDatabase.put("energyinspect.search.indexing.enabled", "false");
        ownDatabase.put("logging.level.root", "INFO");
        try (ChildApp app = ChildApp.start("graceful", folder, environment, ownDatabase)) {
            app.awaitReady(Duration.ofSeconds(240));
            String started = app.output();
            assertThat(started).as("it started its own database").contains("MariaDB ready on 127.0.0.1:");

            int exit = app.stop(Duration.ofSeconds(90));

            String output = app.output();
            String shutdown = output.substring(started.length());
            System.out.println("GRACEFUL-STOP exit=" + exit + " shutdown output:\n" + shutdown);
            assertThat(exit).as("the JVM's exit on SIGTERM").isIn(0, 143);
            List<String> problems = shutdown.lines()
                    .filter(line -> line.contains(" ERROR ")
                            || line.contains("destroy method")
                            || line.contains("Communications link failure")
                            || line.contains("Exception"))
                    .toList();
            assertThat(problems).as("the close ran on a live database").isEmpty();
        }
    }
}
