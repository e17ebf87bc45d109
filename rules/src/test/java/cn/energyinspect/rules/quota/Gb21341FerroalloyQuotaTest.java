package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.assertRow;
import static cn.energyinspect.rules.quota.QuotaBoundaries.conditions;
import static cn.energyinspect.rules.quota.QuotaBoundaries.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 21341-2022 ferroalloys: every 表1 / 表2 product with its ore-grade correction. */
class Gb21341FerroalloyQuotaTest {
    private static final LocalDate DATE = LocalDate.of(2026, 8, 1);

    @ParameterizedTest(name = "GB 21341-2022 {7} {0}/{1} [{3}]: {4} / {5} / {6} {2}")
    @CsvSource(nullValues = "—", textBlock = """
            # product, indicator, unit, conditions, grade 1, grade 2, grade 3, table
            FERROSILICON, SMELTING_ELECTRICITY, kWh/t, , 8050, 8300, 8400, 表1
            ELECTRIC_FURNACE_HIGH_CARBON_FERROMANGANESE, COMPREHENSIVE_ENERGY, kgce/t, , 610, 660, 700, 表1
            LOW_CARBON_SILICOMANGANESE, SMELTING_ELECTRICITY, kWh/t, , 4650, 4900, 4990, 表1
            HIGH_CARBON_FERROCHROME, SMELTING_ELECTRICITY, kWh/t, , 3100, 3300, 3500, 表1
            MEDIUM_LOW_CARBON_FERROCHROME, COMPREHENSIVE_ENERGY, kgce/t, , 220, 240, 260, 表1
            BLAST_FURNACE_FERROMANGANESE, COKE_CONSUMPTION, kg/t, , 1280, 1320, 1350, 表2
            BLAST_FURNACE_FERROMANGANESE, COMPREHENSIVE_ENERGY, kgce/t, , 800, 950, 1050, 表2
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
        assertRow(product, indicator, unit, DATE, conditions, grade1, grade2, grade3, "GB 21341-2022", table);
    }

    @ParameterizedTest(name = "{0} ore grade {2} % -> smelting limits shifted by {4}")
    @CsvSource({
        "HIGH_CARBON_FERROCHROME, SMELTING_ELECTRICITY, 40, kWh/t, 0",
        "HIGH_CARBON_FERROCHROME, SMELTING_ELECTRICITY, 42, kWh/t, -160",
        "HIGH_CARBON_FERROCHROME, SMELTING_ELECTRICITY, 38, kWh/t, 160",
        "SILICOMANGANESE, SMELTING_ELECTRICITY, 37, kWh/t, -100",
        "BLAST_FURNACE_FERROMANGANESE, COKE_CONSUMPTION, 35, kg/t, 60"
    })
    void ore_grade_above_the_base_lowers_and_below_it_raises_the_smelting_limit(
            String product, String indicator, double oreGrade, String unit, double shift) {
        QuotaResult plain = grade(product, indicator, 1.0, unit, DATE, conditions(""));
        QuotaResult corrected = grade(product, indicator, 1.0, unit, DATE, conditions("oreGradePercent=" + oreGrade));

        assertThat(corrected.limits().grade3()).isCloseTo(plain.limits().grade3() + shift, within(1e-6));
        assertThat(corrected.limits().grade1()).isCloseTo(plain.limits().grade1() + shift, within(1e-6));
    }
}
