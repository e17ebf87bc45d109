package cn.energyinspect.devservices;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A small Elasticsearch cluster on this machine: N {@link EmbeddedElasticsearch} nodes from the same jars on
 * 127.0.0.1, each with its own HTTP and transport port and its own folder ({@code node-1}, {@code node-2} … under the
 * settings' data folder), one cluster name, discovering each other through their transport ports (seed hosts) and
 * electing a master among all of them (initial master nodes). The nodes are started together (none is healthy before
 * a majority has joined) and each is started again when its process dies, on its ports, rejoining the cluster. The
 * settings' port, when not 0, is the first node's HTTP port and the others follow it; heap is per node.
 */
public final class EmbeddedElasticsearchCluster implements AutoCloseable {
    private static final Map<Path, EmbeddedElasticsearchCluster> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final String clusterName;
    private final List<EmbeddedElasticsearch> nodes;
    private final ServerLog log;

    private EmbeddedElasticsearchCluster(
            Path dataDir, String clusterName, List<EmbeddedElasticsearch> nodes, ServerLog log) {
        this.dataDir = dataDir;
        this.clusterName = clusterName;
        this.nodes = nodes;
        this.log = log;
    }

    /**
     * Starts (or returns the already running) cluster of this JVM for these settings' data folder, with {@code size}
     * nodes (at least 2; one node is {@link EmbeddedElasticsearch}).
     */
    public static synchronized EmbeddedElasticsearchCluster startShared(
            ElasticsearchSettings settings, int size, ServerLog log) {
        if (size < 2) {
            throw new IllegalArgumentException("a cluster has at least 2 nodes, was " + size);
        }
        Path dataDir = Folders.writable(settings.dataDir(), "Elasticsearch cluster folder");
        EmbeddedElasticsearchCluster current = RUNNING.get(dataDir);
        if (current != null && current.nodes.size() != size) {
            throw new DevServiceException("an Elasticsearch cluster of " + current.nodes.size()
                    + " nodes already runs in " + dataDir + ", not " + size);
        }
        return SharedServers.startShared(
                RUNNING,
                dataDir,
                cluster -> cluster.nodes.stream().allMatch(EmbeddedElasticsearch::isAlive),
                EmbeddedElasticsearchCluster::close,
                dir -> start(dir, settings, size, log));
    }

    public static EmbeddedElasticsearchCluster startShared(ElasticsearchSettings settings, int size) {
        return startShared(settings, size, ServerLog.slf4j(EmbeddedElasticsearchCluster.class));
    }

    private static EmbeddedElasticsearchCluster start(
            Path dataDir, ElasticsearchSettings settings, int size, ServerLog log) {
        long t0 = System.nanoTime();
        List<Integer> httpPorts = new ArrayList<>();
        List<Integer> transportPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            httpPorts.add(Ports.freeOrRequired(settings.port() == 0 ? 0 : settings.port() + i, "Elasticsearch"));
            transportPorts.add(Ports.freeOrRequired(0, "Elasticsearch transport"));
        }
        String clusterName = "energyinspect-dev-cluster-" + httpPorts.get(0);
        String seedHosts = transportPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            names.add("node-" + i);
        }
        String masterNodes = String.join(",", names);
        List<EmbeddedElasticsearch> nodes = new ArrayList<>();
        EmbeddedElasticsearchCluster cluster = new EmbeddedElasticsearchCluster(dataDir, clusterName, nodes, log);
        try {
            for (int i = 0; i < size; i++) {
                Path nodeDir = Folders.writable(dataDir.resolve(names.get(i)), "Elasticsearch node folder");
                List<String> clusterArgs = List.of(
                        names.get(i), Integer.toString(transportPorts.get(i)), clusterName, seedHosts, masterNodes);
                EmbeddedElasticsearch node =
                        EmbeddedElasticsearch.prepare(nodeDir, httpPorts.get(i), settings, clusterArgs, log);
                nodes.add(node);
                node.spawn();
            }
            nodes.forEach(EmbeddedElasticsearch::awaitReady);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        nodes.forEach(node -> node.ready(t0));
        log.info("Elasticsearch cluster " + clusterName + " of " + size + " nodes ready on " + cluster.httpUris()
                + " in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms (heap " + settings.heap()
                + " each)");
        return cluster;
    }

    /** The nodes, in the order of their names (node-1 first). */
    public List<EmbeddedElasticsearch> nodes() {
        return List.copyOf(nodes);
    }

    /** Every node's http://127.0.0.1:PORT, for a client that connects to all of them. */
    public List<URI> httpUris() {
        return nodes.stream().map(EmbeddedElasticsearch::httpUri).toList();
    }

    public String clusterName() {
        return clusterName;
    }

    /** Stops every node (a node stopped on its own before stays stopped). */
    @Override
    public void close() {
        RUNNING.remove(dataDir, this);
        nodes.forEach(EmbeddedElasticsearch::close);
        log.info("Elasticsearch cluster " + clusterName + " stopped");
    }

    @Override
    public String toString() {
        return "Elasticsearch cluster " + clusterName + " on " + httpUris() + " (" + dataDir + ")";
    }
}
