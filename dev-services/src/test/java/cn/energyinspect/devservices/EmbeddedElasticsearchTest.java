package cn.energyinspect.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedElasticsearchTest {

    @Test
    void the_shared_node_is_healthy_on_loopback() {
        EmbeddedElasticsearch es = EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests());

        Http.Response health = new Http(es.httpUri()).get("/_cluster/health");

        assertThat(es.httpUri().toString()).startsWith("http://127.0.0.1:");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"");
    }

    @Test
    void the_smartcn_analyzer_splits_a_notice_title_into_words() {
        Http http = new Http(EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests())
                .httpUri());
        assertThat(http.put("/notices", """
                        {"mappings": {"properties": {"title": {"type": "text", "analyzer": "smartcn"}}}}""").status()).isEqualTo(200);

        Http.Response analyzed = http.post("/notices/_analyze", """
                {"field": "title", "text": "责令限期整改通知书"}""");

        assertThat(analyzed.status()).isEqualTo(200);
        assertThat(analyzed.body()).contains("\"token\":\"整改\"", "\"token\":\"限期\"", "\"token\":\"通知书\"");
    }

    @Test
    void a_second_start_in_the_same_jvm_reuses_the_running_node() {
        EmbeddedElasticsearch first = EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests());
        EmbeddedElasticsearch second = EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests());

        assertThat(second).isSameAs(first);
        assertThat(second.pid()).isEqualTo(first.pid());
    }

    @Test
    void a_persistent_folder_keeps_its_indices_and_close_ends_the_child_jvm(@TempDir Path dir) throws Exception {
        ElasticsearchSettings settings = new ElasticsearchSettings(dir, 0, "512m", Duration.ofSeconds(120));
        EmbeddedElasticsearch first = EmbeddedElasticsearch.startShared(settings);
        Http http = new Http(first.httpUri());
        assertThat(http.put("/cases/_doc/ZJ-2025-001?refresh=true", """
                        {"title": "水泥熟料单位产品能耗超限额"}""").status())
                .isEqualTo(201);
        ProcessHandle child = ProcessHandle.of(first.pid()).orElseThrow();

        first.close();

        child.onExit().get(5, TimeUnit.SECONDS);
        assertThat(child.isAlive()).isFalse();
        EmbeddedElasticsearch second = EmbeddedElasticsearch.startShared(settings);
        try {
            Http.Response doc = new Http(second.httpUri()).get("/cases/_doc/ZJ-2025-001");
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.body()).contains("水泥熟料单位产品能耗超限额");
        } finally {
            second.close();
        }
        assertThat(ProcessHandle.of(second.pid()).filter(ProcessHandle::isAlive))
                .isEqualTo(Optional.empty());
    }

    @Test
    void a_killed_node_is_started_again_on_its_port_and_says_so(@TempDir Path dir) throws Exception {
        RecordingLog log = new RecordingLog();
        EmbeddedElasticsearch es = EmbeddedElasticsearch.startShared(
                new ElasticsearchSettings(dir, 0, "512m", Duration.ofSeconds(120)), log);
        try {
            Http http = new Http(es.httpUri());
            assertThat(http.put("/cases/_doc/ZJ-2025-002?refresh=true", """
                            {"title": "电机能效低于限定值"}""").status())
                    .isEqualTo(201);
            assertThat(log.contains("Elasticsearch ready on " + es.httpUri())).isTrue();
            long killed = es.pid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!log.contains("started again") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(log.contains("started again")).as(log.lines.toString()).isTrue();
            assertThat(es.pid()).isNotEqualTo(killed);
            Http.Response doc = http.get("/cases/_doc/ZJ-2025-002");
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.body()).contains("电机能效低于限定值");
        } finally {
            es.close();
        }
        assertThat(ProcessHandle.of(es.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void a_port_in_use_is_named_in_the_error(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            ElasticsearchSettings settings = new ElasticsearchSettings(dir, port, "512m", Duration.ofSeconds(120));

            assertThatThrownBy(() -> EmbeddedElasticsearch.startShared(settings))
                    .isInstanceOf(DevServiceException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("in use");
        }
    }
}
