/**
 * Time limits counted in working days or natural days on the mainland-China statutory calendar: {@link
 * cn.energyinspect.rules.calendar.WorkingDayCalendar#chinaMainland()}.
 *
 * <p>A working day is Monday–Friday unless it is a statutory holiday, plus the Saturdays and Sundays the State Council
 * turns into working days (调休上班). The day of the triggering event is never counted; an N-working-day limit ends on the
 * N-th working day after it (行政处罚法 Art. 85). The calendar knows only the years whose notice it has loaded
 * ({@code /rules/calendar/notices.csv}); a date outside them is rejected with the year named, never treated as an
 * ordinary week.
 *
 * <p>All days are precomputed once into a day index (working flag, running count of working days, list of working
 * days), so any deadline is two array look-ups and {@link cn.energyinspect.rules.calendar.Deadline#countedDays()} is a
 * view over that index rather than a copied list.
 */
package cn.energyinspect.rules.calendar;
