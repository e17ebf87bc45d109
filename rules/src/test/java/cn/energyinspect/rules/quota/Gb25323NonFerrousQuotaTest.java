package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;
import static cn.energyinspect.rules.quota.QuotaBoundaries.conditions;
import static cn.energyinspect.rules.quota.QuotaBoundaries.grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 25323-2023 heavy non-ferrous smelting (replaces GB 21248–21251-2014): first, middle and last rows of 表1–表12; 表11–表12 unconfirmed. */
class Gb25323NonFerrousQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 25323-2023 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            COPPER_BLISTER_PROCESS, COMPREHENSIVE_ENERGY, kgce/t, , 100, 125, 175, 表1
            COPPER_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 210, 230, 340, 表1
            COPPER_SCRAP_ROUTE_CATHODE, COMPREHENSIVE_ENERGY, kgce/t, , 290, 310, 370, 表2
            ZINC_HYDRO_WITH_RESIDUE_TREATMENT, COMPREHENSIVE_ENERGY, kgce/t, , 1010, 1040, 1260, 表3
            ZINC_HYDRO_WITHOUT_RESIDUE_TREATMENT, COMPREHENSIVE_ENERGY, kgce/t, , 550, 660, 820, 表3
            ZINC_CALCINE_ENRICHED_8, COMPREHENSIVE_ENERGY, kgce/t, , 2500, 2830, 3150, 表4
            LEAD_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 300, 330, 420, 表5
            SECONDARY_LEAD_BATTERY_PRETREATMENT, COMPREHENSIVE_ENERGY, kgce/t, , 3, 3.5, 4, 表6
            SECONDARY_LEAD, COMPREHENSIVE_ENERGY, kgce/t, , 120, 150, 210, 表6
            NICKEL_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 3450, 3650, 4680, 表7
            TIN_SLAG_FUMING, COMPREHENSIVE_ENERGY, kgce/t, , 2200, 2600, 3200, 表8
            ANTIMONY_SMELTING_CONCENTRATE, COMPREHENSIVE_ENERGY, kgce/t, , 950, 1100, 1250, 表9
            JAMESONITE_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 1710, 1820, 2100, 表10
            TABLE11_CHLORIDE_SOLUTION_PROCESS, COMPREHENSIVE_ENERGY, kgce/t, , 1300, 1700, 2050, 表11
            TABLE12_OXIDE_FEED_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 2100, 2300, 2800, 表12
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 25323-2023", table);
    }

    @ParameterizedTest(name = "{0}: unconfirmed {1}")
    @CsvSource({
        "COPPER_SMELTING, false",
        "SECONDARY_LEAD, false",
        "TABLE11_SMELTING, true",
        "TABLE11_SULPHATE_CRYSTAL, true",
        "TABLE12_SULPHIDE_CONCENTRATE_SMELTING, true"
    })
    void tables_11_and_12_whose_metal_names_are_doubtful_grade_with_unconfirmed_true(
            String product, boolean unconfirmed) {
        QuotaResult result = grade(product, "COMPREHENSIVE_ENERGY", 100.0, "kgce/t", DATE, conditions(""));

        assertThat(result.grade()).isEqualTo(1);
        assertThat(result.unconfirmed()).isEqualTo(unconfirmed);
    }
}
