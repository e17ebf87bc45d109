package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 21344-2023 fertilisers incl. synthetic ammonia: 表1–表6. */
class Gb21344FertiliserQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 21344-2023 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            AMMONIA_QUALITY_ANTHRACITE_LUMP, COMPREHENSIVE_ENERGY, kgce/t, , 1090, 1100, 1350, 表1
            AMMONIA_PULVERISED_COAL, COMPREHENSIVE_ENERGY, kgce/t, , 1340, 1350, 1550, 表1
            AMMONIA_NATURAL_GAS, COMPREHENSIVE_ENERGY, kgce/t, , 996, 1000, 1200, 表1
            UREA_ELECTRIC_MOTOR_COMPRESSOR, COMPREHENSIVE_ENERGY, kgce/t, , 115, 138, 165, 表2
            AMMONIUM_BICARBONATE, ELECTRICITY, kWh/t, , 18, 20, 30, 表3
            MAP_SLURRY_POWDER, COMPREHENSIVE_ENERGY, kgce/t, , 140, 165, 185, 表4
            DAP_TRADITIONAL_GRANULAR, COMPREHENSIVE_ENERGY, kgce/t, , 225, 250, 275, 表5
            POTASSIUM_SULPHATE_MANNHEIM, COMPREHENSIVE_ENERGY, kgce/t, , 105, 110, 120, 表6
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 21344-2023", table);
    }
}
