package cn.energyinspect.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The official Elasticsearch Java client on the cluster named by {@code energyinspect.search.uris}. Start-up fails
 * with a message naming the URIs when none is configured or the cluster does not answer (see {@link SearchStartupCheck}).
 */
@Configuration
class SearchClientConfig {

    @Bean(destroyMethod = "close")
    Rest5Client searchRestClient(SearchProperties settings) {
        if (settings.uris().isEmpty()) {
            throw new IllegalStateException(
                    "没有配置 Elasticsearch：请设置 ENERGYINSPECT_SEARCH_URIS（例如 http://es1:9200,http://es2:9200）"
                            + " — no Elasticsearch configured: set ENERGYINSPECT_SEARCH_URIS");
        }
        Rest5ClientBuilder builder = Rest5Client.builder(settings.uris().toArray(java.net.URI[]::new));
        if (settings.username() != null && !settings.username().isBlank()) {
            String credentials = Base64.getEncoder()
                    .encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + credentials)});
        }
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(Rest5Client restClient, ObjectMapper json) {
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new JacksonJsonpMapper(json.copy())));
    }
}
