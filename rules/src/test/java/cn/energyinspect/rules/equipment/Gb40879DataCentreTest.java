package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 40879-2021 data centres: 1.20 / 1.30 / 1.50, "≤"; R = E / E_IT; edge data centres out of scope. */
class Gb40879DataCentreTest {
    private static final LocalDate INSPECTED = LocalDate.of(2026, 3, 2);
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    private EquipmentResult pue(double pue, Integer racks, LocalDate date) {
        return conformity.check(EquipmentQuery.ofType("DATA_CENTRE")
                .on(date)
                .pue(pue)
                .standardRacks(racks)
                .build());
    }

    @Test
    void the_electricity_ratio_is_graded_at_1_20_1_30_and_1_50() {
        EquipmentBoundaries.assertLimits(r -> pue(r, 3000, INSPECTED), false, 1.20, 1.30, 1.50);
    }

    @ParameterizedTest(name = "E {0} kWh / E_IT {1} kWh → grade {2}")
    @CsvSource(
            nullValues = "null",
            value = {"13000000, 10000000, 2", "15000000, 10000000, 3", "15000100, 10000000, null"})
    void the_ratio_is_computed_from_the_metered_totals_when_no_pue_is_given(double total, double it, Integer grade) {
        EquipmentResult result = conformity.check(EquipmentQuery.ofType("DATA_CENTRE")
                .on(INSPECTED)
                .totalElectricityKwh(total)
                .itElectricityKwh(it)
                .standardRacks(5000)
                .build());

        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.indicators().getFirst().actual()).isEqualTo(total / it);
        assertThat(result.reasons().getFirst()).contains("E / E_IT");
    }

    @Test
    void grades_1_and_3_rest_on_unconfirmed_values_and_below_the_limit_proposes_no_article() {
        EquipmentResult below = pue(1.6, 3000, INSPECTED);

        assertThat(below.belowLimit()).isTrue();
        assertThat(below.unconfirmed()).isTrue();
        assertThat(below.basis()).extracting(b -> b.clause()).doesNotContain("第七十条", "第十七条");
        assertThat(below.reasons()).anySatisfy(r -> assertThat(r).contains("不自动建议移送处罚"));
        assertThat(below.eliminated()).isEqualTo(Elimination.NOT_CHECKED);
    }

    @Test
    void an_edge_data_centre_of_100_racks_is_out_of_scope_and_101_is_graded() {
        assertThat(pue(1.4, 100, INSPECTED).efficiency()).isEqualTo(EfficiencyOutcome.OUT_OF_SCOPE);
        assertThat(pue(1.4, 101, INSPECTED).grade()).isEqualTo(3);
    }

    @Test
    void before_gb40879_2021_took_effect_no_edition_is_known() {
        EquipmentResult result = pue(1.4, 3000, LocalDate.of(2022, 10, 31));

        assertThat(result.efficiency()).isEqualTo(EfficiencyOutcome.NO_VALUES_LOADED);
        assertThat(pue(1.4, 3000, LocalDate.of(2022, 11, 1)).grade()).isEqualTo(3);
    }
}
