package cn.energyinspect.rules.benchmark;

/** Where a value lies against the NDRC 能效标杆水平 (benchmark) and 基准水平 (baseline); lower is better. */
public enum BenchmarkLevel {
    /** value ≤ benchmark: 达到标杆水平. */
    AT_OR_BELOW_BENCHMARK,
    /** benchmark < value ≤ baseline: 基准与标杆之间, upgrade encouraged. */
    BETWEEN,
    /** value > baseline: 低于基准水平, upgrade or exit by the deadline. */
    ABOVE_BASELINE;

    static BenchmarkLevel of(double value, double benchmark, double baseline) {
        if (value <= benchmark) {
            return AT_OR_BELOW_BENCHMARK;
        }
        return value <= baseline ? BETWEEN : ABOVE_BASELINE;
    }
}
