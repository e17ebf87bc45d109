/**
 * Comprehensive energy consumption (综合能耗) by GB/T 2589-2020: physical quantities of each energy converted to tonnes
 * of standard coal (tce) with the coefficients of {@code /rules/energy/coefficients.csv}, and the key-energy-consuming
 * unit classification of 节约能源法 Art. 52 ({@code /rules/energy/key-unit-thresholds.csv}).
 *
 * <p>Electricity is counted either at its equivalent value (当量值, 0.1229 kgce/kWh, from the data file) or at its equal
 * value (等价值), which depends on the year's national 供电标准煤耗 and is therefore passed in by the caller. The choice is
 * recorded in the result. Heat and the other energies use their reference coefficients under both bases.
 *
 * <p>Arithmetic is exact ({@link java.math.BigDecimal}); each item's tce and the total are reported rounded half-up to 4
 * decimals (0.1 kgce). The total is the rounded sum of the unrounded items, and the classification uses that reported
 * total, so a total shown as 10,000.0000 is always a key unit.
 */
package cn.energyinspect.rules.energy;
