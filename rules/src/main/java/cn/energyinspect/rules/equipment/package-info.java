/**
 * Equipment conformity: mandatory efficiency standards and elimination catalogues.
 *
 * <p>Entry point: {@link cn.energyinspect.rules.equipment.EquipmentConformity#check}, one call per piece of equipment
 * (or data centre), returning an {@link cn.energyinspect.rules.equipment.EquipmentResult} with the grade, the numbers
 * compared, the catalogue outcome and every {@link cn.energyinspect.rules.basis.Basis} used; {@link
 * cn.energyinspect.rules.equipment.EquipmentConformity#types()} lists each type with its Chinese name, editions and the
 * fields a check needs. Reasons are in Chinese: they reach findings and documents.
 *
 * <h2>Editions</h2>
 *
 * The edition is chosen by the query's date (editions.csv). An edition whose values are not loaded (GB 18613-2012,
 * GB 20052-2020, GB 19762-2007) answers {@code NO_VALUES_LOADED} naming it: the inspector grades by hand; the next
 * edition's values are never applied backwards.
 *
 * <h2>The tables</h2>
 *
 * <ul>
 *   <li><b>Motors, GB 18613-2020</b> 表1: all 42 ratings (0.12–1000 kW) × 2/4/6/8 poles, "≥". A rating between two rows
 *       is not interpolated: whether the standard allows it is unconfirmed, so it gives {@code NO_VALUES_LOADED} naming
 *       the neighbouring rows. Ratings or poles outside the scope give {@code OUT_OF_SCOPE}.
 *   <li><b>Transformers, GB 20052-2024</b> 表1–表5: P0 and Pk each graded ("≤"), the worse decides. The row is chosen by
 *       voltage, insulation, core, capacity and, where the table splits by them, connection group, insulation class and
 *       tap changer (then required). 表6 (66 kV on-load) is not loaded.
 *   <li><b>Fans, GB 19761-2020</b> 表1–表4: ψ and n_s computed by {@link cn.energyinspect.rules.equipment.FanFormulas}
 *       from the operating point pick the row (hub ratio for axial fans), the machine number the column.
 *   <li><b>Pumps, GB 19762-2025</b>: the minimum efficiency of each grade is computed by {@link
 *       cn.energyinspect.rules.equipment.PumpFormulas} with the 表3 constant of the pump type and flow range;
 *       clean-water pumps only (the chemical-process pumps of 表2 are not loaded).
 *   <li><b>Air compressors, GB 19153-2019</b> 表1 / 表2: specific power "≤", by type, rated power, discharge pressure
 *       and cooling; only the loaded cells (see the file header) are graded.
 *   <li><b>Industrial boilers, GB 24500-2020</b> 表1–表4 and 5.2: design thermal efficiency "≥", by combustion, fuel,
 *       coal class (checked against Q and V when given), condensing and capacity band.
 *   <li><b>Data centres, GB 40879-2021</b>: the electricity ratio "≤" (measured, or E / E_IT); edge data centres are out
 *       of scope; below the limit proposes no article of 节约能源法 (which applies to a facility's user is unconfirmed).
 * </ul>
 *
 * <h2>Elimination catalogues</h2>
 *
 * Rows of elimination-catalogue.csv: a model regex anchored at the start of the normalised model, plus frame, voltage,
 * fuel, capacity and grate conditions. All conditions must hold for {@code ELIMINATED} (节约能源法 Art. 17 / 71 then
 * attached); a condition the input leaves open gives {@code SUSPECTED} ("inspector must confirm"); a definite mismatch
 * gives no match. The loaded rows are only the brief's examples, so {@code NOT_LISTED} is marked unconfirmed.
 *
 * <h2>Input errors</h2>
 *
 * A missing type or date, an unknown type or value, a non-positive number, half the fields a grading needs, or a field
 * the chosen table row needs (connection group, stages, coal class …) throws {@link
 * cn.energyinspect.rules.basis.InvalidInputException} listing every field. Being below the limit or eliminated is a
 * result, never an exception.
 */
package cn.energyinspect.rules.equipment;
