package cn.energyinspect.rules.whitelist;

/** Where the applicant's unit consumption stands against the NDRC 能效标杆水平 / 基准水平 (regulations.md §4). */
public enum BenchmarkLevel {
    /** At or better than the 标杆水平. */
    AT_OR_BELOW_BENCHMARK,
    /** Between the 标杆 and the 基准水平. */
    BETWEEN,
    /** Worse than the 基准水平: upgrade-or-exit track. */
    ABOVE_BASELINE
}
