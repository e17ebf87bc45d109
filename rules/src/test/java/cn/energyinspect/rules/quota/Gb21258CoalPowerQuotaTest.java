package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;
import static cn.energyinspect.rules.quota.QuotaBoundaries.conditions;
import static cn.energyinspect.rules.quota.QuotaBoundaries.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 21258-2024 coal-fired power units: 表1 supply and heat-supply coal rates (unconfirmed: the transcription's grade 2 lies below grade 1 in four rows), 表2 allowance, 表3–表6 factor. */
class Gb21258CoalPowerQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 21258-2024 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            COAL_POWER_USC_1000MW, SUPPLY_COAL_RATE, gce/kWh, , 268, 276, 283, 表1
            COAL_POWER_SC_300MW, SUPPLY_COAL_RATE, gce/kWh, , 290, 285, 308, 表1
            COAL_POWER_SUBCRITICAL_300MW, SUPPLY_COAL_RATE, gce/kWh, , 309, 285, 321, 表1
            COAL_POWER_UHP_200MW, SUPPLY_COAL_RATE, gce/kWh, , —, —, 352, 表1
            COAL_POWER_USC_600MW, HEAT_SUPPLY_COAL_RATE, kgce/GJ, , 40, 40.5, 42, 表1
            COAL_POWER_SUBCRITICAL_600MW, HEAT_SUPPLY_COAL_RATE, kgce/GJ, , 40, 40.5, 42.5, 表1
            """)
    void grades_each_row_at_its_limits_equal_is_compliant_just_above_is_not(
            String product,
            String indicator,
            String unit,
            String conditions,
            Double grade1,
            Double grade2,
            Double grade3,
            String table) {
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 21258-2024", table);
    }

    @Test
    void every_gb_21258_result_is_unconfirmed_and_a_grade_2_below_grade_1_is_never_reported_as_grade_2() {
        QuotaResult atGrade2 = grade("COAL_POWER_SC_600MW", "SUPPLY_COAL_RATE", 285.0, "gce/kWh", DATE, conditions(""));

        assertThat(atGrade2.grade()).as("285 is within grade 1 (286) first").isEqualTo(1);
        assertThat(atGrade2.unconfirmed()).isTrue();
    }

    @ParameterizedTest(name = "USC 1000 MW, factor {0}, allowance {1} -> {2} / {3} / {4}")
    @CsvSource({
        "1, 0, 268, 276, 283",
        "1.01, 0, 270.68, 278.76, 285.83",
        "1, 5, 273, 276, 288",
        "1.01, 5, 275.68, 278.76, 290.83"
    })
    void supply_coal_rate_is_multiplied_by_the_influence_factor_then_grades_1_and_3_take_the_allowance(
            double factor, double allowance, double g1, double g2, double g3) {
        QuotaResult result = grade(
                "COAL_POWER_USC_1000MW",
                "SUPPLY_COAL_RATE",
                280.0,
                "gce/kWh",
                DATE,
                conditions("coalPowerInfluenceFactor=" + factor + ";coalPowerSupplyAllowanceGcePerKwh=" + allowance));

        assertThat(result.limits().grade1()).isCloseTo(g1, within(1e-6));
        assertThat(result.limits().grade2()).isCloseTo(g2, within(1e-6));
        assertThat(result.limits().grade3()).isCloseTo(g3, within(1e-6));
    }
}
