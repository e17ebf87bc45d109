package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;
import static cn.energyinspect.rules.quota.QuotaBoundaries.conditions;
import static cn.energyinspect.rules.quota.QuotaBoundaries.grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 31825-2024 pulp (表1, kgce/Adt) and machine-made paper and board (表2) with the special-process allowances of its notes. */
class Gb31825PulpPaperQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 31825-2024 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            PULP_BLEACHED_CHEMICAL_WOOD_SELF_USE, COMPREHENSIVE_ENERGY, kgce/Adt, , 180, 220, 260, 表1
            PULP_CHEMI_MECHANICAL_AND_MECHANICAL_MARKET, COMPREHENSIVE_ENERGY, kgce/Adt, , 320, 370, 420, 表1
            PULP_DEINKED_RECOVERED_SELF_USE, COMPREHENSIVE_ENERGY, kgce/Adt, , 100, 120, 140, 表1
            PAPER_NEWSPRINT, COMPREHENSIVE_ENERGY, kgce/t, , 210, 240, 270, 表2
            PAPER_SACK_KRAFT, COMPREHENSIVE_ENERGY, kgce/t, , 320, 380, 440, 表2
            PAPER_SUBLIMATION_TRANSFER_BASE, COMPREHENSIVE_ENERGY, kgce/t, , 430, 460, 500, 表2
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 31825-2024", table);
    }

    @ParameterizedTest(name = "tissue (wood) with TAD allowance {0} and co-production {1} -> + {2}")
    @CsvSource({"0, 0, 0", "100, 0, 100", "320, 0, 320", "0, 1, 200", "320, 1, 520"})
    void paper_limits_take_the_table_2_note_allowances(double tad, double coProduction, double added) {
        QuotaResult result = grade(
                "PAPER_TISSUE_WOOD",
                "COMPREHENSIVE_ENERGY",
                400.0,
                "kgce/t",
                DATE,
                conditions("throughAirDryingAllowanceKgce=" + tad + ";thermalCarbonlessSublimationCoProduction="
                        + coProduction));

        assertThat(result.limits()).isEqualTo(new Limits(380 + added, 450 + added, 520 + added));
    }

    @Test
    void a_tad_allowance_other_than_0_100_or_320_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> grade(
                        "PAPER_TISSUE_WOOD",
                        "COMPREHENSIVE_ENERGY",
                        400.0,
                        "kgce/t",
                        DATE,
                        conditions("throughAirDryingAllowanceKgce=200")))
                .isInstanceOf(cn.energyinspect.rules.basis.InvalidInputException.class)
                .hasMessageContaining("0 / 100 / 320");
    }
}
