package cn.energyinspect.devservices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Elasticsearch 9 in a child JVM (same JDK as this one) on 127.0.0.1, assembled from Maven
 * Central jars, with the transport-netty4 module and a {@code smartcn} analyzer. The data folder holds
 * {@code data/} (indices), {@code elasticsearch.log} (the child's output) and a pid file. See package-info. The same
 * class runs each node of an {@link EmbeddedElasticsearchCluster}.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    private static final Map<Path, EmbeddedElasticsearch> RUNNING = new ConcurrentHashMap<>();
    private static final String MAIN_CLASS = "cn.energyinspect.devservices.eslauncher.EsServerMain";
    private static final int MIN_JAVA = 21;
    /** Options of the parent JVM that must not leak into the child (agents, debug ports, class path). */
    private static final List<String> PARENT_ONLY_ENVIRONMENT =
            List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH");

    private final Path dataDir;
    private final URI httpUri;
    private final List<String> command;
    private final PidFile pidFile;
    private final Duration startTimeout;
    private final ServerLog log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Held while the node is started or stopped: by the first start, the supervisor and close. */
    private final Object lifecycle = new Object();

    private volatile ChildProcess node;
    private volatile Supervisor supervisor;
    private volatile boolean closed;

    private EmbeddedElasticsearch(
            Path dataDir, URI httpUri, List<String> command, PidFile pidFile, Duration startTimeout, ServerLog log) {
        this.dataDir = dataDir;
        this.httpUri = httpUri;
        this.command = command;
        this.pidFile = pidFile;
        this.startTimeout = startTimeout;
        this.log = log;
    }

    /**
     * Starts (or returns the already running) node of this JVM for these settings' data folder. Idempotent
     * per JVM: a second call reuses the running node.
     */
    public static EmbeddedElasticsearch startShared(ElasticsearchSettings settings) {
        return startShared(settings, ServerLog.slf4j(EmbeddedElasticsearch.class));
    }

    /**
     * As {@link #startShared(ElasticsearchSettings)}, reporting to {@code log}. A node whose process dies is started
     * again, with back-off, until it is closed.
     */
    public static synchronized EmbeddedElasticsearch startShared(ElasticsearchSettings settings, ServerLog log) {
        Path dataDir = Folders.writable(settings.dataDir(), "Elasticsearch data folder");
        return SharedServers.startShared(
                RUNNING,
                dataDir,
                es -> es.node.isAlive(),
                EmbeddedElasticsearch::close,
                dir -> start(dir, settings, log));
    }

    private static EmbeddedElasticsearch start(Path dataDir, ElasticsearchSettings settings, ServerLog log) {
        long t0 = System.nanoTime();
        int port = Ports.freeOrRequired(settings.port(), "Elasticsearch");
        EmbeddedElasticsearch es = prepare(dataDir, port, settings, List.of(), log);
        try {
            synchronized (es.lifecycle) {
                es.launch();
            }
        } catch (RuntimeException e) {
            es.close();
            throw e;
        }
        es.ready(t0);
        return es;
    }

    /**
     * A node not yet started: its command line on {@code port}, with {@code clusterArgs} (empty for a single node, see
     * the launcher's arguments otherwise); registered to be stopped at exit.
     */
    static EmbeddedElasticsearch prepare(
            Path dataDir, int port, ElasticsearchSettings settings, List<String> clusterArgs, ServerLog log) {
        Path java = javaOfThisJvm();
        PidFile pidFile = new PidFile(dataDir.resolve("elasticsearch.owner"), MAIN_CLASS);
        pidFile.stopOrphan("Elasticsearch", log);
        Path home = EsDistribution.unpacked();
        Path tmp = Folders.writable(dataDir.resolve("tmp"), "Elasticsearch tmp folder");
        List<String> command = new ArrayList<>(List.of(
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
                Long.toString(ProcessHandle.current().pid())));
        command.addAll(clusterArgs);
        EmbeddedElasticsearch es = new EmbeddedElasticsearch(
                dataDir,
                URI.create("http://127.0.0.1:" + port),
                List.copyOf(command),
                pidFile,
                settings.startTimeout(),
                log);
        ShutdownHook.stopAtExit(es);
        return es;
    }

    /** Starts the child JVM without waiting for it (the nodes of a cluster wait for each other). */
    void spawn() {
        synchronized (lifecycle) {
            if (closed) {
                throw new DevServiceException("closed");
            }
            spawnLocked();
        }
    }

    /** Waits until the node (and its cluster) answers healthy; stops the child when it does not in time. */
    void awaitReady() {
        synchronized (lifecycle) {
            awaitLocked();
        }
    }

    /** Logs the start and starts supervising the node. */
    void ready(long startNanos) {
        log.info("Elasticsearch ready on " + httpUri + " in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos) + " ms (data folder " + dataDir
                + ", pid " + pid() + ")");
        supervisor = Supervisor.watch("Elasticsearch on " + httpUri, new Restart(), log);
    }

    /** Whether the node's process runs. */
    boolean isAlive() {
        ChildProcess process = node;
        return !closed && process != null && process.isAlive();
    }

    /** Starts the child JVM on this node's port and folder and waits for it; called with {@link #lifecycle} held. */
    private void launch() {
        spawnLocked();
        awaitLocked();
    }

    private void spawnLocked() {
        ChildProcess process = ChildProcess.start(
                "Elasticsearch",
                command,
                dataDir.resolve("elasticsearch.log"),
                dataDir,
                env -> PARENT_ONLY_ENVIRONMENT.forEach(env::remove));
        node = process;
        pidFile.write(process.pid());
    }

    private void awaitLocked() {
        ChildProcess process = node;
        try {
            process.awaitReady(this::isHealthy, startTimeout);
        } catch (RuntimeException e) {
            process.stop(Duration.ZERO, Duration.ofSeconds(10));
            throw e;
        }
    }

    private final class Restart implements Supervisor.Server {
        @Override
        public ChildProcess process() {
            return node;
        }

        @Override
        public void relaunch() {
            synchronized (lifecycle) {
                if (closed) {
                    throw new DevServiceException("closed");
                }
                Ports.requireFree(httpUri.getPort(), "Elasticsearch");
                launch();
            }
        }
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

    /** The pid of the node's JVM (it changes when the node was started again after dying). */
    public long pid() {
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
        if (supervisor != null) {
            supervisor.stop();
        }
        synchronized (lifecycle) {
            if (node != null) {
                node.stop(Duration.ofSeconds(20), Duration.ofSeconds(10));
            }
        }
        pidFile.delete();
        http.close();
        log.info("Elasticsearch on " + httpUri + " stopped");
    }

    @Override
    public String toString() {
        return "Elasticsearch on " + httpUri + " (" + dataDir + ")";
    }
}
