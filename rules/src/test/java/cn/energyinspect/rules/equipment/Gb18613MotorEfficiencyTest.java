package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.basis.Confidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gb18613MotorEfficiencyTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 3, 2);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentResult motor(double kw, int poles, double efficiency, LocalDate date) {
        return conformity.check(EquipmentQuery.motor()
                .on(date)
                .ratedPowerKw(kw)
                .poles(poles)
                .efficiencyPercent(efficiency)
                .build());
    }

    @ParameterizedTest(name = "GB 18613-2020 表1 {0} kW {1}-pole: {2} / {3} / {4} %")
    @CsvSource({
        "0.12, 2, 71.4, 66.5, 60.8",
        "0.12, 8, 67.4, 62.3, 50.7",
        "0.75, 4, 88.2, 85.7, 82.5",
        "5.5, 6, 92.2, 90.5, 88.0",
        "11, 4, 94.6, 93.3, 91.4",
        "15, 4, 95.1, 93.9, 92.1",
        "22, 2, 95.1, 94.0, 92.7",
        "90, 8, 95.5, 94.4, 93.4",
        "160, 6, 96.9, 96.2, 95.6",
        "250, 4, 97.4, 96.7, 96.0",
        "280, 6, 97.0, 96.6, 95.8",
        "560, 2, 97.2, 96.5, 95.8",
        "1000, 2, 97.2, 96.5, 95.8",
        "1000, 8, 96.3, 95.4, 94.6"
    })
    void gb18613_2020_grades_every_rating_of_table_1_at_its_limits(
            double kw, int poles, double grade1, double grade2, double grade3) {
        EquipmentBoundaries.assertLimits(eff -> motor(kw, poles, eff, INSPECTED), true, grade1, grade2, grade3);
        assertThat(motor(kw, poles, grade3, INSPECTED).basis())
                .anySatisfy(b -> assertThat(b.reference() + " " + b.clause()).isEqualTo("GB 18613-2020 表1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'§11 #44 11 kW 4-pole 92.0 % is grade 3 (IE3)', 11, 4, 92.0, 3",
        "'just below grade 1 (94.59 %) is grade 2', 11, 4, 94.59, 2",
        "'2-pole 11 kW at its limit 91.2 %', 11, 2, 91.2, 3",
        "'8-pole 11 kW 92.2 % is grade 1', 11, 8, 92.2, 1",
        "'a 15 kW motor is graded now that the full table is loaded', 15, 4, 93.0, 3"
    })
    void gb18613_2020_grades_a_motor_by_its_table_1_row(
            String regulation, double kw, int poles, double efficiency, int grade) {
        EquipmentResult result = motor(kw, poles, efficiency, INSPECTED);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.GRADED);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.unconfirmed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'§11 #45 11 kW 4-pole 91.0 % is below the 能效限定值 91.4', 11, 4, 91.0",
        "'8-pole 11 kW 88.5 % is below 88.6', 11, 8, 88.5",
        "'200 kW 4-pole 95.9 % is below 96.0', 200, 4, 95.9"
    })
    void gb18613_2020_motor_below_grade_3_fails_the_limit_value(String regulation, double kw, int poles, double eff) {
        EquipmentResult result = motor(kw, poles, eff, INSPECTED);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.BELOW_LIMIT);
        assertThat(result.belowLimit()).isTrue();
        assertThat(result.basis())
                .extracting(b -> b.standard() + " " + b.clause())
                .contains("节约能源法 第十七条", "节约能源法 第七十条");
        assertThat(result.reasons().getFirst()).contains("未达到能效限定值");
    }

    @Test
    void case_44_reports_the_three_limits_compared_and_a_3p_basis_in_chinese() {
        EquipmentResult result = motor(11, 4, 92.0, INSPECTED);

        assertThat(result.indicators()).singleElement().satisfies(i -> {
            assertThat(i.limits()).containsExactly(94.6, 93.3, 91.4);
            assertThat(i.nameZh()).isEqualTo("效率");
            assertThat(i.grade()).isEqualTo(3);
        });
        assertThat(result.basis().getFirst().confidence()).isEqualTo(Confidence.THIRD_PARTY);
        assertThat(result.reasons().getFirst())
                .isEqualTo("GB 18613-2020 表1 11 kW 4 极：效率 92 % → 3 级（1/2/3 级须 ≥ 94.6 / 93.3 / 91.4 %）");
    }

    @ParameterizedTest(name = "{0} kW 6-pole grade 2 = {1} % is unconfirmed")
    @CsvSource({"200, 96.3", "250, 96.5"})
    void the_two_six_pole_cells_that_disagree_with_ie4_grade_with_unconfirmed_true(double kw, double grade2) {
        EquipmentResult result = motor(kw, 6, grade2, INSPECTED);

        assertThat(result.grade()).isEqualTo(2);
        assertThat(result.unconfirmed()).isTrue();
        assertThat(result.basis()).anySatisfy(b -> assertThat(b.confidence()).isEqualTo(Confidence.UNCONFIRMED));
        assertThat(motor(kw, 4, 96.7, INSPECTED).unconfirmed()).isFalse();
    }

    @Test
    void a_rating_between_table_rows_is_not_interpolated_but_reported_as_no_values_loaded() {
        EquipmentResult result = motor(5.0, 4, 93.0, INSPECTED);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(result.grade()).isNull();
        assertThat(result.belowLimit()).isFalse();
        assertThat(result.reasons().getFirst()).contains("5 kW 4 极", "4 kW 与 5.5 kW", "不插值");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'10-pole motors are outside GB 18613-2020', 11, 10",
        "'1,500 kW is above the 1,000 kW scope', 1500, 4",
        "'0.1 kW is below the 0.12 kW scope', 0.1, 4"
    })
    void gb18613_2020_scope_is_2_to_8_poles_and_0_12_to_1000_kw(String regulation, double kw, int poles) {
        assertThat(motor(kw, poles, 95.0, INSPECTED).efficiency()).isEqualTo(EfficiencyOutcome.OUT_OF_SCOPE);
    }

    @Test
    void before_gb18613_2020_took_effect_gb18613_2012_applies_and_its_values_are_not_loaded() {
        EquipmentResult before = motor(11, 4, 92.0, LocalDate.of(2021, 5, 31));
        EquipmentResult on = motor(11, 4, 92.0, LocalDate.of(2021, 6, 1));

        assertThat(before.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(before.reasons().getFirst()).contains("GB 18613-2012", "2021-05-31", "限值未载入");
        assertThat(before.basis())
                .singleElement()
                .satisfies(b -> assertThat(b.edition()).isEqualTo("2012"));
        assertThat(on.grade()).isEqualTo(3);
    }
}
