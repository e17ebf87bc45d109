package cn.energyinspect.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The official Elasticsearch Java client on the cluster named by {@code energyinspect.search.uris}. Start-up fails
 * with a message naming the URIs when none is configured or the cluster does not answer (see {@link SearchStartupCheck}).
 *
 * <p>Every request has a deadline: a connection within {@code connect-timeout}, an answer within {@code read-timeout}
 * (searches, health, consistency) or, for the indexer's writes, {@code write-timeout} ({@link SearchWriteClient}). Without
 * them a frozen cluster held every reader for as long as the freeze lasted.
 */
@Configuration
public class SearchClientConfig {

    @Bean(destroyMethod = "close")
    Rest5Client searchRestClient(SearchProperties settings) {
        return restClient(settings, settings.readTimeout());
    }

    @Bean
    ElasticsearchClient elasticsearchClient(Rest5Client restClient, ObjectMapper json) {
        return client(restClient, json);
    }

    /**
     * The client of the indexer's bulk writes and a rebuild's steps, on connections of its own whose deadline is {@code
     * write-timeout}. A request's own response timeout does not reach a connection the pool opens for it (the socket
     * timeout of a new connection is the connection's), so a bulk sent on a fresh connection of the readers' pool
     * timed out after {@code read-timeout} while Elasticsearch went on to apply it, and the batch was sent again.
     */
    @Bean(destroyMethod = "close")
    SearchWriteClient searchWriteClient(SearchProperties settings, ObjectMapper json) {
        Rest5Client rest = restClient(settings, settings.writeTimeout());
        return new SearchWriteClient(client(rest, json), rest);
    }

    private static Rest5Client restClient(SearchProperties settings, Duration deadline) {
        if (settings.uris().isEmpty()) {
            throw new IllegalStateException(
                    "没有配置 Elasticsearch：请设置 ENERGYINSPECT_SEARCH_URIS（例如 http://es1:9200,http://es2:9200）"
                            + " — no Elasticsearch configured: set ENERGYINSPECT_SEARCH_URIS");
        }
        Rest5ClientBuilder builder = Rest5Client.builder(settings.uris().toArray(java.net.URI[]::new))
                .setConnectionConfigCallback(connection -> connection
                        .setConnectTimeout(timeout(settings.connectTimeout()))
                        .setSocketTimeout(timeout(deadline)))
                .setRequestConfigCallback(
                        request -> request.setConnectionRequestTimeout(timeout(settings.connectTimeout()))
                                .setResponseTimeout(timeout(deadline)));
        if (settings.username() != null && !settings.username().isBlank()) {
            String credentials = Base64.getEncoder()
                    .encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + credentials)});
        }
        return builder.build();
    }

    private static ElasticsearchClient client(Rest5Client rest, ObjectMapper json) {
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper(json.copy())));
    }

    /** The writers' client and the connections it owns. */
    public record SearchWriteClient(ElasticsearchClient client, Rest5Client connections) implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            connections.close();
        }
    }

    private static Timeout timeout(Duration duration) {
        return Timeout.ofMilliseconds(duration.toMillis());
    }
}
