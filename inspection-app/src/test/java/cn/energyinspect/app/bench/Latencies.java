package cn.energyinspect.app.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Measured durations, sorted, in milliseconds; percentiles by nearest rank, so every figure is a measured one. */
record Latencies(List<Double> millis) {
    static Latencies ofNanos(Collection<Long> nanos) {
        return new Latencies(nanos.stream().sorted().map(n -> n / 1_000_000.0).toList());
    }

    int count() {
        return millis.size();
    }

    double percentile(int p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.size());
        return millis.get(Math.max(rank, 1) - 1);
    }

    double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double total() {
        return millis.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** {@code n=200 p50=12 ms p90=15 ms p95=17 ms max=40 ms}. */
    String summary() {
        return String.format(
                Locale.ROOT,
                "n=%d p50=%.0f ms p90=%.0f ms p95=%.0f ms max=%.0f ms",
                count(),
                percentile(50),
                percentile(90),
                percentile(95),
                percentile(100));
    }
}
