package cn.energyinspect.app.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Dates and numerals as written in official documents. */
final class ChineseText {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseText() {}

    /** 2026年7月15日: year in full, no leading zeros (GB/T 9704 §7.3.5). */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2026年6月10日9时30分, or 2026年6月10日9时 on the hour. */
    static String dateTime(LocalDateTime time) {
        String clock = time.getHour() + "时" + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
        return date(time.toLocalDate()) + clock;
    }

    /** 一, 二 … 十, 十一 … 九十九: heading numbers (一、). */
    static String numeral(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("numeral out of range: " + number);
        }
        int tens = number / 10;
        int units = number % 10;
        String prefix = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return prefix + (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
    }

    /** Inspectors as a run of text: 张三（执法证号：…）、李四（执法证号：…）. */
    static String inspectors(List<Inspector> inspectors) {
        return String.join(
                "、",
                inspectors.stream()
                        .map(inspector -> inspector.name() + "（执法证号：" + inspector.certificateNumber() + "）")
                        .toList());
    }
}
