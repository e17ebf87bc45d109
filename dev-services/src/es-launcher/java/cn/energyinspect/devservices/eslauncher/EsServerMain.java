package cn.energyinspect.devservices.eslauncher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Main class of the child JVM: one Elasticsearch node on 127.0.0.1, on its own (single-node discovery) or one node of
 * a small cluster on this machine.
 *
 * <p>Arguments: ES home (modules/, plugins/), data folder, HTTP port, pid of the parent JVM; for a cluster node also
 * its node name, its transport port, the cluster name, the transport addresses of all nodes (comma-separated, the
 * seed hosts) and the names of all nodes (comma-separated, the initial master nodes). The node ends
 * when its parent does: when stdin reaches EOF (the parent's end of the pipe closes, also on kill -9) or
 * when the parent pid is gone, whichever comes first.
 */
public final class EsServerMain {
    private static final String NODE_NAME = "dev-services";

    private EsServerMain() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Path data = Path.of(args[1]).toAbsolutePath();
        int httpPort = Integer.parseInt(args[2]);
        long parentPid = Long.parseLong(args[3]);
        watchParent(parentPid);
        long t0 = System.nanoTime();
        Cluster cluster =
                args.length >= 9 ? new Cluster(args[4], Integer.parseInt(args[5]), args[6], args[7], args[8]) : null;
        Node node = start(home, data, httpPort, cluster);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(node), "es-node-close"));
        System.out.println("EnergyInspect dev-services: Elasticsearch started in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms on http://127.0.0.1:" + httpPort);
        Thread.currentThread().join();
    }

    /** A node of a cluster: its name and transport port, the cluster's name, seed hosts and initial master nodes. */
    record Cluster(String nodeName, int transportPort, String clusterName, String seedHosts, String masterNodes) {}

    static Node start(Path home, Path data, int httpPort, Cluster cluster) throws Exception {
        LogConfigurator.configureESLogging(); // ES logging SPI must be wired before anything else
        String nodeName = cluster == null ? NODE_NAME : cluster.nodeName();
        Settings.Builder builder = Settings.builder()
                .put("node.name", nodeName)
                .put("path.home", home.toString())
                .put("path.data", data.resolve("data").toString())
                .put("path.logs", data.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", Integer.toString(httpPort))
                // a developer's nearly full disk must not turn the indices read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
        if (cluster == null) {
            builder.put("cluster.name", "energyinspect-dev")
                    .put("discovery.type", "single-node")
                    .put("transport.port", "0");
        } else {
            builder.put("cluster.name", cluster.clusterName())
                    .put("transport.port", Integer.toString(cluster.transportPort()))
                    .putList("discovery.seed_hosts", cluster.seedHosts().split(","))
                    .putList(
                            "cluster.initial_master_nodes",
                            cluster.masterNodes().split(","));
        }
        Settings settings = builder.build();
        // console logging (the parent keeps it in elasticsearch.log), no log4j2.properties needed
        LogConfigurator.configureWithoutConfig(
                Settings.builder().put(settings).put("logger.level", "INFO").build());
        Path config = Files.createDirectories(data.resolve("config"));
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> nodeName);
        PluginsLoader loader = PluginsLoader.createPluginsLoader(
                PluginsLoader.loadModulesBundles(env.modulesDir(), false),
                PluginsLoader.loadPluginsBundles(env.pluginsDir(), false),
                Map.of(),
                true);
        return new Node(env, loader).start();
    }

    private static void watchParent(long parentPid) {
        daemon("es-parent-stdin", () -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // the parent never writes; EOF means it closed the pipe or died
                }
            } catch (IOException e) {
                // a broken pipe means the same
            }
            exit("stdin closed by the parent JVM");
        });
        daemon("es-parent-pid", () -> {
            while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                sleep(1000);
            }
            exit("parent JVM " + parentPid + " is gone");
        });
    }

    private static void exit(String why) {
        System.out.println("EnergyInspect dev-services: stopping Elasticsearch, " + why);
        daemon("es-halt", () -> {
            sleep(20_000); // node.close() hangs: do not outlive the parent anyway
            Runtime.getRuntime().halt(1);
        });
        System.exit(0);
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
