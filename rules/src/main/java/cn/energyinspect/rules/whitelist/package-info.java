/**
 * 白名单 scorecard (regulations.md §0, §6.5). No official national scoring rule was found, so this is a configurable,
 * documented scorecard whose every weight and band is an UNCONFIRMED EnergyInspect default, read from {@code
 * rules/whitelist/weights.csv} and {@code bands.csv}. Each assessment says so ({@code unconfirmed = true}).
 *
 * <h2>Scoring method</h2>
 *
 * <ol>
 *   <li>Each of the four criteria of 《工业能效提升行动计划》 earns 0–100 points from its band:
 *       <ul>
 *         <li><b>UNIT_CONSUMPTION</b> (产品单耗): the applicant's {@link cn.energyinspect.rules.whitelist.BenchmarkLevel}
 *             against the NDRC 标杆 / 基准水平, supplied by the caller (the benchmark check belongs to another package).
 *             Defaults: at or better than 标杆 100, between 50, worse than 基准 0 <em>and excluded</em>;
 *         <li><b>ENERGY_PRODUCTIVITY</b> (能源产出率): value added (万元) ÷ energy (tce), divided by a reference
 *             productivity the caller supplies (e.g. the provincial industry average), rounded to 9 decimals. Bands
 *             by lower bound, inclusive: ≥ 1.2 → 100, ≥ 1.0 → 70, ≥ 0.8 → 40, else 0;
 *         <li><b>CHAIN_POSITION</b> (产业链定位): chain leader 100, key supporting 70, general 30;
 *         <li><b>GREEN_LOW_CARBON</b> (绿色低碳水平): green-power share, inclusive lower bounds ≥ 50 % → 100, ≥ 30 % → 70,
 *             ≥ 10 % → 40, else 0.
 *       </ul>
 *   <li>A criterion's contribution is {@code points × weight / 100}; default weights 40 / 25 / 15 / 20 (sum 100, checked
 *       at load).
 *   <li>The total is the sum of the contributions. The application is {@code RECOMMENDED} when the total reaches the
 *       pass mark (default 60, inclusive) and no band is marked {@code excludes}; otherwise {@code NOT_RECOMMENDED}.
 *       The listing decision itself stays with the department.
 * </ol>
 *
 * Every contribution is returned with its input, band, points, weight and basis, so an inspector can see why. Missing
 * or out-of-range inputs throw {@link cn.energyinspect.rules.basis.InvalidInputException} listing each field.
 */
package cn.energyinspect.rules.whitelist;
