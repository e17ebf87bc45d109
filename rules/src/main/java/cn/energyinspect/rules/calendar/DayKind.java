package cn.energyinspect.rules.calendar;

/** What a State Council holiday notice makes of a day. */
public enum DayKind {
    /** 放假: not a working day, whatever the day of the week (weekend days inside a holiday block included). */
    HOLIDAY,
    /** 调休上班: a Saturday or Sunday that is a working day. */
    WORKDAY
}
