package cn.energyinspect.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EnergyConversionApiTest {
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
    void coal_electricity_and_gas_add_up_to_8971_8_tce_and_a_unit_the_province_may_designate() {
        JsonNode body = api.post(
                        "/api/v1/checks/energy-conversion",
                        Map.of(
                                "items",
                                List.of(
                                        Map.of("energyType", "RAW_COAL", "quantity", 10_000, "unit", "t"),
                                        Map.of("energyType", "ELECTRICITY", "quantity", 5_000_000, "unit", "kWh"),
                                        Map.of(
                                                "energyType",
                                                "NATURAL_GAS",
                                                "quantity",
                                                1_000_000,
                                                "unit",
                                                "m3",
                                                "measuredCoefficientKgce",
                                                1.2143)),
                                "electricityBasis",
                                "EQUIVALENT"))
                .json();

        assertThat(body.path("totalTce").decimalValue()).isEqualByComparingTo("8971.8");
        assertThat(body.path("keyEnergyUnit").asText()).isEqualTo("IF_DESIGNATED");
        assertThat(body.path("items").get(1).path("tce").decimalValue()).isEqualByComparingTo("614.5");
        assertThat(body.path("items").get(0).path("basis").path("standard").asText())
                .contains("GB/T 2589");
    }

    @Test
    void each_bad_item_is_named() {
        Api.Response response = api.post(
                "/api/v1/checks/energy-conversion",
                Map.of(
                        "items",
                        List.of(
                                Map.of("energyType", "RAW_COAL", "quantity", -5, "unit", "t"),
                                Map.of("energyType", "MOONLIGHT", "quantity", 1, "unit", "t")),
                        "electricityBasis",
                        "EQUIVALENT"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).contains("items[0].quantity").anyMatch(f -> f.startsWith("items[1]"));
    }

    @Test
    void equal_value_basis_needs_the_years_coefficient() {
        Api.Response response = api.post(
                "/api/v1/checks/energy-conversion",
                Map.of(
                        "items",
                        List.of(Map.of("energyType", "ELECTRICITY", "quantity", 1000, "unit", "kWh")),
                        "electricityBasis",
                        "EQUAL_VALUE"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).contains("equalValueCoefficient");
    }
}
