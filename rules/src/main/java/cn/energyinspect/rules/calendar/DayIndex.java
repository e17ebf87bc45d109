package cn.energyinspect.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Every day of the loaded years, precomputed: whether it is a working day, how many working days there are up to and
 * including it, and the offsets of all working days in order.
 */
final class DayIndex {
    private final LocalDate first;
    private final LocalDate last;
    private final boolean[] working;
    private final int[] workingUpTo;
    private final int[] workingDays;

    /** {@code exceptions}: HOLIDAY → not working, WORKDAY → working, whatever the day of the week. */
    DayIndex(int firstYear, int lastYear, Map<LocalDate, Boolean> exceptions) {
        this.first = LocalDate.of(firstYear, 1, 1);
        this.last = LocalDate.of(lastYear, 12, 31);
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        working = new boolean[days];
        workingUpTo = new int[days];
        int[] offsets = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            DayOfWeek weekday = day.getDayOfWeek();
            boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
            working[i] = exceptions.getOrDefault(day, !weekend);
            if (working[i]) {
                offsets[count++] = i;
            }
            workingUpTo[i] = count;
        }
        workingDays = java.util.Arrays.copyOf(offsets, count);
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** Position of a day known to be {@link #contains contained}. */
    int offset(LocalDate day) {
        return (int) (day.toEpochDay() - first.toEpochDay());
    }

    boolean isWorking(int offset) {
        return working[offset];
    }

    int workingUpTo(int offset) {
        return workingUpTo[offset];
    }

    int workingDayCount() {
        return workingDays.length;
    }

    /** The day of the {@code ordinal}-th working day (1-based). */
    LocalDate workingDay(int ordinal) {
        return first.plusDays(workingDays[ordinal - 1]);
    }

    /** The working days with ordinals {@code fromOrdinal .. fromOrdinal + count − 1} (1-based). */
    CountedDays workingDays(int fromOrdinal, int count) {
        return CountedDays.slice(first, workingDays, fromOrdinal - 1, count);
    }
}
