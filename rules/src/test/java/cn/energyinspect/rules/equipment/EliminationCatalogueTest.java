package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EliminationCatalogueTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 3, 2);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentResult motor(String model, Integer volts, Integer frame) {
        return conformity.check(EquipmentQuery.motor()
                .on(INSPECTED)
                .model(model)
                .ratedVoltageV(volts)
                .frameSizeMm(frame)
                .build());
    }

    @Test
    void case_49_yb_160m_4_at_380_v_is_eliminated_by_the_2024_catalogue_and_art_71() {
        EquipmentResult result = motor("YB-160M-4", 380, 160);

        assertThat(result.eliminated()).isEqualTo(Elimination.ELIMINATED);
        assertThat(result.basis())
                .extracting(b -> b.standard() + " " + b.edition() + " " + b.clause())
                .contains("产业结构调整指导目录 2024年本 淘汰类 落后产品 (pp. 134-137)", "节约能源法 2018 第七十一条");
        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NOT_CHECKED);
    }

    @ParameterizedTest(name = "{0}: {1} {2} V frame {3} → {4}")
    @CsvSource({
        "'frame taken from the model when not given', YB-160M-4, 380, , ELIMINATED",
        "'model without hyphen', YB160M-4, 660, , ELIMINATED",
        "'lower frame bound 63 mm', YB-63, 660, , ELIMINATED",
        "'upper frame bound 355 mm', YB-355, 380, , ELIMINATED",
        "'frame 56 mm is below the listed range', YB-56, 380, , NOT_LISTED",
        "'frame 400 mm is above the listed range', YB-400, 380, , NOT_LISTED",
        "'1140 V is above ≤ 660 V', YB-160M-4, 1140, , NOT_LISTED",
        "'YB2 is a later series, not YB', YB2-160M-4, 380, , NOT_LISTED",
        "'YBX3 is not YB', YBX3-160M-4, 380, , NOT_LISTED",
        "'YB series without frame: suspected', YB, 380, , SUSPECTED",
        "'YB series without voltage: suspected', YB-160M-4, , , SUSPECTED",
        "'explicit frame wins over the model', YB, 380, 200, ELIMINATED",
        "'YBF frame 160 at 380 V', YBF-160M-4, 380, , ELIMINATED",
        "'YBF frame 180 is above 63-160', YBF-180M-4, 380, , NOT_LISTED",
        "'YBF at 1140 V is not 380/660', YBF-100L-4, 1140, , NOT_LISTED",
        "'YBK frame 100 at 1140 V', YBK-100L-4, 1140, , ELIMINATED",
        "'YBK frame 80 is below 100-355', YBK-80M-4, 660, , NOT_LISTED",
        "'JZR2 metallurgical crane motor (batch catalogue)', JZR2-31-6, , , ELIMINATED",
        "'Y2 motor is in no loaded entry', Y2-160M-4, 380, , NOT_LISTED",
        "'lower-case and spaced model is normalised', yb 160m-4, 380, , ELIMINATED"
    })
    void motors_match_series_and_every_condition_of_the_catalogue(
            String regulation, String model, Integer volts, Integer frame, Elimination expected) {
        assertThat(motor(model, volts, frame).eliminated()).isEqualTo(expected);
    }

    @Test
    void suspected_says_the_inspector_must_confirm_and_which_condition_is_missing() {
        EquipmentResult result = motor("YB-160M-4", null, null);

        assertThat(result.reasons()).anySatisfy(r -> assertThat(r).contains("疑似列入淘汰目录", "须监察员核实", "额定电压"));
    }

    @Test
    void not_listed_is_marked_unconfirmed_because_only_an_extract_is_loaded() {
        EquipmentResult result = motor("Y2-160M-4", 380, 160);

        assertThat(result.unconfirmed()).isTrue();
        assertThat(result.reasons())
                .anySatisfy(r -> assertThat(r).contains("摘录").contains("电动机"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'coal boiler exactly 10 t/h is eliminated (≤ 10)', COAL, 10, , ELIMINATED",
        "'coal boiler 4 t/h is eliminated', coal, 4, , ELIMINATED",
        "'coal boiler 10.5 t/h not on a fixed grate is not listed', COAL, 10.5, false, NOT_LISTED",
        "'coal boiler 10.5 t/h, grate unknown: could be fixed-grate', COAL, 10.5, , SUSPECTED",
        "'coal boiler 20 t/h on a fixed grate is eliminated', COAL, 20, true, ELIMINATED",
        "'coal boiler of unknown capacity is suspected', COAL, , false, SUSPECTED",
        "'biomass boiler exactly 2 t/h is eliminated', BIOMASS, 2, , ELIMINATED",
        "'biomass boiler 2.1 t/h is not listed', BIOMASS, 2.1, , NOT_LISTED",
        "'gas boiler 1 t/h is not listed', NATURAL_GAS, 1, , NOT_LISTED"
    })
    void boilers_are_matched_on_fuel_capacity_and_grate(
            String regulation, String fuel, Double tph, Boolean fixedGrate, Elimination expected) {
        EquipmentResult result = conformity.check(EquipmentQuery.boiler()
                .on(INSPECTED)
                .fuel(fuel)
                .capacityTph(tph)
                .fixedGrate(fixedGrate)
                .build());

        assertThat(result.eliminated()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "PUMP, DG270-140, ELIMINATED",
        "PUMP, DG500-140x8, ELIMINATED",
        "PUMP, DG280-65, NOT_LISTED",
        "COMPRESSOR, 3W-0.9/7, ELIMINATED",
        "COMPRESSOR, L-10/8, ELIMINATED",
        "COMPRESSOR, L-10/9, NOT_LISTED",
        "FAN, 9-27-No.5, ELIMINATED",
        "FAN, 9-19-No.5, NOT_LISTED",
        "PUMP, 4B35, ELIMINATED"
    })
    void other_catalogue_series_match_by_model(String type, String model, Elimination expected) {
        EquipmentResult result = conformity.check(
                EquipmentQuery.ofType(type).on(INSPECTED).model(model).build());

        assertThat(result.eliminated()).isEqualTo(expected);
        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NOT_CHECKED);
    }
}
