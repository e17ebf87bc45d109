package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;
import static cn.energyinspect.rules.quota.QuotaBoundaries.conditions;
import static cn.energyinspect.rules.quota.QuotaBoundaries.grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 30251-2024 refining and chemicals (replaces GB 30251-2013 and GB 30250-2013 ethylene): 表1–表8. */
class Gb30251RefiningQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 30251-2024 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            REFINERY, ENERGY_FACTOR_CONSUMPTION, kgoe/(t·能量因数), , 6.85, 7.50, 8.50, 表1
            ETHYLENE, COMPREHENSIVE_ENERGY, kgoe/t, , 580, 590, 640, 表2
            POLYPROPYLENE_LIQUID_BULK, COMPREHENSIVE_ENERGY, kgoe/t, , 51, 64, 95, 表3
            STYRENE_COOXIDATION, COMPREHENSIVE_ENERGY, kgoe/t, , 270, 315, 320, 表4
            PARA_XYLENE, COMPREHENSIVE_ENERGY, kgoe/t, , 370, 380, 550, 表5
            PURIFIED_TEREPHTHALIC_ACID, COMPREHENSIVE_ENERGY, kgce/t, , 70, 80, 180, 表6
            PROPYLENE_OXIDE_HYDROGEN_PEROXIDE, COMPREHENSIVE_ENERGY, kgce/t, , 480, 545, 550, 表7
            PROPYLENE_OXIDE_CHLOROHYDRIN, COMPREHENSIVE_ENERGY, kgce/t, , —, —, 380, 表7
            PHTHALIC_ANHYDRIDE, COMPREHENSIVE_ENERGY, kgce/t, , -296, -249, -111, 表8
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 30251-2024", table);
    }

    @Test
    void phthalic_anhydride_exporting_energy_is_graded_with_negative_values() {
        assertThat(grade("PHTHALIC_ANHYDRIDE", "COMPREHENSIVE_ENERGY", -300.0, "kgce/t", DATE, conditions(""))
                        .grade())
                .isEqualTo(1);
        assertThat(grade("PHTHALIC_ANHYDRIDE", "COMPREHENSIVE_ENERGY", -100.0, "kgce/t", DATE, conditions(""))
                        .overQuota())
                .isTrue();
    }

    @Test
    void ethylene_before_gb_30251_2024_names_gb_30250_2013_as_the_missing_standard() {
        EditionAvailability availability =
                QuotaGrading.standard().availability("ETHYLENE", "COMPREHENSIVE_ENERGY", LocalDate.of(2025, 4, 30));

        assertThat(availability.loaded()).isFalse();
        assertThat(availability.missingEdition()).isEqualTo("GB 30250-2013");
        assertThat(availability.missingBefore()).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
