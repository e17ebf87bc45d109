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

/** GB 29140-2024 soda ash: 表1 light and dense ash by process, and the sun-dried-salt factor of the combined process. */
class Gb29140SodaAshQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 29140-2024 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            SODA_ASH_AMMONIA_SODA_LIGHT, COMPREHENSIVE_ENERGY, kgce/t, , 310, 320, 370, 表1
            SODA_ASH_AMMONIA_SODA_DENSE, COMPREHENSIVE_ENERGY, kgce/t, , 350, 365, 420, 表1
            SODA_ASH_COMBINED_SODA_LIGHT, COMPREHENSIVE_ENERGY, kgce/t, , 145, 160, 200, 表1
            SODA_ASH_NATURAL_SODA_CARBONATION_DENSE, COMPREHENSIVE_ENERGY, kgce/t, , 430, 455, 490, 表1
            SODA_ASH_NATURAL_SODA_EVAPORATION_DENSE, COMPREHENSIVE_ENERGY, kgce/t, , 380, 405, 440, 表1
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 29140-2024", table);
    }

    @ParameterizedTest(name = "{0} with sun-dried salt {1} -> limits x {2}")
    @CsvSource({
        "SODA_ASH_COMBINED_SODA_LIGHT, 0, 1.0, 145, 160, 200",
        "SODA_ASH_COMBINED_SODA_LIGHT, 1, 1.18, 145, 160, 200",
        "SODA_ASH_COMBINED_SODA_DENSE, 1, 1.18, 185, 205, 250"
    })
    void combined_soda_limits_are_multiplied_by_1_18_with_sun_dried_salt(
            String product, double sunDried, double factor, double g1, double g2, double g3) {
        QuotaResult result = grade(
                product,
                "COMPREHENSIVE_ENERGY",
                200.0,
                "kgce/t",
                DATE,
                conditions("sunDriedIndustrialSalt=" + sunDried));

        assertThat(result.limits().grade1()).isCloseTo(g1 * factor, within(1e-6));
        assertThat(result.limits().grade2()).isCloseTo(g2 * factor, within(1e-6));
        assertThat(result.limits().grade3()).isCloseTo(g3 * factor, within(1e-6));
    }

    @Test
    void the_sun_dried_salt_factor_belongs_to_the_combined_process_only() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> grade(
                        "SODA_ASH_AMMONIA_SODA_LIGHT",
                        "COMPREHENSIVE_ENERGY",
                        300.0,
                        "kgce/t",
                        DATE,
                        conditions("sunDriedIndustrialSalt=1")))
                .isInstanceOf(cn.energyinspect.rules.basis.InvalidInputException.class)
                .hasMessageContaining("conditions.sunDriedIndustrialSalt");
    }
}
