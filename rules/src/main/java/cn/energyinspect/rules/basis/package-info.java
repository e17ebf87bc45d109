/**
 * What every rule shares: the {@link cn.energyinspect.rules.basis.Basis} a result rests on with its {@link
 * cn.energyinspect.rules.basis.Confidence}, input {@link cn.energyinspect.rules.basis.Violation}s, and the CSV {@link
 * cn.energyinspect.rules.basis.DataTable} reader for the library's own data files.
 *
 * <p>Data-file convention: one row per value, with the columns {@code standard, edition, clause, effective_from,
 * effective_to, confidence, source} beside the value columns, and comment lines ({@code #}) naming the file's source.
 */
package cn.energyinspect.rules.basis;
