package cn.energyinspect.app.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchStartupCheckTest {

    @Test
    void an_unreachable_cluster_fails_start_up_naming_its_address() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SearchProperties settings =
                SearchProperties.of(List.of(URI.create("http://127.0.0.1:" + port)), Duration.ofSeconds(2));
        SearchClientConfig config = new SearchClientConfig();
        try (var rest = config.searchRestClient(settings)) {
            SearchStartupCheck check =
                    new SearchStartupCheck(config.elasticsearchClient(rest, new ObjectMapper()), settings);

            assertThatThrownBy(check::afterPropertiesSet)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("did not answer");
        }
    }

    @Test
    void no_configured_cluster_is_a_clear_error() {
        SearchProperties settings = SearchProperties.of(List.of(), null);

        assertThatThrownBy(() -> new SearchClientConfig().searchRestClient(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ENERGYINSPECT_SEARCH_URIS");
    }
}
