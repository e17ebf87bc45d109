package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 19153-2019 oil-injected rotary compressors: 表1 (fixed speed) and 表2 (variable speed), specific power "≤". */
class Gb19153CompressorSpecificPowerTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 3, 2);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentResult compressor(String type, double kw, double mpa, String cooling, double specificPower) {
        return conformity.check(EquipmentQuery.ofType("COMPRESSOR")
                .on(INSPECTED)
                .compressorType(type)
                .ratedPowerKw(kw)
                .dischargePressureMpa(mpa)
                .cooling(cooling)
                .specificPowerKwPerM3Min(specificPower)
                .build());
    }

    @ParameterizedTest(name = "{0} {1} kW {2} MPa {3}: {4} / {5} / {6}")
    @CsvSource({
        "OIL_INJECTED_ROTARY_FIXED_SPEED, 1.5, 0.7, AIR, 8.8, 9.7, 11.0",
        "OIL_INJECTED_ROTARY_FIXED_SPEED, 18.5, 0.8, LIQUID, 6.7, 7.5, 8.4",
        "OIL_INJECTED_ROTARY_FIXED_SPEED, 75, 1.0, AIR, 7.0, 7.6, 8.4",
        "OIL_INJECTED_ROTARY_FIXED_SPEED, 200, 1.0, LIQUID, 6.4, 7.0, 7.8",
        "OIL_INJECTED_ROTARY_VARIABLE_SPEED, 18.5, 0.7, AIR, 6.9, 7.5, 8.4",
        "OIL_INJECTED_ROTARY_VARIABLE_SPEED, 30, 0.8, LIQUID, 6.8, 7.4, 8.4"
    })
    void grades_specific_power_at_each_limit(
            String type, double kw, double mpa, String cooling, double grade1, double grade2, double grade3) {
        EquipmentBoundaries.assertLimits(p -> compressor(type, kw, mpa, cooling, p), false, grade1, grade2, grade3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'a liquid-cooled 15 kW machine has no value (—)', OIL_INJECTED_ROTARY_FIXED_SPEED, 15, 0.7, LIQUID, OUT_OF_SCOPE",
        "'5.5 kW is not loaded', OIL_INJECTED_ROTARY_FIXED_SPEED, 5.5, 0.7, AIR, NO_VALUES_LOADED",
        "'1.25 MPa is not loaded', OIL_INJECTED_ROTARY_FIXED_SPEED, 75, 1.25, AIR, NO_VALUES_LOADED",
        "'variable speed at 1.0 MPa is not loaded', OIL_INJECTED_ROTARY_VARIABLE_SPEED, 22, 1.0, AIR, NO_VALUES_LOADED"
    })
    void unloaded_or_undefined_cells_are_reported_not_guessed(
            String regulation, String type, double kw, double mpa, String cooling, EfficiencyOutcome outcome) {
        EquipmentResult result = compressor(type, kw, mpa, cooling, 7.0);

        assertThat(result.efficiency()).isEqualTo(outcome);
        assertThat(result.grade()).isNull();
        assertThat(result.belowLimit()).isFalse();
    }
}
