package cn.energyinspect.app.campaign.draw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.campaign.draw.DrawFixtures.Scenario;
import cn.energyinspect.app.campaign.draw.DrawResult.RankedTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties that must hold for every draw, checked over many seeded random scenarios. */
class DrawPropertiesTest {
    private static final int TRIALS = 300;

    private static void forManyScenarios(Consumer<Scenario> property) {
        var random = new Random(20261124L);
        for (int trial = 0; trial < TRIALS; trial++) {
            property.accept(DrawFixtures.scenario(random));
        }
    }

    @Test
    void the_draw_is_reproducible_from_seed_pool_roster_and_parameters_whatever_the_input_order() {
        forManyScenarios(s -> {
            var shuffledCandidates = new ArrayList<>(s.pool().candidates());
            Collections.shuffle(shuffledCandidates, new Random(s.seed().hashCode()));
            var shuffledInspectors = new ArrayList<>(s.roster().inspectors());
            Collections.shuffle(shuffledInspectors, new Random(s.seed().hashCode()));
            var again = VerifiableDraw.run(
                    new Seed(s.seed().hex()),
                    new PoolSnapshot(shuffledCandidates),
                    new InspectorRoster(shuffledInspectors),
                    s.parameters());
            assertThat(again).isEqualTo(s.draw());
        });
    }

    @Test
    void each_stratum_draws_its_count_or_the_ceiling_of_ratio_times_size_and_only_its_own_members() {
        forManyScenarios(s -> {
            var result = s.draw();
            var draw = new TargetDraw(s.parameters(), new Digests.Hmac(s.seed()));
            Map<String, Integer> eligiblePerStratum = new HashMap<>();
            var excluded = result.excluded().stream().map(e -> e.uscc()).collect(Collectors.toSet());
            var byUscc = s.pool().candidates().stream().collect(Collectors.toMap(Candidate::uscc, c -> c));
            s.pool().candidates().stream()
                    .filter(c -> !c.named() && !excluded.contains(c.uscc()))
                    .forEach(c -> eligiblePerStratum.merge(draw.stratumOf(c), 1, Integer::sum));
            assertThat(result.strata()).hasSize(eligiblePerStratum.size());
            for (var stratum : result.strata()) {
                int size = eligiblePerStratum.get(stratum.stratum());
                assertThat(stratum.size()).isEqualTo(size);
                assertThat(stratum.drawn()).hasSize(expectedQuota(s, stratum.stratum(), size));
                assertThat(stratum.drawn())
                        .allSatisfy(t ->
                                assertThat(draw.stratumOf(byUscc.get(t.uscc()))).isEqualTo(stratum.stratum()));
            }
            assertThat(new HashSet<>(result.targets())).hasSameSizeAs(result.targets());
        });
    }

    /** Integer arithmetic, independent of the BigDecimal in the production code: ceil(p × size / 100). */
    private static int expectedQuota(Scenario s, String stratum, int size) {
        var count = s.parameters().countPerStratum().get(stratum);
        if (count != null) {
            return Math.min(count, size);
        }
        int percent = s.parameters().ratio().movePointRight(2).intValueExact();
        return (percent * size + 99) / 100;
    }

    @Test
    void the_drawn_targets_are_the_lowest_hmac_of_their_stratum_by_an_independent_hmac() {
        forManyScenarios(s -> {
            var result = s.draw();
            var draw = new TargetDraw(s.parameters(), new Digests.Hmac(s.seed()));
            var drawn = new HashSet<>(result.targets());
            var excluded = result.excluded().stream().map(e -> e.uscc()).collect(Collectors.toSet());
            for (var stratum : result.strata()) {
                for (RankedTarget t : stratum.drawn()) {
                    assertThat(t.hmac()).isEqualTo(DrawFixtures.hmac(s.seed(), t.uscc()));
                }
                var highestDrawn = stratum.drawn().isEmpty()
                        ? ""
                        : stratum.drawn().getLast().hmac();
                s.pool().candidates().stream()
                        .filter(c -> !c.named() && !excluded.contains(c.uscc()) && !drawn.contains(c.uscc()))
                        .filter(c -> draw.stratumOf(c).equals(stratum.stratum()))
                        .forEach(c -> assertThat(DrawFixtures.hmac(s.seed(), c.uscc()))
                                .isGreaterThan(highestDrawn));
            }
        });
    }

