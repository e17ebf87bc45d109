package cn.energyinspect.devservices;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link EmbeddedElasticsearch} runs.
 *
 * @param dataDir folder of this node: indices, its log and pid file (created if missing)
 * @param port HTTP port on 127.0.0.1; 0 picks a free one
 * @param heap heap of the child JVM, as for -Xmx (e.g. "512m")
 * @param startTimeout how long to wait for cluster health yellow
 */
public record ElasticsearchSettings(Path dataDir, int port, String heap, Duration startTimeout) {
    /** Port of the default (persistent) run: beside a local Elasticsearch on 9200, not on it. */
    public static final int DEFAULT_PORT = 9201;

    public static final String DEFAULT_HEAP = "512m";

    /** Heap of each node of a cluster on one machine. */
    public static final String CLUSTER_NODE_HEAP = "256m";

    public ElasticsearchSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (free port) or 1-65535, was " + port);
        }
        if (heap == null || !heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("heap must look like 512m or 1g, was " + heap);
        }
    }

    /** One fresh temporary folder per JVM, deleted at exit, and a free port; same settings for every caller. */
    public static ElasticsearchSettings forTests() {
        return ForTests.SETTINGS;
    }

    /**
     * For a test cluster ({@link EmbeddedElasticsearchCluster}): its own temporary folder per JVM, deleted at exit,
     * free ports and a small heap per node ({@value #CLUSTER_NODE_HEAP}).
     */
    public static ElasticsearchSettings forTestCluster() {
        return ForTestCluster.SETTINGS;
    }

    /** For the default run: indices kept across restarts in {@code dataDir}, port {@value #DEFAULT_PORT}. */
    public static ElasticsearchSettings persistent(Path dataDir) {
        return new ElasticsearchSettings(dataDir, DEFAULT_PORT, DEFAULT_HEAP, Duration.ofSeconds(120));
    }

    /** The same node on another port (0 picks a free one). */
    public ElasticsearchSettings withPort(int port) {
        return new ElasticsearchSettings(dataDir, port, heap, startTimeout);
    }

    /** The same settings with another heap (e.g. "256m" for each node of a cluster). */
    public ElasticsearchSettings withHeap(String heap) {
        return new ElasticsearchSettings(dataDir, port, heap, startTimeout);
    }

    /** The same settings in another folder. */
    public ElasticsearchSettings withDataDir(Path dataDir) {
        return new ElasticsearchSettings(dataDir, port, heap, startTimeout);
    }

    private static final class ForTestCluster {
        static final ElasticsearchSettings SETTINGS = new ElasticsearchSettings(
                Folders.temporaryDeletedAtExit("energyinspect-es-cluster-test-"),
                0,
                CLUSTER_NODE_HEAP,
                Duration.ofSeconds(240));
    }

    private static final class ForTests {
        static final ElasticsearchSettings SETTINGS = new ElasticsearchSettings(
                Folders.temporaryDeletedAtExit("energyinspect-es-test-"), 0, DEFAULT_HEAP, Duration.ofSeconds(120));
    }
}
