package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 24500-2020 industrial boilers: 表1–表4 and the electric boiler of 5.2, design thermal efficiency "≥". */
class Gb24500BoilerEfficiencyTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 3, 2);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentQuery.Builder boiler(String fuel, String combustion, String coalClass, Double tph, double eff) {
        return EquipmentQuery.boiler()
                .on(INSPECTED)
                .fuel(fuel)
                .combustion(combustion)
                .coalClass(coalClass)
                .capacityTph(tph)
                .efficiencyPercent(eff);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} t/h: {6} / {7} / {8} %")
    @CsvSource(nullValues = "null", textBlock = """
            表1, COAL, LAYER, BITUMINOUS_II, 20, null, 85, 82, 80
            表1, COAL, LAYER, BITUMINOUS_III, 35, null, 89, 86, 84
            表1, COAL, LAYER, LIGNITE, 75, null, 87, 84, 82
            表2, COAL, FLUIDISED_BED, BITUMINOUS_I, 35, null, 89, 85, 82
            表2, COAL, FLUIDISED_BED, LEAN, 75, null, 90, 88, 86
            表2, COAL, FLUIDISED_BED, LIGNITE, 130, null, 91, 89, 86
            表3, BIOMASS, LAYER, null, 10, null, 88, 84, 80
            表3, BIOMASS, null, null, 10.5, null, 91, 88, 86
            表4, NATURAL_GAS, CHAMBER, null, 4, false, 96, 94, 92
            表4, NATURAL_GAS, CHAMBER, null, 4, true, 103, 101, 98
            表4, OIL, CHAMBER, null, 4, null, 95, 93, 90
            表4, COAL, CHAMBER, null, 130, null, 92, 90, 88
            """)
    void grades_design_thermal_efficiency_at_each_limit(
            String table,
            String fuel,
            String combustion,
            String coalClass,
            double tph,
            Boolean condensing,
            double grade1,
            double grade2,
            double grade3) {
        EquipmentBoundaries.assertLimits(
                eff -> conformity.check(boiler(fuel, combustion, coalClass, tph, eff)
                        .condensing(condensing)
                        .build()),
                true,
                grade1,
                grade2,
                grade3);
    }

    @Test
    void an_electric_boiler_has_only_the_97_percent_limit_of_clause_5_2() {
        EquipmentResult at =
                conformity.check(boiler("ELECTRICITY", null, null, null, 97).build());
        EquipmentResult below =
                conformity.check(boiler("ELECTRICITY", null, null, null, 96.9).build());

        assertThat(at.grade()).isEqualTo(3);
        assertThat(at.indicators().getFirst().limits()).containsExactly(null, null, 97.0);
        assertThat(below.belowLimit()).isTrue();
    }

    @Test
    void a_hot_water_boiler_is_banded_by_its_thermal_power() {
        EquipmentResult small = conformity.check(boiler("COAL", "LAYER", "BITUMINOUS_II", null, 81)
                .thermalPowerMw(14.0)
                .build());
        EquipmentResult large = conformity.check(boiler("COAL", "LAYER", "BITUMINOUS_II", null, 81)
                .thermalPowerMw(14.1)
                .build());

        assertThat(small.indicators().getFirst().limits()).containsExactly(85.0, 82.0, 80.0);
        assertThat(large.indicators().getFirst().limits()).containsExactly(86.0, 83.0, 81.0);
    }

    @Test
    void anthracite_rows_equal_to_bituminous_ii_are_unconfirmed() {
        assertThat(conformity
                        .check(boiler("COAL", "LAYER", "ANTHRACITE_II", 10.0, 85)
                                .build())
                        .unconfirmed())
                .isTrue();
        assertThat(conformity
                        .check(boiler("COAL", "LAYER", "BITUMINOUS_II", 10.0, 85)
                                .build())
                        .unconfirmed())
                .isFalse();
    }

    @Test
    void a_coal_class_contradicted_by_the_design_fuel_is_refused() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> conformity.check(boiler("COAL", "LAYER", "BITUMINOUS_III", 10.0, 85)
                        .netCalorificValueKjKg(19000.0)
                        .volatileMatterPercent(30.0)
                        .build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("netCalorificValueKjKg");
    }

    @Test
    void a_coal_boiler_needs_its_combustion_coal_class_and_capacity() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> conformity.check(boiler("COAL", null, null, null, 85).build()));
        InvalidInputException layer = catchThrowableOfType(
                InvalidInputException.class,
                () -> conformity.check(boiler("COAL", "LAYER", null, null, 85).build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("combustion");
        assertThat(layer.violations()).extracting(Violation::field).containsExactly("coalClass", "capacityTph");
    }
}
