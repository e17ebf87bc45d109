package cn.energyinspect.workflow;

import cn.energyinspect.rules.calendar.WorkingDayCalendar;

/**
 * The working-day calendar in force: the years shipped with the rules library plus those a province administrator has
 * entered. The application implements it (from its database); the engine's timers and task due dates read it on every
 * computation, so a year entered is used at once. Must be cheap: it is called inside engine commands.
 */
public interface CalendarPort {
    WorkingDayCalendar calendar();
}
