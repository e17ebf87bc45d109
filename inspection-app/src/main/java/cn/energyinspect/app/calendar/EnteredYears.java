package cn.energyinspect.app.calendar;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.calendar.CalendarDay;
import cn.energyinspect.rules.calendar.DayKind;
import cn.energyinspect.rules.calendar.YearCalendar;
import java.time.LocalDate;
import java.util.List;

/** The rules library's {@link YearCalendar} of a year entered by an administrator, with its notice as {@link Basis}. */
final class EnteredYears {
    private EnteredYears() {}

    static String defaultTitle(int year) {
        return "国务院办公厅关于" + year + "年部分节假日安排的通知";
    }

    /**
     * The notice as the basis every deadline of the year cites. PAGE: entered from the notice as published on the
     * government's site, not a third party's transcription.
     */
    static Basis notice(int year, String title, String number, LocalDate date, String url, String enteredBy) {
        String source = "省级管理员 " + enteredBy + " 据通知录入（发布日期 " + date + "）" + (url == null ? "" : "; " + url);
        return new Basis(
                title + "（" + number + "）",
                String.valueOf(year),
                null,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                Confidence.PAGE,
                source);
    }

    static YearCalendar toYearCalendar(CalendarYearRow row, List<CalendarDayRow> days) {
        return new YearCalendar(
                row.year(),
                notice(
                        row.year(),
                        row.noticeTitle(),
                        row.noticeNumber(),
                        row.noticeDate(),
                        row.noticeUrl(),
                        row.enteredBy()),
                days.stream()
                        .map(d -> new CalendarDay(d.day(), DayKind.valueOf(d.kind()), d.name()))
                        .toList());
    }
}
