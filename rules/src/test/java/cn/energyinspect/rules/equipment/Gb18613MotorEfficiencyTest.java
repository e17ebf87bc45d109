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

    @ParameterizedTest(name = "{0}: {1} kW {2}-pole at {3} % → grade {4}")
    @CsvSource({
        "'§11 #44 11 kW 4-pole 92.0 % is grade 3 (IE3)', 11, 4, 92.0, 3",
        "'exactly at the 能效限定值 91.4 % is grade 3', 11, 4, 91.4, 3",
        "'exactly at grade 2 (93.3 %)', 11, 4, 93.3, 2",
        "'just below grade 1 (94.59 %) is grade 2', 11, 4, 94.59, 2",
        "'exactly at grade 1 (94.6 %)', 11, 4, 94.6, 1",
        "'2-pole 11 kW at its limit 91.2 %', 11, 2, 91.2, 3",
        "'6-pole 11 kW 92.3 % is grade 2', 11, 6, 92.3, 2",
        "'8-pole 11 kW 92.2 % is grade 1', 11, 8, 92.2, 1",
        "'0.75 kW 4-pole 88.2 % is grade 1', 0.75, 4, 88.2, 1",
        "'7.5 kW 4-pole 90.4 % is grade 3', 7.5, 4, 90.4, 3",
        "'75 kW 4-pole 96.0 % is grade 2', 75, 4, 96.0, 2",
        "'200 kW 4-pole 96.0 % is grade 3', 200, 4, 96.0, 3"
    })
    void gb18613_2020_grades_a_motor_by_its_table_1_row(
            String regulation, double kw, int poles, double efficiency, int grade) {
        EquipmentResult result = motor(kw, poles, efficiency, INSPECTED);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.GRADED);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.belowLimit()).isFalse();
        assertThat(result.basis())
                .anySatisfy(b -> assertThat(b.reference() + " " + b.clause()).isEqualTo("GB 18613-2020 表1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'§11 #45 11 kW 4-pole 91.0 % is below the 能效限定值 91.4', 11, 4, 91.0",
        "'a hair below the limit (91.39 %) is below it', 11, 4, 91.39",
        "'8-pole 11 kW 88.5 % is below 88.6', 11, 8, 88.5",
        "'200 kW 4-pole 95.9 % is below 96.0', 200, 4, 95.9"
    })
    void gb18613_2020_motor_below_grade_3_fails_the_limit_value(String regulation, double kw, int poles, double eff) {
        EquipmentResult result = motor(kw, poles, eff, INSPECTED);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.BELOW_LIMIT);
        assertThat(result.belowLimit()).isTrue();
        assertThat(result.grade()).isNull();
        assertThat(result.basis())
                .extracting(b -> b.standard() + " " + b.clause())
                .contains("节约能源法 第十七条", "节约能源法 第七十条");
    }

    @Test
    void case_44_reports_the_three_limits_compared_and_a_3p_basis() {
        EquipmentResult result = motor(11, 4, 92.0, INSPECTED);

        assertThat(result.indicators()).singleElement().satisfies(i -> {
            assertThat(i.limits()).containsExactly(94.6, 93.3, 91.4);
            assertThat(i.actual()).isEqualTo(92.0);
            assertThat(i.grade()).isEqualTo(3);
        });
        assertThat(result.basis().getFirst().confidence()).isEqualTo(Confidence.THIRD_PARTY);
        assertThat(result.eliminated()).isEqualTo(Elimination.NOT_CHECKED);
        assertThat(result.unconfirmed()).isFalse();
    }

    @Test
    void rating_between_loaded_rows_is_not_interpolated_but_reported_as_no_values_loaded() {
        EquipmentResult result = motor(15, 4, 93.0, INSPECTED);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(result.grade()).isNull();
        assertThat(result.belowLimit()).isFalse();
        assertThat(result.reasons().getFirst()).contains("15.0 kW", "[0.75, 7.5, 11.0, 75.0, 200.0]");
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
    void before_gb18613_2020_took_effect_no_edition_is_loaded_and_none_is_guessed() {
        EquipmentResult before = motor(11, 4, 92.0, LocalDate.of(2021, 5, 31));
        EquipmentResult on = motor(11, 4, 92.0, LocalDate.of(2021, 6, 1));

        assertThat(before.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(before.reasons().getFirst()).contains("no edition", "2021-05-31", "GB 18613-2020");
        assertThat(on.grade()).isEqualTo(3);
    }
}
