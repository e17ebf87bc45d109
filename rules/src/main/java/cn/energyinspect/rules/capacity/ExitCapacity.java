package cn.energyinspect.rules.capacity;

import java.util.List;

/**
 * One exiting capacity offered for replacement.
 *
 * @param capacity in the industry's unit (t/yr for steel and clinker, t/d for flat glass); positive
 * @param regionCode GB/T 2260 code where the capacity lies (decides cross-province replacement)
 * @param flags conditions of flags.csv, e.g. {@code MERGER_COMPLETED}, {@code SUBSIDISED_EXIT}, {@code ILLEGAL}
 */
public record ExitCapacity(Double capacity, String regionCode, List<String> flags) {
    public ExitCapacity {
        flags = CapacityReplacementRequest.copy(flags);
    }

    public static ExitCapacity of(double capacity, String regionCode, String... flags) {
        return new ExitCapacity(capacity, regionCode, List.of(flags));
    }
}
