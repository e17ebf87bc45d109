package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EquipmentInputTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 3, 2);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private static InvalidInputException invalid(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected InvalidInputException");
    }

    @Test
    void unknown_type_and_missing_date_are_listed_together() {
        InvalidInputException e = invalid(() ->
                conformity.check(EquipmentQuery.ofType("TURBINE").model("X").build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("type", "date");
        assertThat(e.violations().getFirst().message()).contains("TURBINE", "MOTOR");
    }

    @Test
    void negative_motor_power_and_efficiency_over_100_are_violations() {
        InvalidInputException e = invalid(() -> conformity.check(EquipmentQuery.motor()
                .on(INSPECTED)
                .ratedPowerKw(-11.0)
                .poles(4)
                .efficiencyPercent(120.0)
                .build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("ratedPowerKw", "efficiencyPercent");
    }

    @Test
    void efficiency_without_power_and_poles_lists_each_missing_field() {
        InvalidInputException e = invalid(() -> conformity.check(
                EquipmentQuery.motor().on(INSPECTED).efficiencyPercent(92.0).build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("ratedPowerKw", "poles");
    }

    @Test
    void a_motor_with_neither_model_nor_grading_data_has_nothing_to_check() {
        InvalidInputException e = invalid(
                () -> conformity.check(EquipmentQuery.motor().on(INSPECTED).build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("model");
    }

    @Test
    void transformer_with_unknown_insulation_core_and_missing_load_loss() {
        InvalidInputException e = invalid(() -> conformity.check(EquipmentQuery.transformer()
                .on(INSPECTED)
                .ratedCapacityKva(100.0)
                .voltageKv(10.0)
                .insulation("gas")
                .coreMaterial("copper")
                .noLoadLossKw(0.1)
                .build()));

        assertThat(e.violations())
                .extracting(Violation::field)
                .containsExactly("loadLossKw", "insulation", "coreMaterial");
    }

    @Test
    void boiler_needs_a_known_fuel_and_a_positive_capacity() {
        InvalidInputException missing = invalid(() -> conformity.check(
                EquipmentQuery.boiler().on(INSPECTED).capacityTph(-1.0).build()));
        InvalidInputException unknown = invalid(() -> conformity.check(
                EquipmentQuery.boiler().on(INSPECTED).fuel("PEAT").build()));

        assertThat(missing.violations()).extracting(Violation::field).containsExactly("fuel", "capacityTph");
        assertThat(unknown.violations())
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("PEAT"));
    }

    @Test
    void a_pump_needs_a_model_or_its_grading_data() {
        assertThatThrownBy(() -> conformity.check(
                        EquipmentQuery.ofType("pump").on(INSPECTED).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("model")
                .hasMessageContaining("pumpType");
    }

    @Test
    void half_the_fan_grading_data_names_each_missing_field() {
        InvalidInputException e = invalid(() -> conformity.check(EquipmentQuery.ofType("FAN")
                .on(INSPECTED)
                .fanType("centrifugal")
                .efficiencyPercent(80.0)
                .build()));

        assertThat(e.violations())
                .extracting(Violation::field)
                .containsExactly("machineNumber", "totalPressurePa", "flowM3h", "speedRpm");
    }

    @Test
    void a_data_centre_needs_its_ratio_or_both_electricity_totals() {
        InvalidInputException none = invalid(() -> conformity.check(
                EquipmentQuery.ofType("DATA_CENTRE").on(INSPECTED).build()));
        InvalidInputException half = invalid(() -> conformity.check(EquipmentQuery.ofType("DATA_CENTRE")
                .on(INSPECTED)
                .totalElectricityKwh(1000.0)
                .build()));
        InvalidInputException inverted = invalid(() -> conformity.check(EquipmentQuery.ofType("DATA_CENTRE")
                .on(INSPECTED)
                .totalElectricityKwh(1000.0)
                .itElectricityKwh(1200.0)
                .build()));

        assertThat(none.violations()).extracting(Violation::field).containsExactly("pue");
        assertThat(half.violations()).extracting(Violation::field).containsExactly("itElectricityKwh");
        assertThat(inverted.violations()).extracting(Violation::field).containsExactly("itElectricityKwh");
    }

    @Test
    void unknown_pump_type_and_cooling_values_are_refused_naming_the_accepted_ones() {
        InvalidInputException e = invalid(() -> conformity.check(EquipmentQuery.ofType("COMPRESSOR")
                .on(INSPECTED)
                .compressorType("SCREW")
                .ratedPowerKw(75.0)
                .dischargePressureMpa(0.8)
                .cooling("WATER")
                .specificPowerKwPerM3Min(7.0)
                .build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("compressorType", "cooling");
        assertThat(e.violations().getLast().message()).contains("AIR", "LIQUID");
    }
}
