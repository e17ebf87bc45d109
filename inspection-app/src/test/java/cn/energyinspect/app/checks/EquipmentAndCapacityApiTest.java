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
class EquipmentAndCapacityApiTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    Api api;

    @BeforeEach
    void signIn() {
        api = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
    }

    @Test
    void an_11_kw_4_pole_motor_at_92_percent_is_grade_3() {
        JsonNode body = api.post(
                        "/api/v1/checks/equipment",
                        Map.of(
                                "type",
                                "MOTOR",
                                "ratedPowerKw",
                                11,
                                "poles",
                                4,
                                "efficiencyPercent",
                                92.0,
                                "date",
                                "2026-06-01"))
                .json();

        assertThat(body.path("grade").asInt()).isEqualTo(3);
        assertThat(body.path("belowLimit").asBoolean()).isFalse();
        assertThat(body.path("basis").findValuesAsText("standard")).anyMatch(s -> s.contains("GB 18613"));
    }

    @Test
    void a_yb_series_motor_is_eliminated() {
        JsonNode body = api.post(
                        "/api/v1/checks/equipment",
                        Map.of(
                                "type", "MOTOR",
                                "model", "YB-160M-4",
                                "ratedVoltageV", 380,
                                "frameSizeMm", 160,
                                "date", "2026-06-01"))
                .json();

        assertThat(body.path("eliminated").asText()).isEqualTo("ELIMINATED");
    }

    @Test
    void an_unknown_equipment_type_is_a_422() {
        Api.Response response = api.post("/api/v1/checks/equipment", Map.of("type", "TOASTER", "date", "2026-06-01"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).contains("type");
    }

    @Test
    void tangshan_steel_at_1_25_to_1_is_rejected_and_needs_1_8_mt_of_exit() {
        JsonNode body = api.post(
                        "/api/v1/checks/capacity-replacement",
                        Map.of(
                                "industry", "STEEL",
                                "regionCode", "130200",
                                "newCapacity", 1_200_000,
                                "exitCapacities", List.of(Map.of("capacity", 1_500_000, "regionCode", "130200")),
                                "date", "2026-06-01"))
                .json();

        assertThat(body.path("decision").asText()).isEqualTo("REJECT");
        assertThat(body.path("requiredRatio").asDouble()).isEqualTo(1.5);
        assertThat(body.path("actualRatio").asDouble()).isEqualTo(1.25);
        assertThat(body.path("minimumExitCapacity").asDouble()).isEqualTo(1_800_000);
        assertThat(body.path("reasons").findValuesAsText("code")).isNotEmpty();
    }

    @Test
    void a_negative_capacity_and_a_bad_region_are_both_named() {
        Api.Response response = api.post(
                "/api/v1/checks/capacity-replacement",
                Map.of(
                        "industry", "STEEL",
                        "regionCode", "13x200",
                        "newCapacity", -1,
                        "exitCapacities", List.of(Map.of("capacity", 1_500_000, "regionCode", "130200")),
                        "date", "2026-06-01"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).contains("regionCode", "newCapacity");
    }
}
