package cn.energyinspect.rules.calendar;

import cn.energyinspect.rules.basis.Basis;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed time limit.
 *
 * @param from the day of the triggering event (not counted)
 * @param deadline the last day of the limit
 * @param countedDays the days counted, in order (working days, or every natural day); empty for a zero-day limit
 * @param rolledOver whether the deadline was moved past the last counted day because that day is not a working day
 * @param basis the counting rules applied and the holiday notices of the years looked up
 * @param provisionalYears the years the count ran through whose holidays are not loaded, counted over weekends only
 *     (暂按周末计算); empty for a deadline that rests on loaded notices only
 */
public record Deadline(
        LocalDate from,
        LocalDate deadline,
        List<LocalDate> countedDays,
        boolean rolledOver,
        List<Basis> basis,
        List<Integer> provisionalYears) {

    public Deadline {
        // countedDays is an immutable view over the calendar's day index: copying it would cost O(n) per deadline
        basis = List.copyOf(basis);
        provisionalYears = List.copyOf(provisionalYears);
    }

    /**
     * Whether the deadline was counted over weekends only through a year whose State Council notice is not loaded: it
     * may move once the notice is entered, and whoever shows it says so (暂按周末计算).
     */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
