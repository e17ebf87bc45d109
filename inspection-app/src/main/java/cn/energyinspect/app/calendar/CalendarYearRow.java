package cn.energyinspect.app.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A year entered by an administrator: its notice and who entered it (table {@code calendar_year}). */
record CalendarYearRow(
        int year,
        String noticeTitle,
        String noticeNumber,
        LocalDate noticeDate,
        String noticeUrl,
        String enteredBy,
        Instant enteredAt,
        int version) {}
