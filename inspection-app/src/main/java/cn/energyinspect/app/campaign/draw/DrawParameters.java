package cn.energyinspect.app.campaign.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The published parameters of one draw.
 *
 * @param drawDate the date certificates must be valid on and exclusions are counted back from
 * @param stratifyBy the dimensions forming the strata, in key order; empty for one stratum {@code ALL}
 * @param ratio the sampling ratio in (0, 1] for strata without an entry in {@code countPerStratum}; {@code null}
 *     when every stratum has a count. A decimal, never a double: {@code 0.1 × 30} must be 3, not 3.0000000000000004
 *     rounded up to 4.
 * @param countPerStratum the number to draw per stratum key (capped at the stratum's size)
 * @param excludeInspectedWithinMonths candidates last inspected on or after {@code drawDate} minus this many months
 *     are excluded; 0 for no exclusion
 * @param teamSize inspectors per target, at least 2
 */
public record DrawParameters(
        LocalDate drawDate,
        List<StratumDimension> stratifyBy,
        BigDecimal ratio,
        Map<String, Integer> countPerStratum,
        int excludeInspectedWithinMonths,
        int teamSize) {

    /** The key of the one stratum a draw without {@code stratifyBy} has. */
    public static final String SINGLE_STRATUM = "ALL";

    public DrawParameters {
        Objects.requireNonNull(drawDate, "drawDate");
        stratifyBy = stratifyBy == null ? List.of() : List.copyOf(stratifyBy);
        if (new HashSet<>(stratifyBy).size() != stratifyBy.size()) {
            throw new IllegalArgumentException("stratifyBy lists a dimension twice: " + stratifyBy);
        }
        if (ratio != null && (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("ratio must be in (0, 1]: " + ratio);
        }
        var counts = new TreeMap<String, Integer>();
        if (countPerStratum != null) {
            countPerStratum.forEach((key, count) -> {
                if (count == null || count < 0) {
                    throw new IllegalArgumentException("count for stratum " + key + " must be ≥ 0: " + count);
                }
                counts.put(key, count);
            });
        }
        countPerStratum = Collections.unmodifiableSortedMap(counts);
        if (excludeInspectedWithinMonths < 0) {
            throw new IllegalArgumentException("excludeInspectedWithinMonths must be ≥ 0");
        }
        if (teamSize < 2) {
            throw new IllegalArgumentException("teamSize must be at least 2 (两名以上执法人员): " + teamSize);
        }
    }

    /** Draws {@code ratio} of every stratum. */
    public static DrawParameters byRatio(
            LocalDate drawDate, List<StratumDimension> stratifyBy, BigDecimal ratio, int excludeMonths, int teamSize) {
        return new DrawParameters(drawDate, stratifyBy, ratio, Map.of(), excludeMonths, teamSize);
    }
}
