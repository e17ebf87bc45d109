package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import cn.energyinspect.rules.basis.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 19762-2025 clean-water pumps: the formula of 6.1/6.2 with the 表3 constants, at the ends of each flow range. */
class Gb19762PumpEfficiencyTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 6, 1);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentResult pump(String type, double q, double n, double h, int stages, double eff, LocalDate date) {
        return conformity.check(EquipmentQuery.ofType("PUMP")
                .on(date)
                .pumpType(type)
                .flowM3h(q)
                .speedRpm(n)
                .headM(h)
                .stages(stages)
                .efficiencyPercent(eff)
                .build());
    }

    @Test
    void the_reference_example_n_s_100_at_100_m3h_needs_about_73_3_for_grade_3_and_80_3_for_grade_1() {
        double ns = PumpFormulas.specificSpeed(2900, 100, 45.93, 1, false);
        double base = PumpFormulas.efficiencyBase(100, 100, -8.44, -0.48, 0.09, 84.63, 8.50);

        assertThat(ns).isCloseTo(99.9925, within(1e-3));
        assertThat(PumpFormulas.minimumEfficiency(base, 168.33)).isCloseTo(73.287, within(1e-3));
        assertThat(PumpFormulas.minimumEfficiency(base, 161.33)).isCloseTo(80.287, within(1e-3));
        assertThat(PumpFormulas.specificSpeed(2900, 100, 45.93, 1, true))
                .isCloseTo(99.9925 / Math.sqrt(2), within(1e-3));
    }

    @ParameterizedTest(name = "{0} Q {1} m³/h, n {2}, H {3} m, {4} stage(s): n_s {5} → {6} / {7} / {8} %")
    @CsvSource({
        "SINGLE_STAGE_SINGLE_SUCTION, 5, 2900, 20, 1, 41.7111, 49.9090, 47.9090, 42.9090",
        "SINGLE_STAGE_SINGLE_SUCTION, 100, 2900, 45.93, 1, 99.9925, 80.2859, 78.2859, 73.2859",
        "SINGLE_STAGE_SINGLE_SUCTION, 300, 1450, 32, 1, 113.5554, 85.4491, 83.4491, 78.4491",
        "SINGLE_STAGE_SINGLE_SUCTION, 300.5, 1450, 32, 1, 113.6500, 84.4592, 83.4592, 78.4592",
        "SINGLE_STAGE_SINGLE_SUCTION, 10000, 740, 60, 1, 208.8141, 90.9116, 89.9116, 84.9116",
        "SINGLE_STAGE_DOUBLE_SUCTION, 50, 2900, 40, 1, 55.4581, 69.7355, 67.7355, 62.7355",
        "SINGLE_STAGE_DOUBLE_SUCTION, 20000, 590, 50, 1, 190.8825, 91.1259, 90.1259, 85.1259",
        "IN_LINE, 3000, 1450, 25, 1, 432.1308, 80.0840, 79.0840, 73.0840",
        "MULTISTAGE, 5, 2900, 120, 6, 41.7111, 46.4853, 43.4853, 35.4853",
        "MULTISTAGE, 100, 2950, 200, 5, 112.8285, 76.7937, 73.7937, 65.7937",
        "MULTISTAGE, 3000, 1480, 600, 4, 115.0524, 90.9816, 88.9816, 80.9816",
        "LIGHT_MULTISTAGE_VERTICAL, 300, 2900, 100, 4, 273.3035, 83.0562, 81.0562, 76.0562",
        "LIGHT_MULTISTAGE_HORIZONTAL, 5, 2900, 60, 8, 87.0420, 56.6814, 54.6814, 49.6814"
    })
    void the_minimum_efficiencies_at_the_corner_points_of_table_3(
            String type, double q, double n, double h, int stages, double ns, double g1, double g2, double g3) {
        EquipmentResult result = pump(type, q, n, h, stages, g3 + 0.01, INSPECTED);
        IndicatorGrade indicator = result.indicators().getFirst();

        assertThat(indicator.limits().get(0)).isCloseTo(g1, within(1e-3));
        assertThat(indicator.limits().get(1)).isCloseTo(g2, within(1e-3));
        assertThat(indicator.limits().get(2)).isCloseTo(g3, within(1e-3));
        assertThat(result.reasons().getFirst())
                .contains("n_s = " + EfficiencyCheck.plain(ns).substring(0, 4));
        EquipmentBoundaries.assertLimits(
                eff -> pump(type, q, n, h, stages, eff, INSPECTED),
                true,
                indicator.limits().get(0),
                indicator.limits().get(1),
                indicator.limits().get(2));
    }

    @ParameterizedTest(name = "{0} at {1} m³/h is outside the formula's flow range")
    @CsvSource({
        "SINGLE_STAGE_SINGLE_SUCTION, 4.9",
        "SINGLE_STAGE_SINGLE_SUCTION, 10001",
        "SINGLE_STAGE_DOUBLE_SUCTION, 49",
        "IN_LINE, 3001"
    })
    void a_flow_outside_table_3_is_out_of_scope(String type, double q) {
        assertThat(pump(type, q, 2900, 30, 1, 80, INSPECTED).efficiency()).isEqualTo(EfficiencyOutcome.OUT_OF_SCOPE);
    }

    @Test
    void a_multistage_pump_needs_its_stages_and_a_single_stage_pump_has_one() {
        InvalidInputException multi = catchThrowableOfType(
                InvalidInputException.class, () -> pump("MULTISTAGE", 100, 2950, 200, 1, 70, INSPECTED));
        InvalidInputException single = catchThrowableOfType(
                InvalidInputException.class, () -> pump("IN_LINE", 100, 2950, 20, 2, 70, INSPECTED));

        assertThat(multi.violations().getFirst().field()).isEqualTo("stages");
        assertThat(single.violations().getFirst().field()).isEqualTo("stages");
    }

    @Test
    void before_gb19762_2025_gb19762_2007_applied_and_its_values_are_not_loaded() {
        EquipmentResult result =
                pump("SINGLE_STAGE_SINGLE_SUCTION", 100, 2900, 45.93, 1, 80, LocalDate.of(2026, 2, 28));

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(result.reasons().getFirst()).contains("GB 19762-2007");
    }
}
