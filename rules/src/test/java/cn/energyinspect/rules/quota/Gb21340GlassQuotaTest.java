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

/** GB 21340-2019 glass and cast stone: 表1 by line capacity, 表3 by type and thickness, 表4, 表5, and the 表2 correction V_c = V × a × b × c × d. */
class Gb21340GlassQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 21340-2019 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            FLAT_GLASS, COMPREHENSIVE_ENERGY, kgce/重量箱, lineCapacityTonnesPerDay=500, —, —, 14.0, 表1
            FLAT_GLASS, COMPREHENSIVE_ENERGY, kgce/重量箱, lineCapacityTonnesPerDay=500.5, 9.5, 11.5, 13.5, 表1
            FLAT_GLASS, COMPREHENSIVE_ENERGY, kgce/重量箱, lineCapacityTonnesPerDay=800, 9.5, 11.5, 13.5, 表1
            FLAT_GLASS, COMPREHENSIVE_ENERGY, kgce/重量箱, lineCapacityTonnesPerDay=1200, 8.0, 10.0, 12.0, 表1
            TEMPERED_GLASS_FLAT_ORDINARY, ELECTRICITY, kWh/m², glassThicknessMm=3, 2.20, 2.75, 3.46, 表3
            TEMPERED_GLASS_FLAT_LOW_E, ELECTRICITY, kWh/m², glassThicknessMm=6, 3.99, 4.98, 5.44, 表3
            TEMPERED_GLASS_CURVED_ORDINARY, ELECTRICITY, kWh/m², glassThicknessMm=10, 7.05, 8.82, 9.73, 表3
            TEMPERED_GLASS_CURVED_LOW_E, ELECTRICITY, kWh/m², glassThicknessMm=19, 16.82, 21.01, 23.04, 表3
            PV_ROLLED_GLASS, COMPREHENSIVE_ENERGY, kgce/t, lineCapacityTonnesPerDay=300, 300, 300, 400, 表4
            PV_ROLLED_GLASS, COMPREHENSIVE_ENERGY, kgce/t, lineCapacityTonnesPerDay=650, 260, 260, 370, 表4
            CAST_STONE, COMPREHENSIVE_ENERGY, kgce/t, , 540, 700, 800, 表5
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 21340-2019", table);
    }

    @ParameterizedTest(name = "flat glass > 800 t/d, a/b/c/d conditions [{0}] -> limits x {1}")
    @CsvSource({
        "'capacityUtilisationPercent=85', 1.0",
        "'capacityUtilisationPercent=85.1', 1.1",
        "'glassThicknessFactor=0.95', 0.95",
        "'glassIronContentFactor=1.02', 1.02",
        "'lineAdjustmentAbnormalProduction=1', 1.1",
        "'capacityUtilisationPercent=90;glassThicknessFactor=1.05;glassIronContentFactor=0.98;lineAdjustmentAbnormalProduction=1', 1.245090"
    })
    void flat_glass_limits_are_multiplied_by_the_table_2_factors_a_b_c_d(String factors, double product) {
        QuotaResult result = grade(
                "FLAT_GLASS",
                "COMPREHENSIVE_ENERGY",
                9.0,
                "kgce/重量箱",
                DATE,
                conditions("lineCapacityTonnesPerDay=900;" + factors));

        assertThat(result.limits().grade1()).isCloseTo(8.0 * product, within(1e-6));
        assertThat(result.limits().grade2()).isCloseTo(10.0 * product, within(1e-6));
        assertThat(result.limits().grade3()).isCloseTo(12.0 * product, within(1e-6));
        assertThat(result.unconfirmed())
                .as("the 表2 factor wording is unconfirmed")
                .isEqualTo(product != 1.0);
    }

    @Test
    void tempered_glass_of_a_thickness_between_the_table_columns_is_refused_not_interpolated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> grade(
                        "TEMPERED_GLASS_FLAT_ORDINARY",
                        "ELECTRICITY",
                        3.0,
                        "kWh/m²",
                        DATE,
                        conditions("glassThicknessMm=7")))
                .isInstanceOf(cn.energyinspect.rules.basis.InvalidInputException.class)
                .hasMessageContaining("conditions.glassThicknessMm");
    }
}
