package cn.energyinspect.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking with a fixed-pitch measure: a CJK character is 1, a Latin character 0.5. */
class LineBreakerTest {

    private static final LineBreaker BREAKER = new LineBreaker(LineBreakerTest::width);

    @Test
    void chinese_text_breaks_at_any_character_without_overflow() {
        List<String> lines = BREAKER.wrap("中华人民共和国节约能源法第十六条规定", 5, 5);

        assertThat(lines).containsExactly("中华人民共", "和国节约能", "源法第十六", "条规定");
    }

    @Test
    void closing_punctuation_never_starts_a_line() {
        List<String> lines = BREAKER.wrap("一二三四五，六七", 5, 5);

        assertThat(lines).containsExactly("一二三四", "五，六七");
    }

    @Test
    void opening_punctuation_never_ends_a_line() {
        List<String> lines = BREAKER.wrap("一二三四《五六》", 5, 5);

        assertThat(lines).containsExactly("一二三四", "《五六》");
    }

    @Test
    void a_standard_number_stays_whole_and_spaces_do_not_start_lines() {
        List<String> lines = BREAKER.wrap("依据GB 16780-2021 表1", 6, 6);

        assertThat(lines).containsExactly("依据GB", "16780-2021", "表1");
        assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(6));
    }

    @Test
    void a_latin_run_longer_than_a_line_is_broken_anywhere() {
        List<String> lines = BREAKER.wrap("ABCDEFGHIJKL", 3, 3);

        assertThat(lines).containsExactly("ABCDEF", "GHIJKL");
    }

    @Test
    void the_first_line_may_be_narrower_than_the_rest() {
        assertThat(BREAKER.wrap("一二三四五六七", 2, 5)).containsExactly("一二", "三四五六七");
    }

    @Test
    void empty_text_is_one_empty_line() {
        assertThat(BREAKER.wrap("", 5, 5)).containsExactly("");
    }

    private static double width(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
    }
}
