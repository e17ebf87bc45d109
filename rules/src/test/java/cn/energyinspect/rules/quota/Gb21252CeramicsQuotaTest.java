package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;
import static cn.energyinspect.rules.quota.QuotaBoundaries.conditions;
import static cn.energyinspect.rules.quota.QuotaBoundaries.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 21252-2023 building and sanitary ceramics: 表1 by water absorption, 表3–表6, and the 表2 thickness factor. */
class Gb21252CeramicsQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 21252-2023 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            CERAMIC_TILE_DRY_PRESSED, COMPREHENSIVE_ENERGY, kgce/m², waterAbsorptionPercent=0.2, 4.5, 5.5, 7.0, 表1
            CERAMIC_TILE_DRY_PRESSED, COMPREHENSIVE_ENERGY, kgce/m², waterAbsorptionPercent=0.5, 4.0, 4.9, 6.5, 表1
            CERAMIC_TILE_DRY_PRESSED, COMPREHENSIVE_ENERGY, kgce/m², waterAbsorptionPercent=10, 3.4, 3.7, 4.6, 表1
            CERAMIC_TILE_DRY_PRESSED, COMPREHENSIVE_ENERGY, kgce/m², waterAbsorptionPercent=12, 3.2, 3.5, 4.5, 表1
            CERAMIC_BOARD, COMPREHENSIVE_ENERGY, kgce/m², , 6.0, 8.7, 13.2, 表3
            CERAMIC_HOLLOW_PANEL_EXTRUDED_TILE, COMPREHENSIVE_ENERGY, kgce/t, , 226, 238, 253, 表4
            SANITARY_CERAMICS, COMPREHENSIVE_ENERGY, kgce/t, waterAbsorptionPercent=0.3, 350, 500, 630, 表5
            SANITARY_CERAMICS, COMPREHENSIVE_ENERGY, kgce/t, waterAbsorptionPercent=0.31, 300, 460, 610, 表5
            ALUMINA_GRINDING_BALL_90, COMPREHENSIVE_ENERGY, kgce/t, , 295, 320, 370, 表6
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 21252-2023", table);
    }

    @ParameterizedTest(name = "ceramic tile (absorption 0.1 %) with thickness factor {0} -> 7.0 x {0}")
    @CsvSource({"1.0", "1.08", "0.9"})
    void tile_and_board_limits_are_multiplied_by_the_overall_thickness_factor(double factor) {
        QuotaResult tile = grade(
                "CERAMIC_TILE_DRY_PRESSED",
                "COMPREHENSIVE_ENERGY",
                4.0,
                "kgce/m²",
                DATE,
                conditions("waterAbsorptionPercent=0.1;ceramicThicknessFactor=" + factor));
        QuotaResult board = grade(
                "CERAMIC_BOARD",
                "COMPREHENSIVE_ENERGY",
                6.0,
                "kgce/m²",
                DATE,
                conditions("ceramicThicknessFactor=" + factor));

        assertThat(tile.limits().grade3()).isCloseTo(7.0 * factor, within(1e-6));
        assertThat(tile.limits().grade1()).isCloseTo(4.5 * factor, within(1e-6));
        assertThat(board.limits().grade2()).isCloseTo(8.7 * factor, within(1e-6));
        assertThat(tile.corrections().isEmpty()).isEqualTo(factor == 1.0);
    }
}
