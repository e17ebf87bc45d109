/**
 * Equipment conformity: mandatory efficiency standards and elimination catalogues (regulations.md §5).
 *
 * <p>Entry point: {@link cn.energyinspect.rules.equipment.EquipmentConformity#check}, one call per piece of equipment,
 * returning an {@link cn.energyinspect.rules.equipment.EquipmentResult} with the grade, the numbers compared, the
 * catalogue outcome and every {@link cn.energyinspect.rules.basis.Basis} used.
 *
 * <h2>Motors, GB 18613</h2>
 *
 * Efficiency is held against the grade 1 / 2 / 3 minimums for the exact rated power and pole count (higher is better,
 * {@code ≥}); grade 3 is the 能效限定值, so a motor below it is {@code belowLimit}. The edition is chosen by the query's
 * date (GB 18613-2020 from 2021-06-01; earlier editions are not loaded and are reported as such).
 *
 * <p><b>Ratings between table rows: not interpolated.</b> The brief (§5.1) says only that a third-party tool
 * interpolates linearly between power steps; it does not say the standard prescribes that, and only a sample of Table 1
 * is loaded (4-pole: 0.75, 7.5, 11, 75, 200 kW), so interpolating across it (11 → 75 kW skips seven real rows) would
 * invent limits. A rating without a loaded row therefore gives {@code NO_VALUES_LOADED} listing the loaded ratings; it
 * is not an input violation, because the motor is real and the gap is ours. Ratings or pole counts outside the
 * standard's scope (0.12–1,000 kW; 2/4/6/8 poles) give {@code OUT_OF_SCOPE}.
 *
 * <h2>Transformers, GB 20052</h2>
 *
 * No-load loss P0 and load loss Pk are each graded ({@code ≤} the grade's maximum); the worse grade decides, and either
 * loss above grade 3 makes the unit {@code belowLimit}. The edition is chosen by date: values transcribed in §5.2 are
 * attributed to GB 20052-2020 (in force to 2025-01-31) and tagged UNCONFIRMED because the brief does not say which
 * edition the table is from; for dates from 2025-02-01 (GB 20052-2024) no values are loaded and the result says so.
 *
 * <h2>Elimination catalogues</h2>
 *
 * Rows of elimination-catalogue.csv: a model regex anchored at the start of the normalised model, plus frame, voltage,
 * fuel, capacity and grate conditions. All conditions must hold for {@code ELIMINATED} (节约能源法 Art. 17 / 71 then
 * attached); a condition the input leaves open gives {@code SUSPECTED} ("inspector must confirm"); a definite mismatch
 * gives no match. The frame size comes from the query or else from the model (YB-160M-4 → 160). The loaded rows are
 * only the brief's examples, so {@code NOT_LISTED} is marked unconfirmed.
 *
 * <h2>Input errors</h2>
 *
 * A missing type or date, an unknown type / insulation / core / fuel, a non-positive number, or half the fields a
 * grading needs throws {@link cn.energyinspect.rules.basis.InvalidInputException} listing every field. Being below the
 * limit or eliminated is a result, never an exception.
 */
package cn.energyinspect.rules.equipment;
