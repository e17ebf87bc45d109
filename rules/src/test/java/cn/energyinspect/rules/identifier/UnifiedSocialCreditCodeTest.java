package cn.energyinspect.rules.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @Test
    void uscc_of_the_standard_example_is_valid_with_region_350100() {
        UsccCheck check = UnifiedSocialCreditCode.check("91350100M000100Y43");

        assertThat(check.valid()).isTrue();
        assertThat(check.errors()).isEmpty();
        assertThat(check.regionCode()).isEqualTo("350100");
        assertThat(check.expectedCheckCharacter()).isEqualTo("3");
        assertThat(check.organisationCodeConsistent()).isTrue();
        assertThat(check.basis().reference()).isEqualTo("GB 32100-2015");
    }

    @Test
    void uscc_with_wrong_check_character_is_invalid() {
        UsccCheck check = UnifiedSocialCreditCode.check("91350100M000100Y44");

        assertThat(check.valid()).isFalse();
        assertThat(check.expectedCheckCharacter()).isEqualTo("3");
        assertThat(check.errors()).containsExactly("校验码应为3，实际为4");
        assertThat(check.regionCode()).isNull();
    }

    @Test
    void uscc_with_letter_o_outside_the_character_set_is_invalid() {
        UsccCheck check = UnifiedSocialCreditCode.check("91350100M0001O0Y43");

        assertThat(check.valid()).isFalse();
        assertThat(check.errors()).singleElement().asString().contains("第14位", "O");
    }

    @Test
    void uscc_with_17_characters_is_invalid_for_its_length() {
        UsccCheck check = UnifiedSocialCreditCode.check("91350100M000100Y4");

        assertThat(check.valid()).isFalse();
        assertThat(check.errors()).containsExactly("长度应为18位，实际为17位");
        assertThat(check.expectedCheckCharacter())
                .as("the missing check character")
                .isEqualTo("3");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "91350100M000100Y4I, 第18位",
        "9135010AM000100Y43, 第8位应为数字",
        "91350100m000100Y43, 第9位",
        "'', 长度应为18位，实际为0位",
        "91350100M000100Y433, 长度应为18位，实际为19位",
    })
    void uscc_breaking_the_structure_is_invalid_and_says_where(String code, String expectedError) {
        UsccCheck check = UnifiedSocialCreditCode.check(code);

        assertThat(check.valid()).isFalse();
        assertThat(check.errors()).anySatisfy(error -> assertThat(error).contains(expectedError));
    }

    @Test
    void uscc_reports_every_problem_at_once() {
        UsccCheck check = UnifiedSocialCreditCode.check("9I3501O0M000");

        assertThat(check.errors()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y4",
                "91110000600037341",
                "12100000400000624",
                "92330106MA2B3C4D5",
                "Y1000000000000000"
            })
    void uscc_check_character_generated_for_17_characters_makes_a_valid_code(String first17) {
        String code = first17 + UnifiedSocialCreditCode.checkCharacterFor(first17);

        assertThat(UnifiedSocialCreditCode.check(code).valid()).isTrue();
    }

    @Test
    void uscc_check_character_of_the_standard_example_is_3() {
        assertThat(UnifiedSocialCreditCode.checkCharacterFor("91350100M000100Y4"))
                .isEqualTo("3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y", "91350100M000100Y43", "91350100M0001O0Y4"})
    void uscc_check_character_needs_17_characters_of_the_set(String first17) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacterFor(first17))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .allSatisfy(v -> assertThat(v.field()).isEqualTo("first17")));
    }

    @Test
    void uscc_missing_is_an_input_error_not_a_verdict() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.check(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void uscc_validity_does_not_depend_on_the_gb_11714_check_digit() {
        // same first 8 characters, subject code 000000001 whose GB 11714 check digit would be 0, not 1
        String first17 = "91350100000000001";
        UsccCheck check = UnifiedSocialCreditCode.check(first17 + UnifiedSocialCreditCode.checkCharacterFor(first17));

        assertThat(check.valid()).isTrue();
        assertThat(check.organisationCodeConsistent()).isFalse();
    }
}
