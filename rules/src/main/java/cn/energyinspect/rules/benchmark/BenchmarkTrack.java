package cn.energyinspect.rules.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark versions of one product/indicator, sorted by date. Looked up once by a caller (the quota grading
 * keeps it beside its own editions) so that assessing a value only compares numbers.
 */
public final class BenchmarkTrack {
    private final String product;
    private final String indicator;
    private final String unit;
    private final BenchmarkVersion[] versions;

    BenchmarkTrack(String product, String indicator, String unit, List<BenchmarkVersion> versions) {
        this.product = product;
        this.indicator = indicator;
        this.unit = unit;
        this.versions = versions.toArray(BenchmarkVersion[]::new);
    }

    public String product() {
        return product;
    }

    public String indicator() {
        return indicator;
    }

    public String unit() {
        return unit;
    }

    /** The level of {@code value} in the version in force on {@code date}; empty when no version covers it. */
    public Optional<BenchmarkResult> assess(double value, LocalDate date) {
        BenchmarkVersion v = versionOn(date.toEpochDay());
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(new BenchmarkResult(
                product,
                indicator,
                value,
                unit,
                BenchmarkLevel.of(value, v.benchmark(), v.baseline()),
                v.benchmark(),
                v.baseline(),
                v.upgradeDeadline(),
                v.basis(),
                !v.unconfirmedValues().isEmpty(),
                v.unconfirmedValues()));
    }

    BenchmarkVersion versionOn(long day) {
        for (BenchmarkVersion v : versions) {
            if (v.inForce(day)) {
                return v;
            }
        }
        return null;
    }

    String describeVersions() {
        StringBuilder text = new StringBuilder();
        for (BenchmarkVersion v : versions) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(v.basis().reference()).append(" from ").append(v.basis().effectiveFrom());
        }
        return text.toString();
    }
}
