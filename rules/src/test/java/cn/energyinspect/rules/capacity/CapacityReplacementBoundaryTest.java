package cn.energyinspect.rules.capacity;

import static cn.energyinspect.rules.capacity.CapacityReplacementRegulationCasesTest.PLAN_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacityReplacementBoundaryTest {
    private final CapacityReplacement replacement = CapacityReplacement.standard();

    private CapacityReplacementResult check(
            String industry, String region, double newCapacity, String processType, ExitCapacity... exits) {
        return replacement.check(new CapacityReplacementRequest(
                industry, region, newCapacity, List.of(exits), processType, null, PLAN_DATE));
    }

    @ParameterizedTest(name = "{0}: exit {3} / new {4} → {5}")
    @CsvSource({
        "'steel key region exactly 1.5:1 passes', STEEL, 130200, 1800000, 1200000, PASS",
        "'steel key region one tonne short of 1.5:1 is rejected', STEEL, 130200, 1799999, 1200000, REJECT",
        "'a Tangshan county (130203) lies in the key region', STEEL, 130203, 1500000, 1200000, REJECT",
        "'steel elsewhere exactly 1.25:1 passes', STEEL, 450000, 1250000, 1000000, PASS",
        "'steel elsewhere just below 1.25:1 is rejected', STEEL, 450000, 1249999, 1000000, REJECT",
        "'steel in Hebei outside the 2+26 cities is 京津冀 for steel', STEEL, 130700, 1250000, 1000000, REJECT",
        "'steel in Guangzhou (珠三角) is a key region', STEEL, 440100, 1250000, 1000000, REJECT",
        "'steel in Shantou (Guangdong outside 珠三角) is not', STEEL, 440500, 1250000, 1000000, PASS",
        "'clinker key region exactly 2:1 passes', CEMENT_CLINKER, 320000, 3600000, 1800000, PASS",
        "'clinker in Hebei Chengde (not in the 2+26 list) needs 1.5', CEMENT_CLINKER, 130800, 1500000, 1000000, PASS",
        "'clinker in Xianyang (汾渭平原) needs 2.0', CEMENT_CLINKER, 610400, 1500000, 1000000, REJECT",
        "'flat glass key region exactly 1.25:1 passes', FLAT_GLASS, 330000, 1250, 1000, PASS",
        "'flat glass elsewhere just below 1:1 is rejected', FLAT_GLASS, 510000, 599, 600, REJECT"
    })
    void required_ratio_is_inclusive_at_the_boundary(
            String regulation, String industry, String region, double exit, double newCapacity, Decision decision) {
        assertThat(check(industry, region, newCapacity, null, ExitCapacity.of(exit, region))
                        .decision())
                .isEqualTo(decision);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'steel merger elsewhere exactly 1.1:1 passes', 450000, 1100000, 1000000, PASS, 1.1",
        "'steel merger elsewhere just below 1.1:1 is rejected', 450000, 1099999, 1000000, REJECT, 1.1",
        "'steel merger in a key region: #18 numbers pass at 1.25', 130200, 1500000, 1200000, PASS, 1.25"
    })
    void steel_capacity_from_a_completed_merger_uses_the_merger_ratio(
            String regulation, String region, double exit, double newCapacity, Decision decision, double required) {
        CapacityReplacementResult result =
                check("STEEL", region, newCapacity, null, ExitCapacity.of(exit, region, "MERGER_COMPLETED"));

        assertThat(result.decision()).isEqualTo(decision);
        assertThat(result.requiredRatio()).isEqualTo(required);
        assertThat(result.reasons()).extracting(Reason::code).contains("MERGER_RATIO");
    }

    @Test
    void merger_and_normal_capacity_are_blended() {
        // 1.1 Mt merger (covers 1.0 Mt) + 0.25 Mt normal (covers 0.2 Mt) = 1.2 Mt new, in Guangxi
        CapacityReplacementResult result = check(
                "STEEL",
                "450000",
                1200000,
                null,
                ExitCapacity.of(1100000, "450000", "MERGER_COMPLETED"),
                ExitCapacity.of(250000, "450000"));

        assertThat(result.decision()).isEqualTo(Decision.PASS);
        assertThat(result.requiredRatio()).isEqualTo(1.125);
        assertThat(result.minimumExitCapacity()).isEqualTo(1350000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'EAF to EAF in Tangshan: 1:1', 130200, EAF_TO_EAF",
        "'converter to EAF: 1:1', 130200, CONVERTER_TO_EAF",
        "'in-plant upgrade: 1:1', 130200, IN_PLANT_UPGRADE",
        "'hydrogen metallurgy: 1:1', 130200, HYDROGEN_OR_NON_BLAST_FURNACE_IRONMAKING",
        "'stainless RKEF-AOD route: 1:1', 450000, STAINLESS_RKEF_AOD",
        "'any steel project in Qinghai: 1:1', 630100, ",
        "'any steel project in Tibet: 1:1', 540000, "
    })
    void steel_equal_replacement_cases_need_only_one_to_one(String regulation, String region, String processType) {
        CapacityReplacementResult result =
                check("STEEL", region, 1000000, processType, ExitCapacity.of(1000000, region));

        assertThat(result.decision()).isEqualTo(Decision.PASS);
        assertThat(result.requiredRatio()).isEqualTo(1.0);
        assertThat(result.reasons()).extracting(Reason::code).contains("EQUAL_REPLACEMENT");
    }

    @Test
    void equal_replacement_still_rejects_less_than_one_to_one() {
        assertThat(check("STEEL", "130200", 1000000, "EAF_TO_EAF", ExitCapacity.of(999999, "130200"))
                        .decision())
                .isEqualTo(Decision.REJECT);
    }

    @Test
    void cross_province_clinker_needs_two_to_one_even_from_a_non_key_region() {
        CapacityReplacementResult sameProvince =
                check("CEMENT_CLINKER", "530000", 1500000, null, ExitCapacity.of(2250000, "530100"));
        CapacityReplacementResult crossProvince =
                check("CEMENT_CLINKER", "530000", 1500000, null, ExitCapacity.of(2250000, "520100"));

        assertThat(sameProvince.decision()).isEqualTo(Decision.PASS);
        assertThat(crossProvince.decision()).isEqualTo(Decision.REJECT);
        assertThat(crossProvince.requiredRatio()).isEqualTo(2.0);
        assertThat(crossProvince.reasons()).extracting(Reason::code).contains("CROSS_PROVINCE_RATIO");
    }

    @Test
    void restricted_category_clinker_line_needs_two_to_one() {
        CapacityReplacementResult result = check(
                "CEMENT_CLINKER", "530000", 1500000, null, ExitCapacity.of(2250000, "530000", "RESTRICTED_CATEGORY"));

        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.minimumExitCapacity()).isEqualTo(3000000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'photovoltaic rolled glass needs no replacement', FLAT_GLASS, 330000, 1200, PHOTOVOLTAIC_ROLLED_GLASS",
        "'industrial flat glass furnace exactly 150 t/d', FLAT_GLASS, 330000, 150, INDUSTRIAL_FLAT_GLASS",
        "'clinker technical upgrade without expansion', CEMENT_CLINKER, 320000, 1000000, TECHNICAL_UPGRADE_NO_EXPANSION"
    })
    void exempt_projects_need_no_replacement(String regulation, String industry, String region, double cap, String pt) {
        CapacityReplacementResult result = check(industry, region, cap, pt);

        assertThat(result.decision()).isEqualTo(Decision.EXEMPT);
        assertThat(result.requiredRatio()).isNull();
    }

    @Test
    void industrial_flat_glass_above_150_t_per_day_is_not_exempt() {
        CapacityReplacementResult result =
                check("FLAT_GLASS", "330000", 151, "INDUSTRIAL_FLAT_GLASS", ExitCapacity.of(151, "330000"));

        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.reasons()).extracting(Reason::code).contains("NOT_EXEMPT_ABOVE_THRESHOLD");
    }

    @Test
    void phosphogypsum_cement_in_hubei_is_equal_replacement_and_elsewhere_needs_review() {
        CapacityReplacementResult hubei =
                check("CEMENT_CLINKER", "420100", 1000000, "PHOSPHOGYPSUM_CEMENT", ExitCapacity.of(1000000, "420100"));
        CapacityReplacementResult yunnan =
                check("CEMENT_CLINKER", "530000", 1000000, "PHOSPHOGYPSUM_CEMENT", ExitCapacity.of(1000000, "530000"));

        assertThat(hubei.decision()).isEqualTo(Decision.PASS);
        assertThat(yunnan.decision()).isEqualTo(Decision.REVIEW);
        assertThat(yunnan.reasons()).extracting(Reason::code).contains("REGION_LIST_INCOMPLETE");
    }

    @Test
    void rkef_steel_capacity_is_decided_case_by_case_by_miit() {
        CapacityReplacementResult result =
                check("STEEL", "450000", 1000000, "RKEF", ExitCapacity.of(2000000, "450000"));

        assertThat(result.decision()).isEqualTo(Decision.REVIEW);
        assertThat(result.unconfirmed()).isTrue();
    }

    @ParameterizedTest(name = "{0} on {2} → {3}")
    @CsvSource({
        "'steel the day before the 2021 measures', STEEL, 2021-05-31, REVIEW",
        "'steel on the day the 2021 measures took effect', STEEL, 2021-06-01, REJECT",
        "'clinker the day before the 2021 measures', CEMENT_CLINKER, 2021-07-31, REVIEW",
        "'clinker on the day the 2021 measures took effect', CEMENT_CLINKER, 2021-08-01, REJECT"
    })
    void rules_are_chosen_by_the_plans_date_and_none_is_guessed_before(
            String regulation, String industry, LocalDate date, Decision decision) {
        CapacityReplacementResult result = replacement.check(new CapacityReplacementRequest(
                industry, "320000", 1000000.0, List.of(ExitCapacity.of(1200000, "320000")), null, null, date));

        assertThat(result.decision()).isEqualTo(decision);
        if (decision == Decision.REVIEW) {
            assertThat(result.reasons()).extracting(Reason::code).containsExactly("NO_EDITION_LOADED");
        }
    }

    @Test
    void a_province_that_missed_its_target_may_not_receive_capacity_from_elsewhere() {
        CapacityReplacementResult result = replacement.check(new CapacityReplacementRequest(
                "STEEL",
                "450000",
                1000000.0,
                List.of(ExitCapacity.of(2000000, "440500")),
                null,
                List.of("PROVINCE_MISSED_CAPACITY_TARGET"),
                PLAN_DATE));

        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.reasons()).extracting(Reason::code).contains("PROVINCE_MISSED_CAPACITY_TARGET");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'Jiangsu lies in the Yangtze belt', 320500, REJECT", "'Guangxi does not', 450000, PASS"})
    void steel_smelting_outside_compliant_parks_is_barred_in_the_yangtze_river_economic_belt(
            String regulation, String region, Decision decision) {
        CapacityReplacementResult result = replacement.check(new CapacityReplacementRequest(
                "STEEL",
                region,
                1000000.0,
                List.of(ExitCapacity.of(2000000, region)),
                null,
                List.of("OUTSIDE_COMPLIANT_INDUSTRIAL_PARK"),
                PLAN_DATE));

        assertThat(result.decision()).isEqualTo(decision);
    }

    @ParameterizedTest(name = "long-idle glass line on {0} → {1}")
    @CsvSource({"2025-06-30, PASS", "2025-07-01, REJECT"})
    void long_idle_force_majeure_glass_lines_count_only_until_june_2025(LocalDate date, Decision decision) {
        CapacityReplacementResult result = replacement.check(new CapacityReplacementRequest(
                "FLAT_GLASS",
                "510000",
                600.0,
                List.of(ExitCapacity.of(600, "510000", "IDLE_OVER_3_YEARS_FORCE_MAJEURE")),
                null,
                null,
                date));

        assertThat(result.decision()).isEqualTo(decision);
    }

    @Test
    void tangshan_rests_on_page_sources_but_cement_key_regions_are_unconfirmed() {
        CapacityReplacementResult steel = check("STEEL", "130200", 1200000, null, ExitCapacity.of(1500000, "130200"));
        CapacityReplacementResult clinker =
                check("CEMENT_CLINKER", "320000", 1800000, null, ExitCapacity.of(3000000, "320000"));

        assertThat(steel.unconfirmed()).isFalse();
        assertThat(clinker.unconfirmed()).isTrue();
        assertThat(clinker.actualRatio()).isCloseTo(1.667, within(1e-3));
    }

    @Test
    void a_plan_with_no_exit_capacity_is_rejected_with_its_minimum() {
        CapacityReplacementResult result = check("STEEL", "130200", 1200000, null);

        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.minimumExitCapacity()).isEqualTo(1800000);
        assertThat(result.actualRatio()).isZero();
    }
}
