package cn.energyinspect.rules.desk;

import static cn.energyinspect.rules.desk.Reports.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 能效领跑者 candidates by the 2025 criteria (工信厅联节函〔2025〕221号). */
class LeaderCandidacyTest {
    private final RuleSet rules = RuleSet.defaults();

    private List<LeaderAssessment> assess(Reports report) {
        var figures = report.build();
        return LeaderCandidacy.assess(figures, ReportChecks.standard().check(figures, rules), rules);
    }

    @Test
    void a_clinker_plant_at_grade_1_and_the_benchmark_above_10000_tce_with_25_percent_non_fossil_is_a_candidate() {
        List<LeaderAssessment> found =
                assess(aReport(2025).energy("RAW_COAL", 20_000, "t").clinker(99).nonFossil(25.0));

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.candidate()).isTrue();
            assertThat(a.product()).isEqualTo("CEMENT_CLINKER");
            assertThat(a.criteria())
                    .filteredOn(c -> c.code().equals("MANAGEMENT"))
                    .singleElement()
                    .satisfies(c ->
                            assertThat(c.met()).as("systems left to verify").isNull());
        });
    }

    @Test
    void too_little_non_fossil_energy_or_too_small_a_unit_is_not_a_candidate() {
        assertThat(assess(aReport(2025)
                        .energy("RAW_COAL", 20_000, "t")
                        .clinker(99)
                        .nonFossil(10.0)))
                .singleElement()
                .satisfies(a -> assertThat(a.candidate()).isFalse());
        assertThat(assess(
                        aReport(2025).energy("RAW_COAL", 1_000, "t").clinker(99).nonFossil(30.0)))
                .singleElement()
                .satisfies(a -> assertThat(a.candidate()).isFalse());
    }

    @Test
    void a_product_above_the_benchmark_is_not_assessed() {
        assertThat(assess(aReport(2025)
                        .energy("RAW_COAL", 20_000, "t")
                        .clinker(108)
                        .nonFossil(30.0)))
                .isEmpty();
    }
}
