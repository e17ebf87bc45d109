package cn.energyinspect.devservices;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Run in its own JVM by {@link NoOrphanTest}: starts both servers (or, given a folder, MariaDB on it), says
 * which pids, then waits to be killed.
 */
public final class OrphanProbeMain {
    private OrphanProbeMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            EmbeddedMariaDb db =
                    EmbeddedMariaDb.startShared(new MariaDbSettings(Path.of(args[0]), 0, Duration.ofSeconds(120)));
            System.out.println("MARIADB_PID=" + db.pid());
            System.out.println("WATCHDOG_PID=" + db.watchdogPid());
        } else {
            var es = CompletableFuture.supplyAsync(
                    () -> EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests()));
            var db = CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.startShared(MariaDbSettings.forTests()));
            System.out.println("ES_PID=" + es.get().pid());
            System.out.println("MARIADB_PID=" + db.get().pid());
            System.out.println("WATCHDOG_PID=" + db.get().watchdogPid());
            System.out.println("DIR=" + ElasticsearchSettings.forTests().dataDir());
            System.out.println("DIR=" + MariaDbSettings.forTests().dataDir());
        }
        System.out.println("READY");
        Thread.sleep(Long.MAX_VALUE);
    }
}
