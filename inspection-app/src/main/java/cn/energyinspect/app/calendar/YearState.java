package cn.energyinspect.app.calendar;

/** Where the holidays of a year come from. */
public enum YearState {
    /** Shipped with the rules library (rules/src/main/resources/rules/calendar/). */
    SHIPPED,
    /** Entered by a province administrator from the State Council notice (replaces shipped data of the year). */
    ENTERED,
    /** Not loaded: deadlines through it are counted over weekends only (暂按周末计算) until it is entered. */
    PROVISIONAL
}
