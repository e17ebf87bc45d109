/**
 * The holiday calendar as data a province administrator maintains (issue 11): the years shipped with the rules
 * library stay the base; a year entered from its State Council notice ({@code /api/v1/admin/calendar/years}) replaces
 * or completes it without a code release. {@link cn.energyinspect.app.calendar.BusinessCalendar} is the one calendar
 * in force, for the app's deadlines and, as the workflow's {@code CalendarPort}, for the engine's timers; a year not
 * entered is counted over weekends only and every deadline through it says so ({@code provisional: true},
 * 暂按周末计算). Entering a year recomputes the timers and task due dates that ran through it.
 */
package cn.energyinspect.app.calendar;
