package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 19761-2020 fans: the classification formulas, and tables 1–4 at their first, middle and last rows. */
class Gb19761FanEfficiencyTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 3, 2);
    private static final double SPEED = 1450;
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    @Test
    void tip_speed_pressure_coefficient_and_specific_speed_follow_the_transcribed_formulas() {
        double u = FanFormulas.tipSpeed(10, 600);

        assertThat(u).isCloseTo(31.415927, within(1e-6));
        assertThat(FanFormulas.pressureCoefficient(1000, 1, 1.2, u)).isCloseTo(0.844343, within(1e-6));
        assertThat(FanFormulas.specificSpeed(1450, 3600, 1000, 1, 1.2)).isCloseTo(45.172879, within(1e-6));
        assertThat(FanFormulas.compressibilityFactor(3000, 101325.0, 1.4)).isCloseTo(0.989493, within(1e-6));
        assertThat(FanFormulas.compressibilityFactor(3000, null, 1.4)).isEqualTo(1.0);
    }

    /** The operating point (kp = 1, standard density) that gives the target ψ and n_s at {@link #SPEED}. */
    private EquipmentQuery.Builder centrifugal(String type, double psi, double ns, double no, double efficiency) {
        double u = FanFormulas.tipSpeed(no, SPEED);
        double pressure = psi * 1.2 * u * u;
        double root = ns * Math.pow(pressure, 0.75) / (5.54 * SPEED);
        double flow = root * root * 3600;
        return EquipmentQuery.ofType("FAN")
                .on(INSPECTED)
                .fanType(type)
                .machineNumber(no)
                .totalPressurePa(pressure)
                .flowM3h(flow)
                .speedRpm(SPEED)
                .efficiencyPercent(efficiency);
    }

    @ParameterizedTest(name = "{0} {1} ψ {2}, n_s {3}, No {4}: {5} / {6} / {7} %")
    @CsvSource(nullValues = "null", textBlock = """
            表1, CENTRIFUGAL, 1.45, 55, 2.2, 61, 58, 43
            表1, CENTRIFUGAL, 1.2, 45, 5, 68, 65, 54
            表1, CENTRIFUGAL, 1.0, 25, 12, 80, 75, 66
            表2, CENTRIFUGAL, 0.9, 10, 12, 81, 78, 69
            表2, CENTRIFUGAL, 0.6, 50, 8, 86, 79, 73
            表2, CENTRIFUGAL, 0.3, 70, 12, 86, 81, 72
            表4, EXTERNAL_ROTOR_FORWARD_CURVED, 1.05, 60, 1.8, 46, 43, 36
            表4, EXTERNAL_ROTOR_FORWARD_CURVED, 1.25, 40, 3, 50, 47, 36
            表4, EXTERNAL_ROTOR_FORWARD_CURVED, 1.45, 40, 5, 59, 55, 45
            """)
    void centrifugal_and_external_rotor_fans_grade_by_the_row_their_operating_point_falls_in(
            String table, String type, double psi, double ns, double no, double grade1, double grade2, double grade3) {
        EquipmentBoundaries.assertLimits(
                eff -> conformity.check(centrifugal(type, psi, ns, no, eff).build()), true, grade1, grade2, grade3);
        assertThat(conformity
                        .check(centrifugal(type, psi, ns, no, grade3).build())
                        .reasons()
                        .getFirst())
                .startsWith("GB 19761-2020 " + table);
    }

    @ParameterizedTest(name = "axial hub ratio {0}, No {1}: {2} / {3} / {4} %")
    @CsvSource({"0.2, 3, 69, 66, 55", "0.45, 6.3, 76, 73, 64", "0.6, 12, 83, 79, 69"})
    void axial_fans_grade_by_hub_ratio_and_machine_number(
            double hub, double no, double grade1, double grade2, double grade3) {
        EquipmentBoundaries.assertLimits(
                eff -> conformity.check(EquipmentQuery.ofType("FAN")
                        .on(INSPECTED)
                        .fanType("AXIAL")
                        .hubRatio(hub)
                        .machineNumber(no)
                        .efficiencyPercent(eff)
                        .build()),
                true,
                grade1,
                grade2,
                grade3);
    }

    @Test
    void table_2_bands_below_no_5_are_unconfirmed_and_a_dash_cell_is_out_of_scope() {
        EquipmentResult smallBand =
                conformity.check(centrifugal("CENTRIFUGAL", 0.9, 10, 3, 80).build());
        EquipmentResult dash =
                conformity.check(centrifugal("CENTRIFUGAL", 0.3, 70, 3, 80).build());

        assertThat(smallBand.grade()).isEqualTo(1);
        assertThat(smallBand.unconfirmed())
                .as("'<' at both ends of the band in the transcription")
                .isTrue();
        assertThat(dash.efficiency()).isEqualTo(EfficiencyOutcome.OUT_OF_SCOPE);
        assertThat(dash.reasons().getFirst()).contains("“—”");
    }

    @Test
    void above_30_kpa_the_machine_is_a_blower_and_outside_the_standard() {
        EquipmentResult result = conformity.check(centrifugal("CENTRIFUGAL", 1.2, 45, 5, 70)
                .totalPressurePa(30001.0)
                .build());

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.OUT_OF_SCOPE);
    }

    @Test
    void an_operating_point_outside_every_row_is_for_the_inspector_to_grade() {
        EquipmentResult result =
                conformity.check(centrifugal("CENTRIFUGAL", 2.0, 45, 5, 70).build());

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(result.reasons().getFirst()).contains("ψ = 2", "须由监察人员判定");
    }
}
