package cn.energyinspect.rules.benchmark;

import cn.energyinspect.rules.basis.Basis;
import java.time.LocalDate;
import java.util.List;

/** The benchmark and baseline of one product/indicator in one version of the NDRC document. */
record BenchmarkVersion(
        double benchmark,
        double baseline,
        LocalDate upgradeDeadline,
        Basis basis,
        long fromDay,
        long toDay,
        List<String> unconfirmedValues) {

    boolean inForce(long day) {
        return day >= fromDay && day <= toDay;
    }
}
