package cn.energyinspect.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void dates_have_the_full_year_and_no_leading_zeros() {
        assertThat(ChineseText.date(LocalDate.of(2026, 7, 5))).isEqualTo("2026年7月5日");
        assertThat(ChineseText.date(LocalDate.of(2026, 7, 15))).isEqualTo("2026年7月15日");
    }

    @Test
    void times_drop_zero_minutes() {
        assertThat(ChineseText.dateTime(LocalDateTime.of(2026, 6, 10, 9, 30))).isEqualTo("2026年6月10日9时30分");
        assertThat(ChineseText.dateTime(LocalDateTime.of(2026, 6, 10, 14, 0))).isEqualTo("2026年6月10日14时");
    }

    @Test
    void heading_numerals_up_to_ninety_nine() {
        assertThat(ChineseText.numeral(1)).isEqualTo("一");
        assertThat(ChineseText.numeral(10)).isEqualTo("十");
        assertThat(ChineseText.numeral(11)).isEqualTo("十一");
        assertThat(ChineseText.numeral(20)).isEqualTo("二十");
        assertThat(ChineseText.numeral(99)).isEqualTo("九十九");
    }
}
