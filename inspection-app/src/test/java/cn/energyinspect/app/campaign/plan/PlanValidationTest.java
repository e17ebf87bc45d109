package cn.energyinspect.app.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.refusal.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanValidationTest {
    private static PlanForm form(List<String> industries, LocalDate split, LocalDate draw) {
        return new PlanForm(
                2027,
                "年度计划",
                "DESK",
                null,
                industries,
                null,
                0,
                split,
                draw,
                LocalDate.of(2027, 10, 1),
                LocalDate.of(2027, 12, 1));
    }

    @Test
    void a_complete_plan_with_quota_zero_is_valid() {
        assertThat(PlanValidation.check(form(List.of(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "C30", "C301", "C3011", "D44"})
    void gbt_4754_sections_and_their_prefixes_are_accepted(String code) {
        assertThat(PlanValidation.check(form(List.of(code), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c30", "3011", "C3", "C30111", "Z30"})
    void other_industry_codes_are_refused(String code) {
        assertThat(PlanValidation.check(form(List.of(code), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1))))
                .extracting(FieldError::field)
                .containsExactly("industries[0]");
    }

    @Test
    void a_draw_before_the_split_is_refused() {
        assertThat(PlanValidation.check(form(List.of(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1))))
                .extracting(FieldError::field)
                .containsExactly("drawDue");
    }
}
