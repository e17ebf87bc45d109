package cn.energyinspect.rules.desk;

import static cn.energyinspect.rules.desk.Reports.aReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A province's screening rule set over the verdicts, the filing and last year's findings. */
class ScreeningTest {
    private final RuleSet defaults = RuleSet.defaults();

    private ReportAssessment assess(Reports report, RuleSet rules) {
        return ReportChecks.standard().check(report.build(), rules);
    }

    @Test
    void every_signal_has_a_rule_and_the_issue_s_defaults_open_a_case() {
        assertThat(defaults.rules()).extracting(ScreeningRule::code).containsExactlyInAnyOrderElementsOf(Signals.ALL);
        for (String code : List.of(
                Signals.OVER_QUOTA,
                Signals.ABOVE_BASELINE,
                Signals.ELIMINATED_EQUIPMENT,
                Signals.TCE_MISMATCH,
                Signals.USE_SUM_MISMATCH,
                Signals.BALANCE_MISMATCH,
                Signals.UNIT_CONSUMPTION_MISMATCH,
                Signals.NOT_FILED,
                Signals.LATE,
                Signals.UNRECTIFIED_FINDING)) {
            assertThat(defaults.outcome(code)).as(code).isEqualTo(SignalOutcome.CASE);
        }
        assertThat(defaults.rules()).allMatch(r -> r.basis().unconfirmed());
    }

    @Test
    void an_over_quota_clinker_plant_is_high_risk_and_a_case_candidate_citing_article_16() {
        ScreeningOutcome outcome = Screening.screen(
                FilingStatus.ON_TIME, assess(aReport(2025).clinker(118), defaults), List.of(), defaults);

        assertThat(outcome.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(outcome.caseCandidate()).isTrue();
        assertThat(outcome.signals())
                .filteredOn(s -> s.code().equals(Signals.OVER_QUOTA))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.outcome()).isEqualTo(SignalOutcome.CASE);
                    assertThat(s.lawArticle()).isEqualTo("EL16");
                    assertThat(s.verdict().threshold()).isEqualByComparingTo("117");
                });
    }

    @Test
    void a_unit_with_flags_only_is_medium_risk_and_a_clean_one_low() {
        ScreeningOutcome flagged = Screening.screen(
                FilingStatus.ON_TIME, assess(aReport(2025).clinker(108).manager(false), defaults), List.of(), defaults);
        ScreeningOutcome clean = Screening.screen(
                FilingStatus.ON_TIME, assess(aReport(2025).clinker(108), defaults), List.of(), defaults);

        assertThat(flagged.riskClass()).isEqualTo(RiskClass.MEDIUM);
        assertThat(flagged.caseCandidate()).isFalse();
        assertThat(flagged.signals()).extracting(Signal::code).containsExactly(Signals.NO_MANAGER);
        assertThat(clean.riskClass()).isEqualTo(RiskClass.LOW);
        assertThat(clean.signals()).isEmpty();
    }

    @Test
    void a_unit_that_did_not_file_is_an_article_82_candidate_and_one_with_last_year_s_finding_open_too() {
        ScreeningOutcome missing = Screening.screen(FilingStatus.NOT_FILED, null, List.of(), defaults);
        assertThat(missing.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(missing.signals())
                .extracting(Signal::code, Signal::lawArticle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Signals.NOT_FILED, "EL53"));

        ScreeningOutcome unrectified = Screening.screen(
                FilingStatus.ON_TIME,
                assess(aReport(2025).clinker(108), defaults),
                List.of("浙节监〔2025〕第0012号：移送行政处罚"),
                defaults);
        assertThat(unrectified.signals())
                .extracting(Signal::code, Signal::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Signals.UNRECTIFIED_FINDING, "浙节监〔2025〕第0012号：移送行政处罚"));
        assertThat(unrectified.caseCandidate()).isTrue();
    }

    @Test
    void a_province_that_only_flags_over_quota_and_ignores_the_baseline_gets_a_medium_risk() {
        RuleSet province = defaults.withSettings(
                "360000",
                Map.of(Signals.OVER_QUOTA, SignalOutcome.FLAG, Signals.ABOVE_BASELINE, SignalOutcome.OFF),
                Map.of());

        ScreeningOutcome outcome = Screening.screen(
                FilingStatus.ON_TIME, assess(aReport(2025).clinker(118), province), List.of(), province);

        assertThat(outcome.riskClass()).isEqualTo(RiskClass.MEDIUM);
        assertThat(outcome.signals())
                .as("over quota, and the punitive price of a quota-exceeding unit (flag)")
                .extracting(Signal::code)
                .containsExactly(Signals.OVER_QUOTA, Signals.TARIFF_APPLIES);
        assertThat(province.province()).isEqualTo("360000");
        assertThat(defaults.outcome(Signals.OVER_QUOTA))
                .as("the defaults are unchanged")
                .isEqualTo(SignalOutcome.CASE);
    }

    @Test
    void a_setting_outside_its_range_or_unknown_is_refused_naming_it() {
        assertThatThrownBy(() -> defaults.withSettings(
                        "360000",
                        Map.of("NO_SUCH_RULE", SignalOutcome.CASE),
                        Map.of("TCE_TOLERANCE_PERCENT", new BigDecimal("80"), "NO_SUCH", BigDecimal.ONE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactlyInAnyOrder(
                                        "outcomes.NO_SUCH_RULE",
                                        "parameters.TCE_TOLERANCE_PERCENT",
                                        "parameters.NO_SUCH"));
    }

    @Test
    void every_default_parameter_lies_in_its_range_and_the_unconfirmed_ones_say_so() {
        assertThat(defaults.parameters()).allSatisfy(p -> {
            assertThat(p.value()).isBetween(p.min(), p.max());
            assertThat(p.overridden()).isFalse();
        });
        assertThat(defaults.parameter("TCE_TOLERANCE_PERCENT").unconfirmed()).isTrue();
        assertThat(defaults.parameter("NEW_LARGE_DC_PUE_TARGET").unconfirmed()).isFalse();
        assertThat(defaults.parameter("LEADER_MIN_TCE").unconfirmed()).isFalse();
    }
}
