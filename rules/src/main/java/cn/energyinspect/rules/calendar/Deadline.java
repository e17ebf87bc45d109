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
 */
public record Deadline(
        LocalDate from, LocalDate deadline, List<LocalDate> countedDays, boolean rolledOver, List<Basis> basis) {

    public Deadline {
        // countedDays is an immutable view over the calendar's day index: copying it would cost O(n) per deadline
        basis = List.copyOf(basis);
    }
}