    @Test
    void recently_inspected_candidates_are_excluded_with_a_reason_and_named_ones_are_included_without_draw() {
        forManyScenarios(s -> {
            var result = s.draw();
            int months = s.parameters().excludeInspectedWithinMonths();
            var cutoff = s.parameters().drawDate().minusMonths(months);
            var excluded = result.excluded().stream().map(e -> e.uscc()).collect(Collectors.toSet());
            var drawnRandomly = result.strata().stream()
                    .flatMap(st -> st.drawn().stream())
                    .map(RankedTarget::uscc)
                    .collect(Collectors.toSet());
            for (var c : s.pool().candidates()) {
                boolean recent = months > 0
                        && c.lastInspectedOn() != null
                        && !c.lastInspectedOn().isBefore(cutoff);
                assertThat(result.named().contains(c.uscc())).isEqualTo(c.named());
                assertThat(excluded.contains(c.uscc())).isEqualTo(!c.named() && recent);
                if (recent || c.named()) {
                    assertThat(drawnRandomly).doesNotContain(c.uscc());
                }
            }
            assertThat(result.excluded())
                    .allSatisfy(e -> assertThat(e.reason()).isEqualTo(DrawResult.ExclusionReason.INSPECTED_RECENTLY));
        });
    }

    @Test
    void every_target_gets_a_full_team_of_distinct_certified_inspectors_without_conflict_or_last_inspector() {
        forManyScenarios(s -> {
            var result = s.draw();
            var inspectors = s.roster().inspectors().stream().collect(Collectors.toMap(Inspector::username, i -> i));
            assertThat(result.teams().stream().map(t -> t.uscc()).collect(Collectors.toSet()))
                    .isEqualTo(new HashSet<>(result.targets()));
            for (var team : result.teams()) {
                assertThat(team.inspectors()).hasSize(s.parameters().teamSize()).doesNotHaveDuplicates();
                for (var username : team.inspectors()) {
                    var inspector = inspectors.get(username);
                    assertThat(inspector.certificateValidUntil())
                            .isAfterOrEqualTo(s.parameters().drawDate());
                    assertThat(inspector.conflicts()).doesNotContain(team.uscc());
                    assertThat(inspector.lastInspected()).doesNotContain(team.uscc());
                }
            }
        });
    }

    @Test
    void a_different_seed_draws_different_targets_and_teams() {
        var random = new Random(7L);
        int compared = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            var s = DrawFixtures.scenario(random);
            var other = new Scenario(DrawFixtures.seed(random), s.pool(), s.roster(), s.parameters());
            var result = s.draw();
            if (lnNumberOfPossibleDraws(result) < 20) {
                continue; // fewer than e^20 possible outcomes: a collision is not negligible
            }
            assertThat(drawnUsccs(other.draw())).isNotEqualTo(drawnUsccs(result));
            assertThat(other.draw().teams()).isNotEqualTo(result.teams());
            compared++;
        }
        assertThat(compared).as("scenarios large enough to compare").isGreaterThan(TRIALS / 2);
    }

    private static java.util.Set<String> drawnUsccs(DrawResult result) {
        return new HashSet<>(result.targets());
    }

    /** ln of the product over strata of C(size, quota). */
    private static double lnNumberOfPossibleDraws(DrawResult result) {
        double ln = 0;
        for (var stratum : result.strata()) {
            for (int k = 0; k < stratum.quota(); k++) {
                ln += Math.log(stratum.size() - k) - Math.log(k + 1);
            }
        }
        return ln;
    }

    @Test
    void with_no_constraints_the_workload_is_spread_evenly() {
        var random = new Random(11L);
        for (int trial = 0; trial < 50; trial++) {
            var pool = DrawFixtures.pool(random, 100 + random.nextInt(400), 5);
            var inspectors = new ArrayList<Inspector>();
            int rosterSize = 5 + random.nextInt(30);
            for (int i = 0; i < rosterSize; i++) {
                inspectors.add(new Inspector(
                        "i" + i, "ZJ-" + i, DrawFixtures.DRAW_DATE, java.util.Set.of(), java.util.Set.of(), 0));
            }
            var parameters = DrawParameters.byRatio(
                    DrawFixtures.DRAW_DATE, java.util.List.of(), new java.math.BigDecimal("0.3"), 0, 2);
            var result =
                    VerifiableDraw.run(DrawFixtures.seed(random), pool, new InspectorRoster(inspectors), parameters);
            Map<String, Integer> assigned = new HashMap<>();
            inspectors.forEach(i -> assigned.put(i.username(), 0));
            result.teams().forEach(t -> t.inspectors().forEach(u -> assigned.merge(u, 1, Integer::sum)));
            int max = Collections.max(assigned.values());
            int min = Collections.min(assigned.values());
            assertThat(max - min).as("assignments %s", assigned).isLessThanOrEqualTo(1);
        }
    }
}
