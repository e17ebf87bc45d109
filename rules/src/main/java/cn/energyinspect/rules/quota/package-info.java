/**
 * 单位产品能源消耗限额 grading: GB 16780 (cement), GB 21256 (crude steel processes), GB 21346 (electrolytic aluminium,
 * alumina), GB 21342 (coke), GB 29436 (methanol, glycol, DME), GB 21341 (ferroalloys), GB 21340 (glass, cast stone),
 * GB 21252 (ceramics), GB 25323 (heavy non-ferrous metals), GB 30251 (refining and chemicals), GB 21344 (fertilisers,
 * ammonia), GB 21343 (calcium carbide and derivatives), GB 21257 (caustic soda, PVC, methane chlorides), GB 29140 (soda
 * ash), GB 21345 (yellow phosphorus), GB 31825 (pulp and paper), GB 21258 (coal-fired power units).
 *
 * <p>Why it is shaped this way:
 *
 * <ul>
 *   <li>Every limit is a row of {@code rules/quota/limits.csv} with its standard, edition, table, effective dates,
 *       confidence and public source; corrections are rows of {@code corrections.csv} whose <em>kinds</em> (linear,
 *       altitude/pressure factor, flag, range, factor, allowance, interpolation) are code and whose numbers are data.
 *       The glass (GB 21340 表2: V × a × b × c × d), ceramics (GB 21252 表2 thickness factor), soda-ash (GB 29140 ×1.18
 *       with sun-dried salt), paper (GB 31825 表2 notes) and coal-power (GB 21258 表2, 表3～表6) corrections are such
 *       rows, each naming its clause. A new edition of a loaded product is therefore data only; see rules/README.md.
 *   <li>The edition is chosen by the date of the fact, not today's date. Where none is loaded for that date the input
 *       is refused with a {@code date} violation naming the edition that applied then (the {@code replaces} column):
 *       guessing, or applying the next edition backwards, would be a wrong verdict. {@link
 *       cn.energyinspect.rules.quota.QuotaGrading#availability} asks the same question without an exception, so a
 *       caller can hand such a figure to the inspector instead.
 *   <li>"Grade 2 not defined" (—) is kept as {@code null} and skipped; it is never interpolated or reported.
 *   <li>Over quota is a result. Only bad input throws {@link cn.energyinspect.rules.basis.InvalidInputException}
 *       (messages in Chinese: they reach the inspector).
 *   <li>A value the reference tags [U] is {@code UNCONFIRMED}; every result resting on one says {@code unconfirmed:
 *       true} and names it. Rows printed out of grade order (GB 21258) carry {@code anomaly = GRADE_ORDER}.
 *   <li>The data is parsed once into arrays per product/indicator, so grading is a few map look-ups and comparisons
 *       (measured by {@code cn.energyinspect.rules.bench.QuotaBenchmark}).
 * </ul>
 */
package cn.energyinspect.rules.quota;
