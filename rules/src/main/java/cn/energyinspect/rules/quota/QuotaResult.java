package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.benchmark.BenchmarkResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The grade of one indicator value. Over quota (超限额, above grade 3) is a result, not an error: {@code grade} is
 * then {@code null} and {@code overQuota} true (节约能源法 Art. 16 / 72).
 *
 * @param grade 1, 2 or 3; {@code null} when over quota. Never a grade the standard leaves undefined.
 * @param limits limits after the corrections, compared with {@code value} ("value ≤ limit")
 * @param tableLimits limits as printed in the standard's table, before corrections
 * @param corrections corrections applied, per grade, in order
 * @param basis standard, edition, table, effective dates and confidence of the limits
 * @param benchmark the NDRC 标杆/基准 level of the same product and indicator, where one is loaded for the date
 * @param unconfirmed true when the result rests on an UNCONFIRMED value (limit, correction or benchmark)
 * @param unconfirmedValues which values those are
 */
public record QuotaResult(
        String product,
        String indicator,
        double value,
        String unit,
        LocalDate date,
        Integer grade,
        boolean overQuota,
        Limits limits,
        Limits tableLimits,
        List<Correction> corrections,
        Basis basis,
        Optional<BenchmarkResult> benchmark,
        boolean unconfirmed,
        List<String> unconfirmedValues) {}
