package cn.energyinspect.rules.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** regulations.md §11 cases 18–27 in the capacity-replacement scope. */
class CapacityReplacementRegulationCasesTest {
    static final LocalDate PLAN_DATE = LocalDate.of(2023, 9, 1);
    private final CapacityReplacement replacement = CapacityReplacement.standard();

    static CapacityReplacementRequest plan(
            String industry, String region, double newCapacity, List<ExitCapacity> exits, LocalDate date) {
        return new CapacityReplacementRequest(industry, region, newCapacity, exits, null, null, date);
    }

    @ParameterizedTest(name = "{0}: {1} in {2}, exit {3} / new {4} → {5}")
    @CsvSource({
        "'#18 Tangshan steel 1.25 < key-region 1.5', STEEL, 130200, 1500000, 1200000, REJECT, 1.5, 1.25, 1800000",
        "'#20 Guangxi steel, not a key region', STEEL, 450000, 1500000, 1200000, PASS, 1.25, 1.25, 1500000",
        "'#23 Jiangsu clinker 1.667 < 长三角 2.0', CEMENT_CLINKER, 320000, 3000000, 1800000, REJECT, 2.0, 1.6667, 3600000",
        "'#24 Yunnan clinker 1.5 ≥ 1.5', CEMENT_CLINKER, 530000, 2250000, 1500000, PASS, 1.5, 1.5, 2250000",
        "'#26 Zhejiang flat glass 1.2 < 1.25', FLAT_GLASS, 330000, 1200, 1000, REJECT, 1.25, 1.2, 1250",
        "'#27 Sichuan flat glass 1:1', FLAT_GLASS, 510000, 600, 600, PASS, 1.0, 1.0, 600"
    })
    void regulation_case_decides_by_the_regional_ratio(
            String regulationCase,
            String industry,
            String region,
            double exit,
            double newCapacity,
            Decision decision,
            double required,
            double actual,
            double minimumExit) {
        CapacityReplacementResult result = replacement.check(
                plan(industry, region, newCapacity, List.of(ExitCapacity.of(exit, region)), PLAN_DATE));

        assertThat(result.decision()).isEqualTo(decision);
        assertThat(result.requiredRatio()).isEqualTo(required);
        assertThat(result.actualRatio()).isCloseTo(actual, within(1e-4));
        assertThat(result.minimumExitCapacity()).isEqualTo(minimumExit);
        assertThat(result.reasons()).allSatisfy(r -> assertThat(r.basis()).isNotNull());
    }

    @ParameterizedTest(name = "#22 steel exit flagged {0} is rejected whatever the ratio")
    @CsvSource({"SUBSIDISED_EXIT", "ILLEGAL", "COUNTED_AS_DECAPACITY", "OBSOLETE", "ZOMBIE_ENTERPRISE"})
    void case_22_ineligible_steel_exit_capacity_is_rejected_whatever_the_ratio(String flag) {
        // 2.0 Mt clean exit for 1.2 Mt new in Guangxi would pass on its own (1.667 ≥ 1.25)
        CapacityReplacementResult result = replacement.check(plan(
                "STEEL",
                "450000",
                1200000,
                List.of(ExitCapacity.of(2000000, "450000"), ExitCapacity.of(500000, "450000", flag)),
                PLAN_DATE));

        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.eligibleExitCapacity()).isEqualTo(2000000);
        assertThat(result.actualRatio()).isCloseTo(1.6667, within(1e-4));
        assertThat(result.reasons())
                .filteredOn(r -> r.code().equals("INELIGIBLE_EXIT_CAPACITY"))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains(flag, "exitCapacities[1]"));
        assertThat(result.reasons()).extracting(Reason::code).contains("RATIO_MET");
    }
}
