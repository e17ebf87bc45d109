package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gb20052TransformerLossTest {
    private static final LocalDate LAST_DAY_OF_2020_EDITION = LocalDate.of(2025, 1, 31);
    private static final LocalDate FIRST_DAY_OF_2024_EDITION = LocalDate.of(2025, 2, 1);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentResult transformer(double kva, String core, double p0, double pk, LocalDate date) {
        return conformity.check(EquipmentQuery.transformer()
                .on(date)
                .ratedCapacityKva(kva)
                .voltageKv(10.0)
                .insulation("oil")
                .coreMaterial(core)
                .noLoadLossKw(p0)
                .loadLossKw(pk)
                .build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'both losses within grade 2', 100, ELECTRICAL_STEEL, 0.130, 1.200, 2",
        "'no-load grade 1 but load loss grade 3: the worse decides', 100, ELECTRICAL_STEEL, 0.110, 1.500, 3",
        "'load loss grade 1 but no-load grade 3: the worse decides', 250, ELECTRICAL_STEEL, 0.290, 2.300, 3",
        "'exactly at both grade-3 limits', 315, ELECTRICAL_STEEL, 0.340, 3.830, 3",
        "'exactly at both grade-1 limits', 315, ELECTRICAL_STEEL, 0.270, 2.760, 1",
        "'amorphous 100 kVA P0 0.075 is grade 2 (grades 2 and 3 share it)', 100, AMORPHOUS_ALLOY, 0.075, 1.270, 2"
    })
    void gb20052_2020_grades_each_loss_and_the_worse_decides(
            String regulation, double kva, String core, double p0, double pk, int grade) {
        EquipmentResult result = transformer(kva, core, p0, pk, LAST_DAY_OF_2020_EDITION);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.GRADED);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.indicators()).extracting(IndicatorGrade::indicator).containsExactly("noLoadLoss", "loadLoss");
        assertThat(result.unconfirmed())
                .as("edition attribution of the §5.2 table is UNCONFIRMED")
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'no-load loss above grade 3 (0.150 kW)', 0.151, 1.200",
        "'load loss above grade 3 (1.580 kW)', 0.120, 1.581"
    })
    void gb20052_2020_either_loss_above_grade_3_is_below_the_limit(String regulation, double p0, double pk) {
        EquipmentResult result = transformer(100, "ELECTRICAL_STEEL", p0, pk, LAST_DAY_OF_2020_EDITION);

        assertThat(result.belowLimit()).isTrue();
        assertThat(result.grade()).isNull();
    }

    @Test
    void from_2025_02_01_gb20052_2024_applies_and_its_values_are_not_loaded() {
        EquipmentResult result = transformer(100, "ELECTRICAL_STEEL", 0.130, 1.200, FIRST_DAY_OF_2024_EDITION);

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(result.grade()).isNull();
        assertThat(result.belowLimit()).isFalse();
        assertThat(result.reasons().getFirst()).contains("GB 20052-2024", "no");
        assertThat(result.basis())
                .singleElement()
                .satisfies(b -> assertThat(b.edition()).isEqualTo("2024"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'400 kVA has no loaded row', 400, 10.0, OIL",
        "'35 kV has no loaded row', 100, 35.0, OIL",
        "'dry-type has no loaded row', 100, 10.0, DRY"
    })
    void gb20052_2020_unloaded_rows_are_reported_not_guessed(String regulation, double kva, double kv, String ins) {
        EquipmentResult result = conformity.check(EquipmentQuery.transformer()
                .on(LAST_DAY_OF_2020_EDITION)
                .ratedCapacityKva(kva)
                .voltageKv(kv)
                .insulation(ins)
                .coreMaterial("ELECTRICAL_STEEL")
                .noLoadLossKw(0.1)
                .loadLossKw(1.0)
                .build());

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(result.reasons().getFirst()).contains("no GB 20052-2020 values are loaded");
    }
}
