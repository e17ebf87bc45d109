package cn.energyinspect.app.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.search.SearchProperties;
import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearch;
import cn.energyinspect.devservices.EmbeddedElasticsearchCluster;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A new index gets a replica when the cluster has more than one data node and none on a single node; the client,
 * given every node's URI, goes on when one node stops. On a real 3-node cluster from dev-services.
 */
class IndexReplicasTest {

    @Test
    void replicas_follow_the_data_nodes_unless_configured() {
        assertThat(IndexCreation.replicas(null, 1)).isZero();
        assertThat(IndexCreation.replicas(null, 2)).isEqualTo(1);
        assertThat(IndexCreation.replicas(null, 3)).isEqualTo(1);
        assertThat(IndexCreation.replicas(2, 3)).isEqualTo(2);
        assertThat(IndexCreation.replicas(0, 3)).isZero();
        assertThat(IndexCreation.body(1))
                .contains("\"number_of_replicas\":1")
                .contains("\"analysis\"")
                .contains("\"mappings\"");
    }

    @Test
    void a_single_node_gets_no_replica() throws Exception {
        EmbeddedElasticsearch node = EmbeddedElasticsearch.startShared(ElasticsearchSettings.forTests());
        try (Rest5Client rest = Rest5Client.builder(node.httpUri()).build()) {
            ElasticsearchClient client = client(rest);
            assertThat(IndexCreation.replicas(client, settings(List.of(node.httpUri()))))
                    .isZero();
        }
    }

    @Test
    void three_nodes_give_the_index_a_replica_and_the_client_on_all_nodes_survives_one_stopping() throws Exception {
        EmbeddedElasticsearchCluster cluster =
                EmbeddedElasticsearchCluster.startShared(ElasticsearchSettings.forTestCluster(), 3);
        List<URI> uris = cluster.httpUris();
        try (Rest5Client rest = Rest5Client.builder(uris.toArray(URI[]::new)).build()) {
            ElasticsearchClient client = client(rest);
            int replicas = IndexCreation.replicas(client, settings(uris));
            assertThat(replicas).isEqualTo(1);
            client.indices()
                    .create(c -> c.index("replicas-test").withJson(new StringReader(IndexCreation.body(replicas))));
            client.index(i -> i.index("replicas-test")
                    .id("enterprise-1")
                    .document(Map.of("enterpriseName", "杭州钢铁集团", "type", "ENTERPRISE"))
                    .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
            var green = client.cluster()
                    .health(h -> h.index("replicas-test")
                            .waitForStatus(HealthStatus.Green)
                            .timeout(t -> t.time("120s")));
            assertThat(green.status()).isEqualTo(HealthStatus.Green);
            assertThat(green.activeShards()).isEqualTo(2);
            assertThat(client.indices()
                            .getSettings(g -> g.index("replicas-test"))
                            .get("replicas-test")
                            .settings()
                            .index()
                            .numberOfReplicas())
                    .isEqualTo("1");

            cluster.nodes().get(0).close();

            var health = client.cluster().health(h -> h.waitForNodes("2").timeout(t -> t.time("60s")));
            assertThat(health.numberOfNodes()).isEqualTo(2);
            assertThat(health.status()).isIn(HealthStatus.Yellow, HealthStatus.Green);
            for (int i = 0; i < 6; i++) { // the client sends round the nodes, the stopped one included
                assertThat(client.get(g -> g.index("replicas-test").id("enterprise-1"), Map.class)
                                .found())
                        .isTrue();
            }
        } finally {
            cluster.close();
        }
    }

    private static ElasticsearchClient client(Rest5Client rest) {
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper()));
    }

    private static SearchProperties settings(List<URI> uris) {
        return SearchProperties.of(uris, Duration.ofSeconds(30));
    }
}
