package cn.energyinspect.workflow;

/**
 * Brings scheduled deadlines in line with a year's holidays once they are entered: the timers and user-task due dates
 * counted in working or natural days ({@code PnWD}, {@code PnCD}) that ran through that year were computed over weekends
 * only (or over the days replaced) and are computed again, from the moment they were created, on the calendar now in
 * force ({@link CalendarPort}).
 */
public interface WorkingDayTimers {

    /** Recomputes what ran through {@code year}; call it after the calendar of {@link CalendarPort} has the new year. */
    Recalculated recalculate(int year);

    /**
     * What was recomputed.
     *
     * @param timers timer jobs whose due date was recomputed
     * @param tasks user tasks whose due date changed
     */
    record Recalculated(int year, int timers, int tasks) {}
}
