package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 20052-2024 tables 1–5: each loss graded on its own, the worse decides; GB 20052-2020 values are not loaded. */
class Gb20052TransformerLossTest {
    private static final LocalDate LAST_DAY_OF_2020_EDITION = LocalDate.of(2025, 1, 31);
    private static final LocalDate FIRST_DAY_OF_2024_EDITION = LocalDate.of(2025, 2, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentResult transformer(
            double kva,
            double kv,
            String insulation,
            String core,
            String connection,
            String insulationClass,
            String tap,
            double p0,
            double pk,
            LocalDate date) {
        return conformity.check(EquipmentQuery.transformer()
                .on(date)
                .ratedCapacityKva(kva)
                .voltageKv(kv)
                .insulation(insulation)
                .coreMaterial(core)
                .connectionGroup(connection)
                .insulationClass(insulationClass)
                .tapChanger(tap)
                .noLoadLossKw(p0)
                .loadLossKw(pk)
                .build());
    }

    private EquipmentResult oil10kv(double kva, String core, String connection, double p0, double pk) {
        return transformer(kva, 10, "oil", core, connection, null, null, p0, pk, TODAY);
    }

    @ParameterizedTest(name = "{0} {1} kVA {2} {3}: P0 {4}/{5}/{6}, Pk {7}/{8}/{9}")
    @CsvSource(nullValues = "null", textBlock = """
            # table, kVA, kV, insulation, core, connection, class, tap, P0 g1, g2, g3, Pk g1, g2, g3
            表1, 30, 10, OIL, ELECTRICAL_STEEL, DYN11, null, null, 0.065, 0.070, 0.080, 0.455, 0.505, 0.63
            表1, 30, 10, OIL, AMORPHOUS_ALLOY, YYN0, null, null, 0.025, 0.033, 0.033, 0.48, 0.51, 0.60
            表1, 315, 10, OIL, ELECTRICAL_STEEL, YZN11, null, null, 0.270, 0.305, 0.340, 2.76, 3.065, 3.83
            表1, 400, 10, OIL, ELECTRICAL_STEEL, YYN0, null, null, 0.330, 0.370, 0.410, 3.095, 3.44, 4.30
            表1, 1000, 10, OIL, ELECTRICAL_STEEL, DYN11, null, null, 0.665, 0.745, 0.830, 7.415, 8.24, 10.30
            表1, 2500, 10, OIL, AMORPHOUS_ALLOY, YYN0, null, null, 0.670, 0.860, 0.865, 16.23, 17.15, 21.20
            表2, 30, 10, DRY, ELECTRICAL_STEEL, null, B, null, 0.105, 0.130, 0.150, 0.605, 0.605, 0.67
            表2, 630, 10, DRY, AMORPHOUS_ALLOY, null, F, null, 0.295, 0.360, 0.420, 5.29, 5.29, 5.88
            表2, 2500, 10, DRY, ELECTRICAL_STEEL, null, H, null, 2.080, 2.450, 2.880, 16.605, 16.605, 18.45
            表3, 3150, 35, OIL, ELECTRICAL_STEEL, null, null, OFF_CIRCUIT, 1.7, 2.0, 2.4, 21, 21, 22
            表3, 31500, 35, OIL, ELECTRICAL_STEEL, null, null, OFF_CIRCUIT, 11.1, 13.1, 16.2, 101, 101, 106
            表4, 10000, 35, OIL, ELECTRICAL_STEEL, null, null, ON_LOAD, 5.1, 6.0, 7.4, 43, 43, 46
            表5, 3150, 66, OIL, ELECTRICAL_STEEL, null, null, null, 2.2, 2.6, 3.2, 21, 21, 22
            表5, 63000, 66, OIL, ELECTRICAL_STEEL, null, null, null, 22.9, 27.0, 33.3, 178, 178, 188
            """)
    void gb20052_2024_grades_both_losses_at_their_limits(
            String table,
            double kva,
            double kv,
            String insulation,
            String core,
            String connection,
            String insulationClass,
            String tap,
            double p01,
            double p02,
            double p03,
            double pk1,
            double pk2,
            double pk3) {
        // the no-load loss is graded with the load loss at its grade-1 limit, and the other way round
        EquipmentBoundaries.assertLimits(
                p0 -> transformer(kva, kv, insulation, core, connection, insulationClass, tap, p0, pk1, TODAY),
                false,
                p01,
                p02,
                p03);
        EquipmentResult loadLoss =
                transformer(kva, kv, insulation, core, connection, insulationClass, tap, p01, pk3, TODAY);
        assertThat(loadLoss.indicators().get(1).limits()).containsExactly(pk1, pk2, pk3);
        assertThat(loadLoss.grade()).isEqualTo(3);
        assertThat(transformer(kva, kv, insulation, core, connection, insulationClass, tap, p01, pk3 + 0.001, TODAY)
                        .belowLimit())
                .isTrue();
        assertThat(loadLoss.reasons().getFirst()).startsWith("GB 20052-2024 " + table);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'both losses within grade 2', 100, ELECTRICAL_STEEL, 0.130, 1.200, 2",
        "'no-load grade 1 but load loss grade 3: the worse decides', 100, ELECTRICAL_STEEL, 0.110, 1.500, 3",
        "'load loss grade 1 but no-load grade 3: the worse decides', 250, ELECTRICAL_STEEL, 0.290, 2.300, 3",
        "'amorphous 100 kVA P0 0.075 is grade 2 (grades 2 and 3 share it)', 100, AMORPHOUS_ALLOY, 0.075, 1.270, 2"
    })
    void a_transformer_bought_today_grades_by_gb20052_2024(
            String regulation, double kva, String core, double p0, double pk, int grade) {
        EquipmentResult result = oil10kv(kva, core, "DYN11", p0, pk);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.GRADED);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.indicators()).extracting(IndicatorGrade::indicator).containsExactly("noLoadLoss", "loadLoss");
        assertThat(result.basis()).allSatisfy(b -> assertThat(b.reference()).isIn("GB 20052-2024", "节约能源法-2018"));
        assertThat(result.unconfirmed()).isFalse();
    }

    @Test
    void the_first_day_of_gb20052_2024_grades_and_the_last_day_of_2020_does_not_borrow_its_values() {
        EquipmentResult on = transformer(
                100, 10, "OIL", "ELECTRICAL_STEEL", "DYN11", null, null, 0.130, 1.2, FIRST_DAY_OF_2024_EDITION);
        EquipmentResult before = transformer(
                100, 10, "OIL", "ELECTRICAL_STEEL", "DYN11", null, null, 0.130, 1.2, LAST_DAY_OF_2020_EDITION);

        assertThat(on.grade()).isEqualTo(2);
        assertThat(before.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(before.reasons().getFirst()).contains("GB 20052-2020", "限值未载入", "不得套用其他版本");
        assertThat(before.basis())
                .singleElement()
                .satisfies(b -> assertThat(b.edition()).isEqualTo("2020"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'630 kVA and above: one load-loss column read as every connection group', 1000, ELECTRICAL_STEEL, 0.830, 10.30",
        "'amorphous 2000 kVA P0 grade 3 breaks the pattern', 2000, AMORPHOUS_ALLOY, 0.720, 18.30"
    })
    void cells_the_reference_doubts_grade_with_unconfirmed_true(
            String regulation, double kva, String core, double p0, double pk) {
        EquipmentResult result = oil10kv(kva, core, "DYN11", p0, pk);

        assertThat(result.grade()).isEqualTo(3);
        assertThat(result.unconfirmed()).isTrue();
    }

    @Test
    void the_connection_group_insulation_class_and_tap_changer_are_required_where_the_table_splits_by_them() {
        InvalidInputException oil = catchThrowableOfType(
                InvalidInputException.class, () -> oil10kv(100, "ELECTRICAL_STEEL", null, 0.1, 1.0));
        InvalidInputException dry = catchThrowableOfType(
                InvalidInputException.class,
                () -> transformer(100, 10, "DRY", "ELECTRICAL_STEEL", null, null, null, 0.2, 1.3, TODAY));
        InvalidInputException hv = catchThrowableOfType(
                InvalidInputException.class,
                () -> transformer(10000, 35, "OIL", "ELECTRICAL_STEEL", null, null, null, 5.0, 40, TODAY));

        assertThat(oil.violations()).extracting(Violation::field).containsExactly("connectionGroup");
        assertThat(dry.violations()).extracting(Violation::field).containsExactly("insulationClass");
        assertThat(hv.violations()).extracting(Violation::field).containsExactly("tapChanger");
        assertThat(oil10kv(1000, "ELECTRICAL_STEEL", null, 0.8, 10.0).efficiency())
                .as("from 630 kVA one column serves every connection group")
                .isEqualTo(EfficiencyOutcome.GRADED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "null",
            value = {
                "'66 kV on-load tap changing (表6) is not loaded', 10000, 66, OIL, ON_LOAD",
                "'a capacity between the rows is not interpolated', 450, 10, OIL, null",
                "'110 kV has no table here', 10000, 110, OIL, null"
            })
    void unloaded_rows_are_reported_not_guessed(String regulation, double kva, double kv, String ins, String tap) {
        EquipmentResult result = transformer(kva, kv, ins, "ELECTRICAL_STEEL", "DYN11", null, tap, 0.5, 5.0, TODAY);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(result.reasons().getFirst()).contains("GB 20052-2024", "须由监察人员判定");
    }
}
