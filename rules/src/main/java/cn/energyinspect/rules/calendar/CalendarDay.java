package cn.energyinspect.rules.calendar;

import java.time.LocalDate;

/**
 * One day a holiday notice changes: a holiday (放假) or an adjusted workday (调休上班).
 *
 * @param name the holiday it belongs to, e.g. {@code 春节}, {@code 国庆节}
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {}
