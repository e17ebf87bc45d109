package cn.energyinspect.rules.whitelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitelistScorecardTest {
    private final WhitelistScorecard scorecard = WhitelistScorecard.standard();

    /** Value added 2.4 万元 per tce against a reference of 2.0 = 1.2 × reference. */
    private static WhitelistApplication application(
            BenchmarkLevel level, double valueAdded, ChainPosition chain, double greenShare) {
        return new WhitelistApplication(level, valueAdded, 10_000.0, 2.0, chain, greenShare);
    }

    @ParameterizedTest(name = "{0} → {5} ({6})")
    @CsvSource({
        "'at 标杆, 1.2 × reference, chain leader, 50 % green: full marks', AT_OR_BELOW_BENCHMARK, 24000, CHAIN_LEADER, 50, 100, RECOMMENDED",
        "'between, exactly 1.0 × reference, general, 10 % green: 20+17.5+4.5+8', BETWEEN, 20000, GENERAL, 10, 50, NOT_RECOMMENDED",
        "'exactly at the pass mark 60: 20+25+15+0', BETWEEN, 24000, CHAIN_LEADER, 0, 60, RECOMMENDED",
        "'between, 1.2 ×, key supplier, 30 % green: 20+25+10.5+14', BETWEEN, 24000, KEY_SUPPORTING, 30, 69.5, RECOMMENDED",
        "'at 标杆, 0.8 ×, general, 10 % green: 40+10+4.5+8', AT_OR_BELOW_BENCHMARK, 16000, GENERAL, 10, 62.5, RECOMMENDED",
        "'at 标杆, just below 0.8 ×, general, just below 10 %', AT_OR_BELOW_BENCHMARK, 15999, GENERAL, 9.99, 44.5, NOT_RECOMMENDED",
        "'worse than 基准 is excluded even with a high total', ABOVE_BASELINE, 24000, CHAIN_LEADER, 50, 60, NOT_RECOMMENDED"
    })
    void white_list_score_is_the_weighted_sum_of_the_four_action_plan_criteria(
            String regulation,
            BenchmarkLevel level,
            double valueAdded,
            ChainPosition chain,
            double green,
            double total,
            WhitelistAssessment.Verdict verdict) {
        WhitelistAssessment assessment = scorecard.assess(application(level, valueAdded, chain, green));

        assertThat(assessment.totalScore()).isEqualTo(total);
        assertThat(assessment.verdict()).isEqualTo(verdict);
        assertThat(assessment.contributions()).hasSize(4);
        assertThat(assessment.unconfirmed()).isTrue();
    }

    @Test
    void each_criterion_shows_its_input_band_points_and_weight() {
        WhitelistAssessment assessment =
                scorecard.assess(application(BenchmarkLevel.BETWEEN, 24000, ChainPosition.KEY_SUPPORTING, 30));

        assertThat(assessment.contributions())
                .extracting(Contribution::criterion, Contribution::band, Contribution::points, Contribution::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Criterion.UNIT_CONSUMPTION, "BETWEEN", 50.0, 20.0),
                        org.assertj.core.groups.Tuple.tuple(Criterion.ENERGY_PRODUCTIVITY, "≥ 1.2", 100.0, 25.0),
                        org.assertj.core.groups.Tuple.tuple(Criterion.CHAIN_POSITION, "KEY_SUPPORTING", 70.0, 10.5),
                        org.assertj.core.groups.Tuple.tuple(Criterion.GREEN_LOW_CARBON, "≥ 30.0", 70.0, 14.0));
        assertThat(assessment.basis())
                .allSatisfy(b -> assertThat(b.unconfirmed()).isTrue());
    }

    @Test
    void missing_and_out_of_range_inputs_are_listed_together() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> scorecard.assess(new WhitelistApplication(null, -1.0, 0.0, null, null, 120.0)));

        assertThat(e.violations())
                .extracting(Violation::field)
                .containsExactly(
                        "unitConsumption",
                        "valueAddedTenThousandYuan",
                        "energyConsumptionTce",
                        "referenceEnergyProductivity",
                        "chainPosition",
                        "greenPowerSharePercent");
    }
}
