/**
 * 单位产品能源消耗限额 grading (regulations.md §3): GB 16780 (cement), GB 21256 (crude steel processes), GB 21346
 * (electrolytic aluminium, alumina), GB 21342 (coke), GB 29436 (methanol, glycol, DME), GB 21341 (ferroalloys).
 *
 * <p>Why it is shaped this way:
 *
 * <ul>
 *   <li>Every limit is a row of {@code rules/quota/limits.csv} with its standard, edition, table, effective dates and
 *       confidence; corrections are rows of {@code corrections.csv} whose <em>kinds</em> (linear, altitude/pressure
 *       factor, flag, range) are code and whose numbers are data. A new edition of a loaded product is therefore data
 *       only; see rules/README.md.
 *   <li>The edition is chosen by the date of the fact, not today's date. Where none is loaded for that date the input
 *       is refused with a violation naming the standard and the date: guessing an edition would be a wrong verdict.
 *   <li>"Grade 2 not defined" (—) is kept as {@code null} and skipped; it is never interpolated or reported.
 *   <li>Over quota is a result. Only bad input throws {@link cn.energyinspect.rules.basis.InvalidInputException}.
 *   <li>The data is parsed once into arrays per product/indicator, so grading is a few map look-ups and comparisons
 *       (measured by {@code cn.energyinspect.rules.bench.QuotaBenchmark}).
 * </ul>
 */
package cn.energyinspect.rules.quota;
