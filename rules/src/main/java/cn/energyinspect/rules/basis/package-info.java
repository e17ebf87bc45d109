/**
 * What every rule shares: the {@link cn.energyinspect.rules.basis.Basis} a result rests on with its {@link
 * cn.energyinspect.rules.basis.Confidence}, input {@link cn.energyinspect.rules.basis.Violation}s, and the CSV {@link
 * cn.energyinspect.rules.basis.DataTable} reader for the library's own data files, and the {@link
 * cn.energyinspect.rules.basis.Interval} notation ({@code [50,70)}) the files use for ranges.
 *
 * <p>Data-file convention: one row per value, with the columns {@code standard, edition, clause, effective_from,
 * effective_to, confidence, source} beside the value columns, and comment lines ({@code #}) explaining the file. The
 * {@code source} names the public source (standard, edition, table and page, and the transcription or page it was
 * taken from), never the project's own notes: it is shown to enterprises and cited in documents.
 */
package cn.energyinspect.rules.basis;
