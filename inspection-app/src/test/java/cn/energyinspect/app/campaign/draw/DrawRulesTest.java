package cn.energyinspect.app.campaign.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edges of the rules, one case each. */
class DrawRulesTest {
    private static final LocalDate DRAW_DATE = LocalDate.of(2026, 11, 24);
    private static final Seed SEED = WorkedExampleTest.SEED;

    private static Candidate candidate(int n, String county, LocalDate lastInspectedOn) {
        return new Candidate("9133010600000%04dX".formatted(n), "企业" + n, county, "C30", "B", lastInspectedOn, false);
    }

    private static InspectorRoster inspectors(int count) {
        var list = new ArrayList<Inspector>();
        for (int i = 0; i < count; i++) {
            list.add(new Inspector("i" + i, "ZJ-" + i, DRAW_DATE, Set.of(), Set.of(), 0));
        }
        return new InspectorRoster(list);
    }

    @Test
    void ten_percent_of_30_is_3_not_4() {
        var candidates = new ArrayList<Candidate>();
        for (int n = 0; n < 30; n++) {
            candidates.add(candidate(n, "330106", null));
        }
        var parameters = DrawParameters.byRatio(DRAW_DATE, List.of(), new BigDecimal("0.1"), 0, 2);

        var result = VerifiableDraw.run(SEED, new PoolSnapshot(candidates), inspectors(2), parameters);

        assertThat(result.strata().getFirst().stratum()).isEqualTo("ALL");
        assertThat(result.strata().getFirst().drawn()).hasSize(3);
    }

    @Test
    void inspected_exactly_n_months_before_the_draw_is_excluded_and_a_day_earlier_is_not() {
        var onTheCutoff = candidate(1, "330106", DRAW_DATE.minusMonths(12));
        var dayBefore = candidate(2, "330106", DRAW_DATE.minusMonths(12).minusDays(1));
        var parameters = DrawParameters.byRatio(DRAW_DATE, List.of(), BigDecimal.ONE, 12, 2);

        var result =
                VerifiableDraw.run(SEED, new PoolSnapshot(List.of(onTheCutoff, dayBefore)), inspectors(2), parameters);

        assertThat(result.excluded()).extracting(DrawResult.Exclusion::uscc).containsExactly(onTheCutoff.uscc());
        assertThat(result.targets()).containsExactly(dayBefore.uscc());
    }

    @Test
    void a_count_per_stratum_is_capped_at_the_stratum_size_and_other_strata_use_the_ratio() {
        var candidates = new ArrayList<Candidate>();
        for (int n = 0; n < 10; n++) {
            candidates.add(candidate(n, n < 3 ? "330106" : "330108", null));
        }
        var parameters = new DrawParameters(
                DRAW_DATE, List.of(StratumDimension.COUNTY), new BigDecimal("0.2"), Map.of("330106", 5), 0, 2);

        var result = VerifiableDraw.run(SEED, new PoolSnapshot(candidates), inspectors(4), parameters);

        assertThat(result.strata())
                .extracting(DrawResult.StratumDraw::stratum, DrawResult.StratumDraw::quota)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("330106", 3),
                        org.assertj.core.groups.Tuple.tuple("330108", 2));
    }

    @Test
    void the_preview_names_the_strata_without_a_count_when_there_is_no_ratio_and_the_draw_refuses_them() {
        var candidates = new ArrayList<Candidate>();
        for (int n = 0; n < 10; n++) {
            candidates.add(candidate(n, n < 3 ? "330106" : n < 6 ? "330108" : "330109", null));
        }
        var parameters =
                new DrawParameters(DRAW_DATE, List.of(StratumDimension.COUNTY), null, Map.of("330106", 1), 0, 2);
        var pool = new PoolSnapshot(candidates);

        var preview = DrawPreview.of(pool, parameters);

        assertThat(preview.uncounted()).containsExactly("330108", "330109");
        assertThat(preview.drawn()).isEqualTo(1);
        assertThatThrownBy(() -> VerifiableDraw.run(SEED, pool, inspectors(4), parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("330108");
    }

    @Test
    void too_few_eligible_inspectors_names_the_target_and_how_many_are_missing() {
        var target = candidate(1, "330106", null);
        var roster = new InspectorRoster(List.of(
                new Inspector("a", "ZJ-1", DRAW_DATE, Set.of(), Set.of(), 0),
                new Inspector("b", "ZJ-2", DRAW_DATE, Set.of(target.uscc()), Set.of(), 0),
                new Inspector("c", "ZJ-3", DRAW_DATE.minusDays(1), Set.of(), Set.of(), 0)));
        var parameters = DrawParameters.byRatio(DRAW_DATE, List.of(), BigDecimal.ONE, 0, 2);

        assertThatThrownBy(() -> VerifiableDraw.run(SEED, new PoolSnapshot(List.of(target)), roster, parameters))
                .isInstanceOfSatisfying(
                        InsufficientInspectorsException.class,
                        e -> assertThat(e.shortfalls())
                                .containsExactly(new InsufficientInspectorsException.Shortfall(target.uscc(), 2, 1)))
                .hasMessageContaining(target.uscc())
                .hasMessageContaining("1 missing");
    }

    @Test
    void parameters_refuse_a_team_of_one_and_a_ratio_above_one() {
        assertThatThrownBy(() -> DrawParameters.byRatio(DRAW_DATE, List.of(), BigDecimal.ONE, 0, 1))
                .hasMessageContaining("teamSize");
        assertThatThrownBy(() -> DrawParameters.byRatio(DRAW_DATE, List.of(), new BigDecimal("1.5"), 0, 2))
                .hasMessageContaining("ratio");
    }

    @Test
    void free_text_is_escaped_so_a_name_cannot_forge_a_line() {
        var sneaky = new Candidate("91330106000000001A", "甲\n91330106000000009Z\tx", "330106", "C30", "B", null, false);

        var text = CanonicalForm.of(new PoolSnapshot(List.of(sneaky)));

        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains("甲\\n91330106000000009Z\\tx");
    }
}
