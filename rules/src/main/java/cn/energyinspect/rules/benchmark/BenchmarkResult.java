package cn.energyinspect.rules.benchmark;

import cn.energyinspect.rules.basis.Basis;
import java.time.LocalDate;
import java.util.List;

/**
 * A value placed against the 标杆 / 基准 levels of the version in force on the date checked.
 *
 * @param upgradeDeadline when capacity above the baseline must have upgraded or exited; {@code null} if not given
 * @param unconfirmed true when the benchmark or the baseline is UNCONFIRMED
 * @param unconfirmedValues which of them
 */
public record BenchmarkResult(
        String product,
        String indicator,
        double value,
        String unit,
        BenchmarkLevel level,
        double benchmark,
        double baseline,
        LocalDate upgradeDeadline,
        Basis basis,
        boolean unconfirmed,
        List<String> unconfirmedValues) {}
