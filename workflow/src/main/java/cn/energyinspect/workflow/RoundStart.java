package cn.energyinspect.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Opens the filing round of one report year and region.
 *
 * @param dueDate reports are due by the end of this day (China time)
 * @param reminderWorkingDays remind the units not yet filed this many working days before the due day, each 0–60,
 *     without repeats (empty: no reminders)
 */
public record RoundStart(long roundId, long agencyId, LocalDate dueDate, List<Integer> reminderWorkingDays) {
    public RoundStart {
        Objects.requireNonNull(dueDate, "dueDate");
        reminderWorkingDays = List.copyOf(reminderWorkingDays == null ? List.of() : reminderWorkingDays);
        if (reminderWorkingDays.stream().anyMatch(d -> d == null || d < 0 || d > 60)
                || reminderWorkingDays.stream().distinct().count() != reminderWorkingDays.size()) {
            throw new IllegalArgumentException("reminder days must be distinct, 0-60: " + reminderWorkingDays);
        }
    }
}
