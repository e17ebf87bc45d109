package cn.energyinspect.rules.bench;

import cn.energyinspect.rules.capacity.CapacityReplacement;
import cn.energyinspect.rules.capacity.CapacityReplacementRequest;
import cn.energyinspect.rules.capacity.CapacityReplacementResult;
import cn.energyinspect.rules.capacity.ExitCapacity;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Single-thread throughput of capacity-replacement checks over a mix of plans: key-region steel (§11 #18), a merger
 * blend with an ineligible capacity, cross-province clinker and a county-level flat-glass plan.
 *
 * <p>{@code ./mvnw -pl rules -Pbench test-compile exec:exec -Dbench.args="CapacityReplacementBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class CapacityReplacementBenchmark {
    private static final LocalDate DATE = LocalDate.of(2023, 9, 1);

    private CapacityReplacement replacement;
    private CapacityReplacementRequest[] plans;
    private int next;

    @Setup
    public void setUp() {
        replacement = CapacityReplacement.standard();
        plans = new CapacityReplacementRequest[] {
            new CapacityReplacementRequest(
                    "STEEL", "130200", 1200000.0, List.of(ExitCapacity.of(1500000, "130200")), null, null, DATE),
            new CapacityReplacementRequest(
                    "STEEL",
                    "450000",
                    1200000.0,
                    List.of(
                            ExitCapacity.of(1100000, "450000", "MERGER_COMPLETED"),
                            ExitCapacity.of(250000, "450100"),
                            ExitCapacity.of(300000, "450200", "SUBSIDISED_EXIT")),
                    null,
                    null,
                    DATE),
            new CapacityReplacementRequest(
                    "CEMENT_CLINKER",
                    "530000",
                    1500000.0,
                    List.of(ExitCapacity.of(2250000, "520100"), ExitCapacity.of(500000, "530100")),
                    null,
                    null,
                    DATE),
            new CapacityReplacementRequest(
                    "FLAT_GLASS", "610403", 1000.0, List.of(ExitCapacity.of(1300, "610400")), null, null, DATE)
        };
    }

    @Benchmark
    public CapacityReplacementResult check() {
        CapacityReplacementRequest plan = plans[next];
        next = (next + 1) & 3;
        return replacement.check(plan);
    }
}
