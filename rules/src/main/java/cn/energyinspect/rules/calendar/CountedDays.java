package cn.energyinspect.rules.calendar;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.RandomAccess;

/** An immutable, O(1)-to-build list of days: a slice of the working-day index, or a run of consecutive days. */
final class CountedDays extends AbstractList<LocalDate> implements RandomAccess {
    private final LocalDate origin;
    private final int[] offsets;
    private final int start;
    private final int size;

    private CountedDays(LocalDate origin, int[] offsets, int start, int size) {
        this.origin = origin;
        this.offsets = offsets;
        this.start = start;
        this.size = size;
    }

    /** {@code offsets[start .. start + size)} as days after {@code origin}. */
    static CountedDays slice(LocalDate origin, int[] offsets, int start, int size) {
        return new CountedDays(origin, offsets, start, size);
    }

    /** The {@code size} days following {@code from}. */
    static CountedDays following(LocalDate from, int size) {
        return new CountedDays(from, null, 1, size);
    }

    @Override
    public LocalDate get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return origin.plusDays(offsets == null ? start + (long) index : offsets[start + index]);
    }

    @Override
    public int size() {
        return size;
    }
}
