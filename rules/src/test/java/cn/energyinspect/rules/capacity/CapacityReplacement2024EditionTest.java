package cn.energyinspect.rules.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2024 cement / glass edition (in force 2024-11-01, ratios unchanged), the steel suspension from 2024-08-23 and the
 * double-use check (programmes.md §2.1–2.3, §9).
 */
class CapacityReplacement2024EditionTest {
    private final CapacityReplacement replacement = CapacityReplacement.standard();

    private CapacityReplacementResult check(
            String industry, String region, double newCapacity, LocalDate date, ExitCapacity... exits) {
        return replacement.check(
                new CapacityReplacementRequest(industry, region, newCapacity, List.of(exits), null, null, date));
    }

    @ParameterizedTest(name = "{0} on {1}: edition {2}")
    @CsvSource({
        "CEMENT_CLINKER, 2024-10-31, 2021",
        "CEMENT_CLINKER, 2024-11-01, 2024",
        "FLAT_GLASS, 2024-10-31, 2021",
        "FLAT_GLASS, 2024-11-01, 2024"
    })
    void cement_and_glass_ratios_come_from_the_edition_in_force_on_the_plan_date(
            String industry, LocalDate date, String edition) {
        // Jiangsu (长三角, key region): clinker 2:1, glass 1.25:1 in both editions
        CapacityReplacementResult result = check(industry, "320500", 1000, date, ExitCapacity.of(3000, "320500"));

        Reason ratio = result.reasons().stream()
                .filter(r -> r.code().equals("RATIO_MET"))
                .findFirst()
                .orElseThrow();
        assertThat(ratio.basis().edition()).isEqualTo(edition);
        assertThat(result.requiredRatio()).isEqualTo(industry.equals("CEMENT_CLINKER") ? 2.0 : 1.25);
    }

    @ParameterizedTest(name = "2024 clinker exit flagged {0} is ineligible")
    @CsvSource({"BELOW_BASELINE_EFFICIENCY", "LOW_EFFICIENCY_OPERATION", "ELIMINATION_CATEGORY", "NO_DISCHARGE_PERMIT"})
    void clinker_capacity_below_baseline_or_without_permit_is_unusable_from_2024_11_01(String flag) {
        ExitCapacity clean = ExitCapacity.of(3000, "530100");
        ExitCapacity flagged = ExitCapacity.of(1000, "530100", flag);

        CapacityReplacementResult after =
                check("CEMENT_CLINKER", "530100", 1000, LocalDate.of(2024, 11, 1), clean, flagged);
        CapacityReplacementResult before =
                check("CEMENT_CLINKER", "530100", 1000, LocalDate.of(2024, 10, 31), clean, flagged);

        assertThat(after.decision()).isEqualTo(Decision.REJECT);
        assertThat(after.reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("INELIGIBLE_EXIT_CAPACITY");
            assertThat(r.basis().edition()).isEqualTo("2024");
        });
        assertThat(before.decision()).isEqualTo(Decision.PASS);
        assertThat(before.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("FLAG_NOT_IN_FORCE"));
    }

    @Test
    void an_import_restricted_province_may_not_take_capacity_from_another_province() {
        CapacityReplacementResult result = replacement.check(new CapacityReplacementRequest(
                "CEMENT_CLINKER",
                "320500",
                1000.0,
                List.of(ExitCapacity.of(3000, "530100")),
                null,
                List.of("IMPORT_RESTRICTED_PROVINCE"),
                LocalDate.of(2025, 3, 1)));

        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("IMPORT_RESTRICTED_PROVINCE"));
    }

    @Test
    void a_cross_province_cement_plan_needs_a_hearing_from_2024_11_01_only() {
        ExitCapacity yunnan = ExitCapacity.of(3000, "530100");

        assertThat(check("CEMENT_CLINKER", "450100", 1000, LocalDate.of(2024, 11, 1), yunnan)
                        .reasons())
                .anySatisfy(r -> {
                    assertThat(r.code()).isEqualTo("HEARING_REQUIRED");
                    assertThat(r.basis().effectiveFrom()).isEqualTo(LocalDate.of(2024, 11, 1));
                });
        assertThat(check("CEMENT_CLINKER", "450100", 1000, LocalDate.of(2024, 10, 31), yunnan)
                        .reasons())
                .noneSatisfy(r -> assertThat(r.code()).isEqualTo("HEARING_REQUIRED"));
        assertThat(check("CEMENT_CLINKER", "530300", 1000, LocalDate.of(2024, 11, 1), yunnan)
                        .reasons())
                .noneSatisfy(r -> assertThat(r.code()).isEqualTo("HEARING_REQUIRED"));
    }

    @Test
    void steel_replacement_is_suspended_from_2024_08_23_with_its_source_and_the_ratio_still_shown() {
        ExitCapacity guangxi = ExitCapacity.of(1500000, "450100");

        CapacityReplacementResult suspended = check("STEEL", "450100", 1200000, LocalDate.of(2024, 8, 23), guangxi);
        CapacityReplacementResult before = check("STEEL", "450100", 1200000, LocalDate.of(2024, 8, 22), guangxi);

        assertThat(suspended.decision()).isEqualTo(Decision.SUSPENDED);
        Reason first = suspended.reasons().getFirst();
        assertThat(first.code()).isEqualTo("REPLACEMENT_SUSPENDED");
        assertThat(first.message()).startsWith("钢铁产能置换自2024年8月23日起暂停");
        assertThat(first.basis().source()).contains("dzgx.cqsmartpark.cn");
        assertThat(first.basis().effectiveFrom()).isEqualTo(LocalDate.of(2024, 8, 23));
        assertThat(suspended.requiredRatio()).isEqualTo(1.25);
        assertThat(before.decision()).isEqualTo(Decision.PASS);
    }

    @Test
    void an_exiting_line_used_by_another_plan_is_found_whatever_its_spelling() {
        DoubleUse.Line line = new DoubleUse.Line("91330106MA2H0X1234", "2号熟料线");
        DoubleUse.UsedLine other = new DoubleUse.UsedLine(
                new DoubleUse.Line("91330106ma2h0x1234", "２号 熟料线"), 9L, "CR-2026-0009", "APPROVED");

        List<DoubleUse.Conflict> conflicts = DoubleUse.find(
                1L, "CR-2026-0001", List.of(new DoubleUse.Line("91330106MA2H0X1234", "1号熟料线"), line), List.of(other));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.exitIndex()).isEqualTo(1);
            assertThat(c.usedBy().planNumber()).isEqualTo("CR-2026-0009");
        });
        assertThat(DoubleUse.find(9L, "CR-2026-0009", List.of(line), List.of(other)))
                .as("a plan does not conflict with itself")
                .isEmpty();
        assertThat(DoubleUse.find(1L, "CR-2026-0001", List.of(line, line), List.of()))
                .singleElement()
                .satisfies(c -> assertThat(c.usedBy().status()).isEqualTo("SAME_PLAN"));
    }
}
