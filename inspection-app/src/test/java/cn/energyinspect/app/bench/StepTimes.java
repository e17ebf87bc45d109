package cn.energyinspect.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time of each named step of a case, across cases and client threads, kept in the order steps first ran. */
final class StepTimes {
    private final Map<String, List<Long>> nanos = new LinkedHashMap<>();

    <T> T time(String step, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(step, System.nanoTime() - started);
        }
    }

    synchronized void record(String step, long elapsed) {
        nanos.computeIfAbsent(step, s -> new ArrayList<>()).add(elapsed);
    }

    synchronized Map<String, Latencies> byStep() {
        Map<String, Latencies> steps = new LinkedHashMap<>();
        nanos.forEach((step, times) -> steps.put(step, Latencies.ofNanos(times)));
        return steps;
    }
}
