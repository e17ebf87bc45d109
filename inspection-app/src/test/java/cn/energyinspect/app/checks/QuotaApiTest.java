package cn.energyinspect.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class QuotaApiTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    Api api;

    @BeforeEach
    void signIn() {
        api = Api.as(port, users.create(Role.INSPECTOR, "330106"));
    }

    @Test
    void clinker_at_118_kgce_is_over_quota_with_its_gb_16780_2021_basis() {
        JsonNode body = api.post("/api/v1/checks/energy-quota", clinker(118)).json();

        assertThat(body.path("overQuota").asBoolean()).isTrue();
        assertThat(body.path("grade").isNull()).isTrue();
        assertThat(body.path("limits").path("3").asDouble()).isEqualTo(117);
        assertThat(body.path("basis").path("standard").asText()).isEqualTo("GB 16780");
        assertThat(body.path("basis").path("edition").asText()).isEqualTo("2021");
        assertThat(body.path("benchmark").path("level").asText()).isEqualTo("ABOVE_BASELINE");
    }

    @Test
    void clinker_at_108_kgce_is_grade_3_between_benchmark_and_baseline() {
        JsonNode body = api.post("/api/v1/checks/energy-quota", clinker(108)).json();

        assertThat(body.path("grade").asInt()).isEqualTo(3);
        assertThat(body.path("overQuota").asBoolean()).isFalse();
        assertThat(body.path("limits").path("1").asDouble()).isEqualTo(100);
        assertThat(body.path("limits").path("2").asDouble()).isEqualTo(107);
        assertThat(body.path("benchmark").path("level").asText()).isEqualTo("BETWEEN");
    }

    @Test
    void an_unknown_product_and_a_missing_date_are_named() {
        Api.Response response = api.post(
                "/api/v1/checks/energy-quota",
                Map.of("product", "UNOBTAINIUM", "indicator", "COMPREHENSIVE_ENERGY", "value", 1, "unit", "kgce/t"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).contains("product");
    }

    @Test
    void the_catalogue_of_indicators_is_listed() {
        JsonNode body = api.get("/api/v1/checks/energy-quota/indicators").json();

        assertThat(body.findValuesAsText("product")).contains("CEMENT_CLINKER", "STEEL_BLAST_FURNACE");
    }

    private static Map<String, Object> clinker(double value) {
        return Map.of(
                "product", "CEMENT_CLINKER",
                "indicator", "COMPREHENSIVE_ENERGY",
                "value", value,
                "unit", "kgce/t",
                "date", "2026-06-01",
                "conditions", Map.of("altitudeMeters", 200));
    }
}
