/**
 * Time limits counted in working days or natural days on the mainland-China statutory calendar: {@link
 * cn.energyinspect.rules.calendar.WorkingDayCalendar#chinaMainland()}.
 *
 * <p>A working day is Monday–Friday unless it is a statutory holiday, plus the Saturdays and Sundays the State Council
 * turns into working days (调休上班). The day of the triggering event is never counted; an N-working-day limit ends on the
 * N-th working day after it (行政处罚法 Art. 85).
 *
 * <p>The calendar knows the years whose notice it holds: those shipped in {@code /rules/calendar/notices.csv} and any a
 * caller adds as a {@link cn.energyinspect.rules.calendar.YearCalendar} with {@code withYear} (the application adds
 * the years a province administrator enters; an entry replaces the shipped year of the same number). A strict
 * calendar rejects a date outside them with the year named, never treating it as an ordinary week. A calendar {@code
 * allowingProvisional()} counts such a year over weekends only (暂按周末计算) and says so on every deadline it affects
 * ({@link cn.energyinspect.rules.calendar.Deadline#provisionalYears()}), so a process never stalls for want of a
 * notice and its deadline is recomputed once the notice is entered.
 *
 * <p>All days of the loaded span are precomputed into a day index (working flag, running count of working days, list
 * of working days), so a deadline inside it is two array look-ups and {@link
 * cn.energyinspect.rules.calendar.Deadline#countedDays()} is a view over that index rather than a copied list; outside
 * it, weekdays are counted arithmetically.
 */
package cn.energyinspect.rules.calendar;
