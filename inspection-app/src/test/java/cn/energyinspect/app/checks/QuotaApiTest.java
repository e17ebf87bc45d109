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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void the_catalogue_lists_every_product_with_its_chinese_names_unit_and_required_conditions() {
        JsonNode body = api.get("/api/v1/checks/energy-quota/indicators").json();
        JsonNode glass = null;
        for (JsonNode indicator : body) {
            assertThat(indicator.path("productNameZh").asText())
                    .as(indicator.toString())
                    .isNotBlank();
            assertThat(indicator.path("nameZh").asText()).isNotBlank();
            assertThat(indicator.path("unit").asText()).isNotBlank();
            if (indicator.path("product").asText().equals("FLAT_GLASS")) {
                glass = indicator;
            }
        }

        assertThat(body.size()).isGreaterThan(200);
        assertThat(glass).isNotNull();
        assertThat(glass.path("productNameZh").asText()).isEqualTo("平板玻璃");
        assertThat(glass.path("unit").asText()).isEqualTo("kgce/重量箱");
        assertThat(glass.path("requiredConditions").get(0).asText()).isEqualTo("lineCapacityTonnesPerDay");
        assertThat(glass.path("conditionDetails").findValuesAsText("nameZh")).contains("生产线设计生产能力", "厚度修正系数 b");
        assertThat(glass.path("editions").get(0).path("source").asText())
                .startsWith("GB 21340-2019 表1")
                .doesNotContain("regulations.md");
    }

    @ParameterizedTest(name = "{0} {1}/{2} {3} {4} -> grade {6}")
    @CsvSource(nullValues = "null", textBlock = """
            GB 21340-2019, FLAT_GLASS, COMPREHENSIVE_ENERGY, 10.0, kgce/重量箱, lineCapacityTonnesPerDay=900, 2, false
            GB 21252-2023, SANITARY_CERAMICS, COMPREHENSIVE_ENERGY, 600, kgce/t, waterAbsorptionPercent=0.2, 3, false
            GB 25323-2023, COPPER_SMELTING, COMPREHENSIVE_ENERGY, 345, kgce/t, , null, false
            GB 30251-2024, ETHYLENE, COMPREHENSIVE_ENERGY, 585, kgoe/t, , 2, false
            GB 21344-2023, AMMONIA_NATURAL_GAS, COMPREHENSIVE_ENERGY, 996, kgce/t, , 1, false
            GB 21343-2023, CALCIUM_CARBIDE, FURNACE_ELECTRICITY, 3100, kWh/t, , 3, false
            GB 21257-2024, PVC_CARBIDE_GENERAL, COMPREHENSIVE_ENERGY, 190, kgce/t, , 2, false
            GB 29140-2024, SODA_ASH_COMBINED_SODA_LIGHT, COMPREHENSIVE_ENERGY, 230, kgce/t, sunDriedIndustrialSalt=1, 3, false
            GB 21345-2024, YELLOW_PHOSPHORUS, COMPREHENSIVE_ENERGY, 2800, kgce/t, , 3, false
            GB 31825-2024, PAPER_NEWSPRINT, COMPREHENSIVE_ENERGY, 250, kgce/t, , 3, false
            GB 21258-2024, COAL_POWER_USC_1000MW, SUPPLY_COAL_RATE, 275, gce/kWh, , 2, true
            GB 21341-2022, CHARGE_FERROCHROME, SMELTING_ELECTRICITY, 3400, kWh/t, , 2, false
            """)
    void one_row_of_every_new_standard_is_graded_through_the_api(
            String reference,
            String product,
            String indicator,
            double value,
            String unit,
            String conditions,
            Integer grade,
            boolean unconfirmed) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("product", product);
        body.put("indicator", indicator);
        body.put("value", value);
        body.put("unit", unit);
        body.put("date", "2026-08-01");
        Map<String, Double> given = new java.util.LinkedHashMap<>();
        if (conditions != null) {
            String[] kv = conditions.split("=");
            given.put(kv[0], Double.valueOf(kv[1]));
        }
        body.put("conditions", given);

        JsonNode result = api.post("/api/v1/checks/energy-quota", body).json();

        assertThat(result.path("grade").isNull() ? null : result.path("grade").asInt())
                .as(result.toString())
                .isEqualTo(grade);
        assertThat(result.path("overQuota").asBoolean()).isEqualTo(grade == null);
        assertThat(result.path("basis").path("standard").asText() + "-"
                        + result.path("basis").path("edition").asText())
                .isEqualTo(reference);
        assertThat(result.path("basis").path("source").asText())
                .startsWith(reference)
                .contains("github.com/");
        assertThat(result.path("unconfirmed").asBoolean()).isEqualTo(unconfirmed);
    }

    @Test
    void a_steel_figure_before_gb_21256_2025_is_a_422_on_date_naming_the_missing_edition() {
        Api.Response response = api.post(
                "/api/v1/checks/energy-quota",
                Map.of(
                        "product", "STEEL_SINTERING",
                        "indicator", "PROCESS_ENERGY",
                        "value", 50,
                        "unit", "kgce/t",
                        "date", "2026-06-30"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactly("date");
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .startsWith("未载入 2026-07-01 之前适用的 GB 21256 版本（GB 21256-2013）");
    }

    @Test
    void the_editions_query_answers_without_a_problem_which_edition_is_missing() {
        JsonNode before = api.get(
                        "/api/v1/checks/energy-quota/editions?product=STEEL_SINTERING&indicator=PROCESS_ENERGY&date=2026-06-30")
                .json();
        JsonNode on = api.get(
                        "/api/v1/checks/energy-quota/editions?product=STEEL_SINTERING&indicator=PROCESS_ENERGY&date=2026-07-01")
                .json();
        Api.Response unknown =
                api.get("/api/v1/checks/energy-quota/editions?product=NOPE&indicator=PROCESS_ENERGY&date=2026-07-01");

        assertThat(before.path("loaded").asBoolean()).isFalse();
        assertThat(before.path("missingEdition").asText()).isEqualTo("GB 21256-2013");
        assertThat(before.path("missingBefore").asText()).isEqualTo("2026-07-01");
        assertThat(on.path("loaded").asBoolean()).isTrue();
        assertThat(on.path("edition").path("edition").asText()).isEqualTo("2025");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemFields()).containsExactly("product");
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
