package cn.energyinspect.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The metrics a Prometheus server scrapes: {@code /actuator/prometheus} answers province administrators and the
 * Prometheus server's own scrape token, and nobody else (no token 401, another role 403), in Prometheus' text format
 * with the JVM's, the HTTP server's and the connection pool's metrics.
 */
@IntegrationTest
class PrometheusEndpointTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** energyinspect.metrics.scrape-token of application-test.yml */
    private static final String SCRAPE_TOKEN = "test-scrape-token-of-the-prometheus-server";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Test
    void a_province_administrator_reads_the_metrics_in_prometheus_text_format() throws Exception {
        Api.as(port, users.create(Role.INSPECTOR, "330106")).get("/api/v1/tasks"); // at least one timed API request
        String admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000")).token();

        HttpResponse<String> metrics = scrape(admin);

        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("jvm_memory_used_bytes", "jvm_threads_live_threads")
                .contains("http_server_requests_seconds_count")
                .contains("hikaricp_connections_active");
    }

    @Test
    void the_prometheus_server_reads_them_with_its_scrape_token_and_reads_nothing_else() throws Exception {
        HttpResponse<String> metrics = scrape(SCRAPE_TOKEN);

        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(Api.anonymous(port)
                        .withToken(SCRAPE_TOKEN)
                        .get("/api/v1/tasks")
                        .status())
                .as("the scrape token is no API token")
                .isEqualTo(401);
        assertThat(Api.anonymous(port)
                        .withToken(SCRAPE_TOKEN)
                        .get("/api/v1/admin/users")
                        .status())
                .isEqualTo(401);
        assertThat(scrape(SCRAPE_TOKEN + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void nobody_else_reads_them() throws Exception {
        String inspector = Api.as(port, users.create(Role.INSPECTOR, "330106")).token();
        String supervisor =
                Api.as(port, users.create(Role.SUPERVISOR, "330106")).token();

        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("not-a-token").statusCode()).isEqualTo(401);
        assertThat(scrape(inspector).statusCode()).isEqualTo(403);
        assertThat(scrape(supervisor).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> scrape(String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
