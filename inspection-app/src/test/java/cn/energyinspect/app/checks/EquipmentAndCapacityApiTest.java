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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    static List<Object[]> oneRowOfEveryNewStandard() {
        return List.of(
                new Object[] {
                    "GB 20052-2024",
                    Map.of(
                            "type",
                            "TRANSFORMER",
                            "date",
                            "2026-06-01",
                            "ratedCapacityKva",
                            400,
                            "voltageKv",
                            10,
                            "insulation",
                            "OIL",
                            "coreMaterial",
                            "ELECTRICAL_STEEL",
                            "connectionGroup",
                            "DYN11",
                            "noLoadLossKw",
                            0.36,
                            "loadLossKw",
                            3.5),
                    2,
                    false
                },
                new Object[] {
                    "GB 18613-2020",
                    Map.of(
                            "type",
                            "MOTOR",
                            "date",
                            "2026-06-01",
                            "ratedPowerKw",
                            15,
                            "poles",
                            4,
                            "efficiencyPercent",
                            93.0),
                    3,
                    false
                },
                new Object[] {
                    "GB 19761-2020",
                    Map.of(
                            "type",
                            "FAN",
                            "date",
                            "2026-06-01",
                            "fanType",
                            "AXIAL",
                            "hubRatio",
                            0.45,
                            "machineNumber",
                            6.3,
                            "efficiencyPercent",
                            74.0),
                    2,
                    false
                },
                new Object[] {
                    "GB 19762-2025",
                    Map.of(
                            "type",
                            "PUMP",
                            "date",
                            "2026-06-01",
                            "pumpType",
                            "SINGLE_STAGE_SINGLE_SUCTION",
                            "flowM3h",
                            100,
                            "headM",
                            45.93,
                            "speedRpm",
                            2900,
                            "stages",
                            1,
                            "efficiencyPercent",
                            74.0),
                    3,
                    false
                },
                new Object[] {
                    "GB 19153-2019",
                    Map.of(
                            "type",
                            "COMPRESSOR",
                            "date",
                            "2026-06-01",
                            "compressorType",
                            "OIL_INJECTED_ROTARY_FIXED_SPEED",
                            "ratedPowerKw",
                            75,
                            "dischargePressureMpa",
                            0.8,
                            "cooling",
                            "AIR",
                            "specificPowerKwPerM3Min",
                            6.3),
                    1,
                    false
                },
                new Object[] {
                    "GB 24500-2020",
                    Map.of(
                            "type",
                            "BOILER",
                            "date",
                            "2026-06-01",
                            "fuel",
                            "NATURAL_GAS",
                            "combustion",
                            "CHAMBER",
                            "condensing",
                            false,
                            "capacityTph",
                            4,
                            "efficiencyPercent",
                            93.0),
                    3,
                    true // a boiler is also matched against the elimination catalogue, of which only an extract is
                    // loaded
                },
                new Object[] {
                    "GB 40879-2021",
                    Map.of("type", "DATA_CENTRE", "date", "2026-06-01", "pue", 1.28, "standardRacks", 3000),
                    2,
                    true
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneRowOfEveryNewStandard")
    void one_row_of_every_new_equipment_standard_is_graded_through_the_api(
            String reference, Map<String, Object> query, int grade, boolean unconfirmed) {
        JsonNode body = api.post("/api/v1/checks/equipment", query).json();

        assertThat(body.path("efficiency").asText()).as(body.toString()).isEqualTo("GRADED");
        assertThat(body.path("grade").asInt()).isEqualTo(grade);
        assertThat(body.path("unconfirmed").asBoolean()).isEqualTo(unconfirmed);
        assertThat(body.path("basis").get(0).path("standard").asText() + "-"
                        + body.path("basis").get(0).path("edition").asText())
                .isEqualTo(reference);
        assertThat(body.path("reasons").get(0).asText()).startsWith(reference);
    }

    @Test
    void a_transformer_dated_before_gb_20052_2024_is_for_the_inspector_not_graded_by_the_new_values() {
        JsonNode body = api.post(
                        "/api/v1/checks/equipment",
                        Map.of(
                                "type",
                                "TRANSFORMER",
                                "date",
                                "2025-01-31",
                                "ratedCapacityKva",
                                400,
                                "voltageKv",
                                10,
                                "insulation",
                                "OIL",
                                "coreMaterial",
                                "ELECTRICAL_STEEL",
                                "connectionGroup",
                                "DYN11",
                                "noLoadLossKw",
                                0.36,
                                "loadLossKw",
                                3.5))
                .json();

        assertThat(body.path("efficiency").asText()).isEqualTo("NO_VALUES_LOADED");
        assertThat(body.path("reasons").get(0).asText()).contains("GB 20052-2020", "须由监察人员按该版本判定");
    }

    @Test
    void the_equipment_types_are_listed_with_chinese_names_editions_and_fields() {
        JsonNode body = api.get("/api/v1/checks/equipment/types").json();

        assertThat(body.findValuesAsText("type"))
                .containsExactly("MOTOR", "TRANSFORMER", "BOILER", "PUMP", "FAN", "COMPRESSOR", "DATA_CENTRE");
        assertThat(body.findValuesAsText("nameZh")).contains("通风机", "数据中心", "机号 No", "比功率");
        JsonNode fan = body.get(4);
        assertThat(fan.path("loadedEditions").get(0).asText()).isEqualTo("GB 19761-2020");
        assertThat(fan.path("fields").findValuesAsText("name"))
                .contains("fanType", "machineNumber", "totalPressurePa", "flowM3h", "speedRpm", "hubRatio");
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
