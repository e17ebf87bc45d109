package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaQueries.aReading;
import static cn.energyinspect.rules.quota.QuotaQueries.arcFurnace;
import static cn.energyinspect.rules.quota.QuotaQueries.blastFurnace;
import static cn.energyinspect.rules.quota.QuotaQueries.clinkerEnergy;
import static cn.energyinspect.rules.quota.QuotaQueries.converter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input is refused with every problem listed; a wrong grade is never returned. */
class QuotaInvalidInputTest {

    private static List<Violation> violationsOf(QuotaQueries reading) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, reading::graded);
        assertThat(e).as("expected the input to be refused").isNotNull();
        return e.violations();
    }

    @Test
    void unknown_product_is_refused_listing_the_known_ones() {
        assertThat(violationsOf(
                        aReading("CEMENT_KLINKER", "COMPREHENSIVE_ENERGY").of(100.0, "kgce/t")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("product");
                    assertThat(v.message()).contains("CEMENT_KLINKER", "CEMENT_CLINKER", "STEEL_CONVERTER");
                });
    }

    @Test
    void unknown_indicator_is_refused_listing_the_products_indicators() {
        assertThat(violationsOf(aReading("CEMENT_CLINKER", "ENERGY").of(100.0, "kgce/t")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("indicator");
                    assertThat(v.message()).contains("COMPREHENSIVE_ENERGY", "COMPREHENSIVE_ELECTRICITY");
                });
    }

    @ParameterizedTest(name = "unit {0} for clinker comprehensive energy is refused")
    @CsvSource({"kWh/t", "kgce", "tce/t"})
    void unit_other_than_the_indicators_is_refused(String unit) {
        assertThat(violationsOf(clinkerEnergy(100).of(100.0, unit)))
                .extracting(Violation::field, Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unit", "单位须为 kgce/t（熟料单位产品综合能耗），实为 '" + unit + "'"));
    }

    @Test
    void negative_clinker_energy_is_refused_but_negative_converter_energy_is_graded() {
        assertThat(violationsOf(clinkerEnergy(-1))).extracting(Violation::field).containsExactly("value");
        assertThat(converter(-1).graded().overQuota()).isTrue();
    }

    @Test
    void clinker_energy_without_altitude_is_refused_because_gb_16780_corrects_by_it() {
        assertThat(violationsOf(clinkerEnergy(100).without("altitudeMeters")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("conditions.altitudeMeters");
                    assertThat(v.message()).contains("GB 16780-2021");
                });
    }

    @Test
    void clinker_plant_above_1500_m_without_pressure_is_refused() {
        assertThat(violationsOf(clinkerEnergy(100).with("altitudeMeters", 1501)))
                .extracting(Violation::field)
                .containsExactly("conditions.atmosphericPressurePa");
    }

    @Test
    void blast_furnace_without_burden_grade_is_refused() {
        assertThat(violationsOf(blastFurnace(400).without("burdenIronGradePercent")))
                .extracting(Violation::field)
                .containsExactly("conditions.burdenIronGradePercent");
    }

    @Test
    void cement_without_clinker_ratio_is_refused_once_not_per_grade() {
        assertThat(violationsOf(aReading("CEMENT", "COMPREHENSIVE_ENERGY")
                        .of(80.0, "kgce/t")
                        .with("altitudeMeters", 200)))
                .extracting(Violation::field)
                .containsExactly("conditions.clinkerRatioPercent");
    }

    @Test
    void arc_furnace_without_capacity_is_refused_naming_the_table_rows() {
        assertThat(violationsOf(arcFurnace(40, 70).without("furnaceCapacityTonnes")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("conditions.furnaceCapacityTonnes");
                    assertThat(v.message()).contains("[50,70)");
                });
    }

    @ParameterizedTest(name = "condition {0} = {1} is refused")
    @CsvSource({
        "burdenIronGradePercent, 120",
        "burdenIronGradePercent, 0",
        "vanadiumTitaniumMagnetitePercent, -1",
        "burdenIronGradePercent, NaN"
    })
    void condition_out_of_range_is_refused(String condition, double value) {
        assertThat(violationsOf(blastFurnace(400).with(condition, value)))
                .extracting(Violation::field)
                .containsExactly("conditions." + condition);
    }

    @Test
    void flag_other_than_0_or_1_is_refused() {
        assertThat(violationsOf(converter(-25).with("deepDrawingPipelineSteel", 2)))
                .extracting(Violation::field)
                .containsExactly("conditions.deepDrawingPipelineSteel");
    }

    @Test
    void condition_unknown_to_the_product_is_refused_so_a_typo_does_not_skip_a_correction() {
        assertThat(violationsOf(clinkerEnergy(100).with("altitude", 2000)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("conditions.altitude");
                    assertThat(v.message()).contains("altitudeMeters", "atmosphericPressurePa");
                });
    }

    @Test
    void every_problem_is_listed_at_once() {
        QuotaQueries reading = blastFurnace(-5)
                .of(-5.0, "kgce")
                .without("burdenIronGradePercent")
                .with("rareEarthOrePercent", 101);

        assertThat(violationsOf(reading))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "value", "unit", "conditions.rareEarthOrePercent", "conditions.burdenIronGradePercent");
    }

    @Test
    void missing_value_unit_and_date_are_refused() {
        assertThat(violationsOf(aReading("CEMENT_CLINKER", "COMPREHENSIVE_ELECTRICITY")
                        .of(null, null)
                        .on(null)))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("value", "unit", "date");
    }

    @ParameterizedTest(name = "blast furnace on {0}: GB 21256-2013 not loaded, GB 21256-2025 not applied backwards")
    @CsvSource({"2024-05-01", "2026-06-30"})
    void blast_furnace_before_gb_21256_2025_is_in_force_is_refused_not_guessed(String date) {
        assertThat(violationsOf(blastFurnace(400).on(date))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("date");
            assertThat(v.message())
                    .startsWith("未载入 2026-07-01 之前适用的 GB 21256 版本（GB 21256-2013）")
                    .contains(date, "不得套用 GB 21256-2025");
        });
    }

    @Test
    void arc_furnace_before_gb_21256_2025_names_gb_32050_2015_which_it_replaced() {
        assertThat(violationsOf(arcFurnace(40, 70).on("2026-06-30")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("date");
                    assertThat(v.message()).startsWith("未载入 2026-07-01 之前适用的标准（GB 32050-2015）");
                });
    }

    @Test
    void blast_furnace_on_the_day_gb_21256_2025_takes_effect_is_graded() {
        QuotaResult result = blastFurnace(400).on("2026-07-01").graded();

        assertThat(result.grade()).isEqualTo(3);
        assertThat(result.basis().reference()).isEqualTo("GB 21256-2025");
    }
}
