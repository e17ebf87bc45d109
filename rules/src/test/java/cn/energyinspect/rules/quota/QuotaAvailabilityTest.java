package cn.energyinspect.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The no-exception question "is an edition loaded for this date, and if not which one is missing?". */
class QuotaAvailabilityTest {
    private final QuotaGrading grading = QuotaGrading.standard();

    @Test
    void a_steel_figure_of_june_2026_is_not_gradable_and_names_gb_21256_2013() {
        EditionAvailability a =
                grading.availability("STEEL_BLAST_FURNACE", "PROCESS_ENERGY", LocalDate.of(2026, 6, 30));

        assertThat(a.loaded()).isFalse();
        assertThat(a.edition()).isNull();
        assertThat(a.standard()).isEqualTo("GB 21256");
        assertThat(a.missingEdition()).isEqualTo("GB 21256-2013");
        assertThat(a.missingBefore()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(a.message()).startsWith("未载入 2026-07-01 之前适用的 GB 21256 版本（GB 21256-2013）");
    }

    @Test
    void a_steel_figure_of_july_2026_is_gradable_by_gb_21256_2025() {
        EditionAvailability a = grading.availability("STEEL_BLAST_FURNACE", "PROCESS_ENERGY", LocalDate.of(2026, 7, 1));

        assertThat(a.loaded()).isTrue();
        assertThat(a.edition().reference()).isEqualTo("GB 21256-2025");
        assertThat(a.missingEdition()).isNull();
        assertThat(a.message()).isNull();
    }

    @Test
    void an_unknown_product_or_a_missing_date_is_bad_input_not_an_answer() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> grading.availability("UNOBTAINIUM", "COMPREHENSIVE_ENERGY", null));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("product", "date");
    }

    @Test
    void the_catalogue_lists_every_product_with_its_chinese_names_unit_and_conditions() {
        QuotaIndicator glass = grading.indicators().stream()
                .filter(i -> i.product().equals("FLAT_GLASS"))
                .findFirst()
                .orElseThrow();

        assertThat(glass.productNameZh()).isEqualTo("平板玻璃");
        assertThat(glass.nameZh()).isEqualTo("平板玻璃单位产品综合能耗");
        assertThat(glass.unit()).isEqualTo("kgce/重量箱");
        assertThat(glass.requiredConditions()).containsExactly("lineCapacityTonnesPerDay");
        assertThat(glass.conditionDetails())
                .extracting(QuotaCondition::name, QuotaCondition::nameZh, QuotaCondition::required)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("lineCapacityTonnesPerDay", "生产线设计生产能力", true),
                        org.assertj.core.groups.Tuple.tuple("glassThicknessFactor", "厚度修正系数 b", false));
        assertThat(grading.indicators()).hasSizeGreaterThan(200);
        assertThat(grading.indicators()).allSatisfy(i -> {
            assertThat(i.productNameZh()).isNotBlank();
            assertThat(i.nameZh()).isNotBlank();
            assertThat(i.unit()).isNotBlank();
            assertThat(i.editions()).isNotEmpty();
        });
    }
}
