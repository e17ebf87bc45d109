package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 21257-2024 caustic soda, PVC (replaces GB 30527-2014) and methane chlorides: 表1–表3. */
class Gb21257ChlorAlkaliQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 21257-2024 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            CAUSTIC_SODA_LIQUID_30, COMPREHENSIVE_ENERGY, kgce/t, , 308, 315, 350, 表1
            CAUSTIC_SODA_SOLID_98, COMPREHENSIVE_ENERGY, kgce/t, , 600, 620, 685, 表1
            PVC_CARBIDE_GENERAL, COMPREHENSIVE_ENERGY, kgce/t, , 185, 193, 270, 表2
            PVC_ETHYLENE_PASTE, COMPREHENSIVE_ENERGY, kgce/t, , 900, 950, 1100, 表2
            PVC_MONOMER_PASTE, COMPREHENSIVE_ENERGY, kgce/t, , 355, 385, 415, 表2
            METHANE_CHLORIDES_CCL4_OUTSIDE_SYSTEM, COMPREHENSIVE_ENERGY, kgce/t, , 220, 250, 290, 表3
            METHANE_CHLORIDES_CCL4_TO_CHLOROFORM, COMPREHENSIVE_ENERGY, kgce/t, , 255, 275, 320, 表3
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 21257-2024", table);
    }

    @Test
    void pvc_before_gb_21257_2024_names_gb_30527_2014_which_it_replaced() {
        EditionAvailability availability = QuotaGrading.standard()
                .availability("PVC_CARBIDE_GENERAL", "COMPREHENSIVE_ENERGY", LocalDate.of(2025, 4, 30));

        assertThat(availability.missingEdition()).isEqualTo("GB 30527-2014");
        assertThat(availability.message()).startsWith("未载入 2025-05-01 之前适用的标准（GB 30527-2014）");
    }
}
