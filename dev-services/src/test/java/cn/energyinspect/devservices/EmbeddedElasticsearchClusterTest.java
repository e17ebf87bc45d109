package cn.energyinspect.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedElasticsearchClusterTest {

    @Test
    void three_nodes_form_one_cluster_and_a_replica_keeps_it_available_when_a_node_stops(@TempDir Path dir)
            throws Exception {
        RecordingLog log = new RecordingLog();
        ElasticsearchSettings settings = new ElasticsearchSettings(dir, 0, "256m", Duration.ofSeconds(240));
        long t0 = System.nanoTime();
        EmbeddedElasticsearchCluster cluster = EmbeddedElasticsearchCluster.startShared(settings, 3, log);
        long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        try {
            List<URI> uris = cluster.httpUris();
            assertThat(uris).hasSize(3).allSatisfy(u -> assertThat(u.toString()).startsWith("http://127.0.0.1:"));
            assertThat(uris.stream().map(URI::getPort).distinct()).hasSize(3);
            for (URI uri : uris) {
                Http.Response health = new Http(uri).get("/_cluster/health?wait_for_nodes=3&timeout=60s");
                assertThat(health.body())
                        .contains("\"cluster_name\":\"" + cluster.clusterName() + "\"")
                        .contains("\"number_of_nodes\":3")
                        .contains("\"number_of_data_nodes\":3");
            }
            for (int i = 0; i < 3; i++) {
                assertThat(cluster.nodes().get(i).httpUri()).isEqualTo(uris.get(i));
                assertThat(Files.isDirectory(dir.resolve("node-" + (i + 1)).resolve("data")))
                        .isTrue();
            }
            Http first = new Http(uris.get(0));
            assertThat(first.put("/cases", """
                            {"settings": {"number_of_shards": 1, "number_of_replicas": 1}}""").status()).isEqualTo(200);
            assertThat(first.put("/cases/_doc/ZJ-2025-003?refresh=true", """
                            {"title": "锅炉热效率低于限定值"}""").status())
                    .isEqualTo(201);
            Http.Response green = first.get("/_cluster/health/cases?wait_for_status=green&timeout=120s");
            assertThat(green.body()).contains("\"status\":\"green\"").contains("\"active_shards\":2");
            printFigures(cluster, startMillis);

            EmbeddedElasticsearch stopped = cluster.nodes().get(0);
            long pid = stopped.pid();
            stopped.close();

            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
            Http second = new Http(uris.get(1));
            Http.Response health = second.get("/_cluster/health?wait_for_nodes=2&timeout=60s");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body())
                    .contains("\"number_of_nodes\":2")
                    .containsPattern("\"status\":\"(yellow|green)\"");
            Http.Response doc = second.get("/cases/_doc/ZJ-2025-003");
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.body()).contains("锅炉热效率低于限定值");
            assertThat(new Http(uris.get(2)).post("/cases/_search", """
                            {"query": {"match_all": {}}}""").body())
                    .contains("\"total\":{\"value\":1")
                    .contains("\"failed\":0");
            assertThat(log.contains("Elasticsearch cluster " + cluster.clusterName() + " of 3 nodes ready"))
                    .isTrue();
        } finally {
            cluster.close();
        }
        for (EmbeddedElasticsearch node : cluster.nodes()) {
            assertThat(ProcessHandle.of(node.pid()).filter(ProcessHandle::isAlive))
                    .isEmpty();
        }
    }

    @Test
    void one_node_is_not_a_cluster(@TempDir Path dir) {
        ElasticsearchSettings settings = new ElasticsearchSettings(dir, 0, "256m", Duration.ofSeconds(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedElasticsearchCluster.startShared(settings, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Start time and resident memory of each node (Linux /proc), for the report; not asserted. */
    private static void printFigures(EmbeddedElasticsearchCluster cluster, long startMillis) throws IOException {
        StringBuilder figures = new StringBuilder("3-node Elasticsearch cluster started in " + startMillis
                + " ms on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version().feature() + ", heap 256m per node; resident memory:");
        long total = 0;
        for (EmbeddedElasticsearch node : cluster.nodes()) {
            Path status = Path.of("/proc", Long.toString(node.pid()), "status");
            long kb = 0;
            if (Files.exists(status)) {
                Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(Files.readString(status));
                kb = m.find() ? Long.parseLong(m.group(1)) : 0;
            }
            total += kb;
            figures.append(' ')
                    .append(node.httpUri().getPort())
                    .append('=')
                    .append(kb / 1024)
                    .append(" MB");
        }
        System.out.println(figures.append(", total ").append(total / 1024).append(" MB"));
    }
}
