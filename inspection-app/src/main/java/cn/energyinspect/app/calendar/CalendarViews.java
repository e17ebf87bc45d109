package cn.energyinspect.app.calendar;

import cn.energyinspect.rules.calendar.DayKind;
import cn.energyinspect.workflow.WorkingDayTimers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the calendar administration API reads and writes. */
public final class CalendarViews {
    private CalendarViews() {}

    /** One changed day: 放假 (HOLIDAY) or 调休上班 (WORKDAY), with the holiday it belongs to. */
    public record CalendarDayEntry(LocalDate date, DayKind kind, String name) {}

    /**
     * A year in the list.
     *
     * @param version the entry's version for the next change ({@code null} unless ENTERED)
     */
    public record CalendarYearSummary(
            int year,
            YearState state,
            String noticeTitle,
            String noticeNumber,
            LocalDate noticeDate,
            int holidays,
            int workdays,
            String enteredBy,
            Instant enteredAt,
            Integer version) {}

    public record CalendarYearList(List<CalendarYearSummary> items) {}

    /**
     * A year with its days. For a SHIPPED year the notice is the shipped data's (title and source); for a PROVISIONAL
     * year there are no days.
     *
     * @param recalculated after a change: the timers and task due dates recomputed with it ({@code null} otherwise, or
     *     when the recomputation failed and was logged)
     */
    public record CalendarYearView(
            int year,
            YearState state,
            String noticeTitle,
            String noticeNumber,
            LocalDate noticeDate,
            String noticeUrl,
            String source,
            String confidence,
            List<CalendarDayEntry> days,
            String enteredBy,
            Instant enteredAt,
            Integer version,
            WorkingDayTimers.Recalculated recalculated) {}

    /**
     * A year's holidays as entered from the State Council notice.
     *
     * @param noticeTitle defaults to 国务院办公厅关于{year}年部分节假日安排的通知
     * @param noticeNumber the notice's 文号, e.g. 国办发明电〔2026〕7号
     * @param noticeDate the day the notice was issued
     * @param version the version read, to change an entered year; empty for a year not entered yet
     */
    public record CalendarYearForm(
            String noticeTitle,
            String noticeNumber,
            LocalDate noticeDate,
            String noticeUrl,
            Integer version,
            List<CalendarDayEntry> days) {}
}
