package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 21343-2023 calcium carbide, VAc, PVA, BDO, dicyandiamide and cyanamide: 表1–表6. */
class Gb21343CarbideQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 21343-2023 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            CALCIUM_CARBIDE, COMPREHENSIVE_ENERGY, kgce/t, , 805, 823, 940, 表1
            CALCIUM_CARBIDE, FURNACE_ELECTRICITY, kWh/t, , 3000, 3080, 3200, 表1
            VINYL_ACETATE_ETHYLENE, COMPREHENSIVE_ENERGY, kgce/t, , 240, 250, 410, 表2
            POLYVINYL_ALCOHOL_ACETYLENE, COMPREHENSIVE_ENERGY, kgce/t, , 1900, 2000, 2500, 表3
            BUTANEDIOL_ALLYL_ALCOHOL, COMPREHENSIVE_ENERGY, kgce/t, , 890, 890, 1000, 表4
            DICYANDIAMIDE, COMPREHENSIVE_ENERGY, kgce/t, , 230, 300, 350, 表5
            CYANAMIDE_50, COMPREHENSIVE_ENERGY, kgce/t, , 600, 750, 900, 表6
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 21343-2023", table);
    }
}
