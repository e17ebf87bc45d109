/**
 * NDRC 能效标杆水平 (benchmark) and 基准水平 (baseline): 《高耗能行业重点领域能效标杆水平和基准水平（2021年版）》 and
 * 《工业重点领域能效标杆水平和基准水平（2023年版）》 (regulations.md §4).
 *
 * <p>A value is AT_OR_BELOW_BENCHMARK, BETWEEN or ABOVE_BASELINE (lower is better, "≤" at both edges). Project approval
 * and the white-list compare a design value with the benchmark; inspection compares an actual value with the baseline.
 * The levels are compared with the value as reported: the documents refer to the quota standards' calculation
 * methods, and whether the standards' corrections apply to the levels is not confirmed.
 *
 * <p>Data: {@code rules/benchmark/levels.csv}, one row per value, the version chosen by the date checked. A new version
 * is new rows plus an {@code effective_to} on the old ones.
 */
package cn.energyinspect.rules.benchmark;
