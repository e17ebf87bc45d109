package cn.energyinspect.devservices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch 9 in a child JVM (same JDK as this one) on 127.0.0.1, assembled from Maven
 * Central jars, with the transport-netty4 module and a {@code smartcn} analyzer. The data folder holds
 * {@code data/} (indices), {@code elasticsearch.log} (the child's output) and a pid file. See package-info.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Map<Path, EmbeddedElasticsearch> RUNNING = new ConcurrentHashMap<>();
    private static final String MAIN_CLASS = "cn.energyinspect.devservices.eslauncher.EsServerMain";
    private static final int MIN_JAVA = 21;
    /** Options of the parent JVM that must not leak into the child (agents, debug ports, class path). */
    private static final List<String> PARENT_ONLY_ENVIRONMENT =
            List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH");

    private final Path dataDir;
    private final URI httpUri;
    private final ChildProcess node;
    private final PidFile pidFile;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean closed;

    private EmbeddedElasticsearch(Path dataDir, URI httpUri, ChildProcess node, PidFile pidFile) {
        this.dataDir = dataDir;
        this.httpUri = httpUri;
        this.node = node;
        this.pidFile = pidFile;
    }

    /**
     * Starts (or returns the already running) node of this JVM for these settings' data folder. Idempotent
     * per JVM: a second call reuses the running node.
     */
    public static synchronized EmbeddedElasticsearch startShared(ElasticsearchSettings settings) {
        Path dataDir = Folders.writable(settings.dataDir(), "Elasticsearch data folder");
        return SharedServers.startShared(
                RUNNING, dataDir, es -> es.node.isAlive(), EmbeddedElasticsearch::close, dir -> start(dir, settings));
    }

    private static EmbeddedElasticsearch start(Path dataDir, ElasticsearchSettings settings) {
        long t0 = System.nanoTime();
        Path java = javaOfThisJvm();
        PidFile pidFile = new PidFile(dataDir.resolve("elasticsearch.owner"), MAIN_CLASS);
        pidFile.stopOrphan("Elasticsearch");
        int port = Ports.freeOrRequired(settings.port(), "Elasticsearch");
        Path home = EsDistribution.unpacked();
        Path tmp = Folders.writable(dataDir.resolve("tmp"), "Elasticsearch tmp folder");
        List<String> command = List.of(
                java.toString(),
                "-Xms" + settings.heap(),
                "-Xmx" + settings.heap(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp,
                "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true",
                "--enable-native-access=ALL-UNNAMED,org.elasticsearch.nativeaccess",
                "--module-path",
                home.resolve(EsDistribution.MODULE_PATH).toString(),
                "--add-modules",
                "ALL-MODULE-PATH",
                "-cp",
                home.resolve(EsDistribution.LAUNCHER_JAR).toString(),
                MAIN_CLASS,
                home.toString(),
                dataDir.toString(),
                Integer.toString(port),
                Long.toString(ProcessHandle.current().pid()));
        ChildProcess node = ChildProcess.start(
                "Elasticsearch",
                command,
                dataDir.resolve("elasticsearch.log"),
                dataDir,
                env -> PARENT_ONLY_ENVIRONMENT.forEach(env::remove));
        pidFile.write(node.pid());
        EmbeddedElasticsearch es =
                new EmbeddedElasticsearch(dataDir, URI.create("http://127.0.0.1:" + port), node, pidFile);
        ShutdownHook.stopAtExit(es);
        try {
            node.awaitReady(es::isHealthy, settings.startTimeout());
        } catch (RuntimeException e) {
            es.close();
            throw e;
        }
        log.info(
                "Elasticsearch ready on {} in {} ms (data folder {}, pid {})",
                es.httpUri,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
                dataDir,
                node.pid());
        return es;
    }

    private static Path javaOfThisJvm() {
        int feature = Runtime.version().feature();
        String javaHome = System.getProperty("java.home");
        if (feature < MIN_JAVA) {
            throw new DevServiceException("Elasticsearch 9 needs Java " + MIN_JAVA + " or newer, but this JVM is Java "
                    + feature + " (" + javaHome + "). Run with a JDK " + MIN_JAVA + "+ (JAVA_HOME).");
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        return Path.of(javaHome, "bin", windows ? "java.exe" : "java");
    }

    private boolean isHealthy() {
        HttpRequest request = HttpRequest.newBuilder(
                        httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServiceException("interrupted while waiting for Elasticsearch", e);
        }
    }

    /** http://127.0.0.1:PORT */
    public URI httpUri() {
        return httpUri;
    }

    long pid() {
        return node.pid();
    }

    /** Stops the node: EOF on its stdin (it closes itself), then SIGTERM, then SIGKILL. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        RUNNING.remove(dataDir, this);
        ShutdownHook.forget(this);
        node.stop(Duration.ofSeconds(20), Duration.ofSeconds(10));
        pidFile.delete();
        http.close();
        log.info("Elasticsearch on {} stopped", httpUri);
    }

    @Override
    public String toString() {
        return "Elasticsearch on " + httpUri + " (" + dataDir + ")";
    }
}
