package cn.energyinspect.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The {@code search} health component: UP while the cluster is green or yellow. */
@Component("searchHealthIndicator")
class SearchHealthIndicator implements HealthIndicator {
    private final ElasticsearchClient client;

    SearchHealthIndicator(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("3s")));
            Health.Builder status = health.status() == HealthStatus.Red ? Health.down() : Health.up();
            return status.withDetail("cluster", health.clusterName())
                    .withDetail("status", health.status().jsonValue())
                    .withDetail("nodes", health.numberOfNodes())
                    .build();
        } catch (Exception e) {
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
