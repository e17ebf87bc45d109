package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaQueries.aReading;
import static cn.energyinspect.rules.quota.QuotaQueries.arcFurnace;
import static cn.energyinspect.rules.quota.QuotaQueries.blastFurnace;
import static cn.energyinspect.rules.quota.QuotaQueries.clinkerEnergy;
import static cn.energyinspect.rules.quota.QuotaQueries.converter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boundaries of the grade limits and the corrections of GB 16780-2021, GB 21256-2025 and GB 21342-2025. */
class QuotaLimitsAndCorrectionsTest {

    @ParameterizedTest(name = "clinker {0} kgce/t -> grade {1}")
    @CsvSource(
            nullValues = "null",
            value = {"100, 1", "100.01, 2", "107, 2", "107.01, 3", "117, 3", "117.01, null", "0, 1"})
    void clinker_exactly_at_a_limit_reaches_that_grade_and_just_above_does_not(double value, Integer grade) {
        QuotaResult result = clinkerEnergy(value).graded();

        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.overQuota()).isEqualTo(grade == null);
    }

    @Test
    void clinker_above_117_kgce_is_over_quota() {
        QuotaResult result = clinkerEnergy(118).graded();

        assertThat(result.overQuota()).isTrue();
        assertThat(result.grade()).isNull();
        assertThat(result.basis().reference()).isEqualTo("GB 16780-2021");
        assertThat(result.basis().clause())
                .as("clinker is GB 16780-2021 表2; cement 表1")
                .isEqualTo("表2");
    }

    @Test
    void clinker_plant_above_1500_m_has_its_grade_3_limit_multiplied_by_the_pressure_factor() {
        // K = 1.179 - 0.211 x 79500 / 101325 = 1.013449..., 117 x K = 118.573...
        QuotaResult result = clinkerEnergy(118)
                .with("altitudeMeters", 2000)
                .with("atmosphericPressurePa", 79500)
                .graded();

        double k = 1.179 - 0.211 * 79500 / 101325;
        assertThat(result.limits().grade3()).isCloseTo(117 * k, within(1e-6));
        assertThat(result.limits().grade1()).isEqualTo(100.0);
        assertThat(result.limits().grade2()).isEqualTo(107.0);
        assertThat(result.tableLimits().grade3()).isEqualTo(117.0);
        assertThat(result.grade()).isEqualTo(3);
        assertThat(result.corrections()).singleElement().satisfies(c -> {
            assertThat(c.grade()).isEqualTo(3);
            assertThat(c.condition()).isEqualTo("altitudeMeters");
            assertThat(c.input()).isEqualTo(2000);
            assertThat(c.limitBefore()).isEqualTo(117);
        });
    }

    @ParameterizedTest(name = "clinker plant at {0} m is not altitude-corrected")
    @CsvSource({"1500", "200", "-154"})
    void clinker_plant_at_or_below_1500_m_keeps_the_table_limit_and_needs_no_pressure(double altitude) {
        QuotaResult result = clinkerEnergy(117).with("altitudeMeters", altitude).graded();

        assertThat(result.limits().grade3()).isEqualTo(117.0);
        assertThat(result.corrections()).isEmpty();
    }

    @ParameterizedTest(name = "cement at clinker ratio {0} % -> limits {1} / {2} / {3}")
    @CsvSource({"75, 80, 87, 94", "80, 85.5, 92.75, 100", "70, 74.5, 81.25, 88"})
    void cement_limits_move_with_the_clinker_ratio_by_1_10_1_15_1_20_per_point(
            double ratio, double limit1, double limit2, double limit3) {
        QuotaResult result = aReading("CEMENT", "COMPREHENSIVE_ENERGY")
                .of(limit1, "kgce/t")
                .with("clinkerRatioPercent", ratio)
                .with("altitudeMeters", 200)
                .graded();

        assertThat(result.limits()).isEqualTo(new Limits(limit1, limit2, limit3));
        assertThat(result.grade()).as("exactly at the corrected grade-1 limit").isEqualTo(1);
    }

    @ParameterizedTest(name = "burden grade {0} % -> blast-furnace limits raised by {1}")
    @CsvSource({"62, 0", "64, 0", "61, 3.61", "60, 7.22", "57, 18.05", "50, 18.05", "30, 18.05"})
    void blast_furnace_burden_below_62_percent_adds_3_61_per_point_capped_at_5_points(double burden, double added) {
        QuotaResult result =
                blastFurnace(415).with("burdenIronGradePercent", burden).graded();

        assertThat(result.limits().grade1()).isCloseTo(361 + added, within(1e-9));
        assertThat(result.limits().grade2()).isCloseTo(370 + added, within(1e-9));
        assertThat(result.limits().grade3()).isCloseTo(415 + added, within(1e-9));
    }

    @Test
    void blast_furnace_burden_correction_can_bring_a_plant_back_under_quota() {
        assertThat(blastFurnace(420).graded().overQuota()).isTrue();
        assertThat(blastFurnace(420).with("burdenIronGradePercent", 58).graded().grade())
                .isEqualTo(3);
    }

    @Test
    void blast_furnace_special_ores_add_their_share_times_the_coefficient() {
        QuotaResult result = blastFurnace(400)
                .with("vanadiumTitaniumMagnetitePercent", 20)
                .with("lateriteNickelOrePercent", 10)
                .graded();

        // 20 x 0.45 + 10 x 0.5 = 14
        assertThat(result.limits()).isEqualTo(new Limits(375.0, 384.0, 429.0));
    }

    @ParameterizedTest(name = "converter {0} kgce/t -> grade {1}")
    @CsvSource(
            nullValues = "null",
            value = {"-30, 1", "-35, 1", "-29.99, 2", "-28, 2", "-27.99, 3", "-12, 3", "-11.99, null", "5, null"})
    void converter_negative_values_are_compared_with_less_or_equal(double value, Integer grade) {
        QuotaResult result = converter(value).graded();

        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.limits()).isEqualTo(new Limits(-30.0, -28.0, -12.0));
    }

    @Test
    void converter_scrap_ratio_and_steel_category_raise_the_limits() {
        // 10 % scrap: +2.3; deep-drawing steel: +1.5
        QuotaResult result = converter(-26)
                .with("scrapRatioPercent", 10)
                .with("deepDrawingPipelineSteel", 1)
                .graded();

        assertThat(result.limits()).isEqualTo(new Limits(-26.2, -24.2, -8.2));
        assertThat(result.grade()).isEqualTo(2);
    }

    @ParameterizedTest(name = "EAF {0} t, {1} kgce/t -> grade {2} (limits {3} / {4} / {5})")
    @CsvSource(
            nullValues = "null",
            value = {
                "40, 70, 3, 61, null, 86",
                "40, 61, 1, 61, null, 86",
                "40, 61.01, 3, 61, null, 86",
                "40, 86.01, null, 61, null, 86",
                "49.9, 80, 3, 61, null, 86",
                "50, 72, 3, 61, null, 72",
                "69.9, 72.01, null, 61, null, 72",
                "70, 63, 2, 61, 64, 72",
                "120, 64.01, 3, 61, 64, 72"
            })
    void arc_furnace_grade_2_undefined_below_70_t_is_never_reported_as_grade_2(
            double tonnes, double value, Integer grade, double limit1, Double limit2, double limit3) {
        QuotaResult result = arcFurnace(tonnes, value).graded();

        assertThat(result.limits()).isEqualTo(new Limits(limit1, limit2, limit3));
        assertThat(result.grade()).isEqualTo(grade);
    }

    @Test
    void arc_furnace_hot_metal_lowers_and_stainless_raises_the_limits_undefined_grade_stays_undefined() {
        QuotaResult hotMetal =
                arcFurnace(40, 60).with("hotMetalRatioPercent", 30).graded();
        QuotaResult stainless = arcFurnace(40, 90).with("stainlessSteel", 1).graded();

        assertThat(hotMetal.limits()).isEqualTo(new Limits(37.0, null, 62.0));
        assertThat(hotMetal.grade()).isEqualTo(3);
        assertThat(stainless.limits()).isEqualTo(new Limits(67.1, null, 94.6));
        assertThat(stainless.grade()).isEqualTo(3);
    }

    @ParameterizedTest(name = "top-charging coke oven aged {0} years, wet quenching {1} -> limits {2} / {3} / {4}")
    @CsvSource({
        "10, 0, 110, 110, 135",
        "15, 0, 110, 110, 135",
        "15.5, 0, 112.5, 110, 137.5",
        "25, 0, 112.5, 110, 137.5",
        "26, 0, 115.5, 110, 140.5",
        "10, 1, 110, 110, 181.46"
    })
    void coke_oven_age_corrects_grades_1_and_3_and_wet_quenching_grade_3_only(
            double age, double wet, double limit1, double limit2, double limit3) {
        QuotaResult result = aReading("COKE_TOP_CHARGING", "COMPREHENSIVE_ENERGY")
                .of(110.0, "kgce/t")
                .with("ovenAgeYears", age)
                .with("wetQuenching", wet)
                .graded();

        assertThat(result.limits()).isEqualTo(new Limits(limit1, limit2, limit3));
        assertThat(result.grade()).isEqualTo(1);
        assertThat(result.unconfirmed()).isFalse();
    }

    @Test
    void coke_equal_grade_1_and_2_limits_give_grade_1_at_the_limit_and_grade_3_just_above() {
        QuotaQueries coke = aReading("COKE_STAMP_CHARGING", "COMPREHENSIVE_ENERGY");

        assertThat(coke.of(115.0, "kgce/t").graded().grade()).isEqualTo(1);
        assertThat(coke.of(115.5, "kgce/t").graded().grade()).isEqualTo(3);
    }

    @ParameterizedTest(name = "top-charging coke, moisture {0} %, dry volatile {1} % -> grade-1 limit {2}")
    @CsvSource({
        "10, 23, 110",
        "12, 23, 117.34",
        "8, 23, 102.66",
        "10, 21, 101.7",
        "10, 28, 128.71",
        "10, 24.5, 116.4",
        "12, 27.25, 132.5775"
    })
    void coke_moisture_corrects_both_ways_and_volatile_matter_interpolates_between_table_columns(
            double moisture, double volatile_, double limit1) {
        // GB 21342-2025 表2: (M - 10) x 3.67; volatile 21..28 % -> -8.30 .. +18.71, linear between columns
        QuotaResult result = aReading("COKE_TOP_CHARGING", "COMPREHENSIVE_ENERGY")
                .of(100.0, "kgce/t")
                .with("totalMoisturePercent", moisture)
                .with("dryVolatileMatterPercent", volatile_)
                .graded();

        assertThat(result.limits().grade1()).isCloseTo(limit1, within(1e-6));
        assertThat(result.limits().grade2()).isCloseTo(limit1, within(1e-6));
        assertThat(result.limits().grade3()).isCloseTo(limit1 + 25, within(1e-6));
        assertThat(result.unconfirmed()).isFalse();
    }

    @Test
    void result_resting_on_an_unconfirmed_correction_says_so_and_names_it() {
        // GB 21340-2019 表2 factor wording is unconfirmed: a flat-glass line with b = 1.05
        QuotaResult result = aReading("FLAT_GLASS", "COMPREHENSIVE_ENERGY")
                .of(12.5, "kgce/重量箱")
                .with("lineCapacityTonnesPerDay", 900)
                .with("glassThicknessFactor", 1.05)
                .graded();

        assertThat(result.limits()).isEqualTo(new Limits(8.4, 10.5, 12.6));
        assertThat(result.grade()).isEqualTo(3);
        assertThat(result.unconfirmed()).isTrue();
        assertThat(result.unconfirmedValues()).singleElement().asString().contains("glassThicknessFactor");
    }

    @Test
    void result_resting_on_an_unconfirmed_benchmark_says_so() {
        QuotaResult result = aReading("METHANOL_LIGNITE", "COMPREHENSIVE_ENERGY")
                .of(1700.0, "kgce/t")
                .graded();

        assertThat(result.grade()).isEqualTo(1);
        assertThat(result.unconfirmed()).isTrue();
        assertThat(result.unconfirmedValues()).singleElement().asString().contains("benchmark 1550");
    }

    @Test
    void ferroalloy_and_alumina_and_glycol_are_graded_by_their_own_tables() {
        assertThat(aReading("FERROSILICON", "SMELTING_ELECTRICITY")
                        .of(8300.0, "kWh/t")
                        .graded()
                        .grade())
                .isEqualTo(2);
        assertThat(aReading("ALUMINA_BAYER", "COMPREHENSIVE_ENERGY")
                        .of(461.0, "kgce/t")
                        .graded()
                        .overQuota())
                .isTrue();
        QuotaResult glycol = aReading("ETHYLENE_GLYCOL_FROM_COAL", "COMPREHENSIVE_ENERGY")
                .of(2500.0, "kgce/t")
                .graded();
        assertThat(glycol.grade()).isEqualTo(2);
        assertThat(glycol.benchmark())
                .as("NDRC coal-glycol boundary differs: not attached")
                .isEmpty();
    }
}
