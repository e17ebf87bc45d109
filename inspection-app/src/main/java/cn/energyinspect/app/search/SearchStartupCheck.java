package cn.energyinspect.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Fails start-up with a clear message when the configured Elasticsearch cluster does not answer within {@code
 * energyinspect.search.startup-timeout}: a misconfigured production node should not come up half-working. Once
 * running, search being down never blocks a workflow step (the index is fed from an outbox).
 */
@Component
class SearchStartupCheck implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(SearchStartupCheck.class);

    private final ElasticsearchClient client;
    private final SearchProperties settings;

    SearchStartupCheck(ElasticsearchClient client, SearchProperties settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        long deadline = System.nanoTime() + settings.startupTimeout().toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                var health = client.cluster().health(h -> h.timeout(t -> t.time("5s")));
                log.info(
                        "S-SEARCH-READY cluster={} status={} uris={}",
                        health.clusterName(),
                        health.status(),
                        settings.uris());
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(Duration.ofSeconds(1));
            }
        }
        throw new IllegalStateException("无法连接 Elasticsearch " + settings.uris() + "（等待 "
                + settings.startupTimeout().toSeconds() + " 秒）— Elasticsearch at " + settings.uris()
                + " did not answer within " + settings.startupTimeout().toSeconds() + " s: "
                + (last == null ? "no attempt made" : last.getClass().getSimpleName() + ": " + last.getMessage()));
    }
}
