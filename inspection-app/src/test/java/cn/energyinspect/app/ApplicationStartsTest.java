package cn.energyinspect.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartsTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestFixtures.Users users;

    @Test
    void health_is_up_with_database_camunda_and_search() {
        Api.Response health = Api.anonymous(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        JsonNode json = health.json();
        assertThat(json.path("status").asText()).isEqualTo("UP");
        assertThat(json.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(json.path("components").path("camunda").path("status").asText())
                .isEqualTo("UP");
        assertThat(json.path("components").path("search").path("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void flyway_migrated_before_camunda_created_its_tables() {
        Integer applied = jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IN ('1', '2')",
                Integer.class);
        Integer camundaTables = jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'ACT\\_%'",
                Integer.class);

        assertThat(applied).isEqualTo(2);
        assertThat(camundaTables).isGreaterThan(40);
    }

    @Test
    void regions_come_from_the_rules_data_file() {
        assertThat(jdbc.queryForObject("SELECT name FROM region WHERE code = '330106'", String.class))
                .isEqualTo("西湖区");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM region WHERE code LIKE '33%' AND level = 'CITY'", Integer.class))
                .isEqualTo(11);
    }

    @Test
    void openapi_description_is_served() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/enterprises")).isTrue();
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void camundas_rest_api_is_off_by_default() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        String admin = users.create(Role.PROVINCE_ADMIN, "330000");

        assertThat(Api.as(port, inspector).get("/engine-rest/engine").status()).isEqualTo(404);
        assertThat(Api.as(port, admin).get("/engine-rest/engine").status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get("/engine-rest/engine").status()).isEqualTo(404);
    }

    @Test
    void an_unexpected_path_answers_a_problem_without_internals() {
        String inspector = users.create(Role.INSPECTOR, "330106");

        Api.Response response = Api.as(port, inspector).get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
