package cn.energyinspect.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One printed block of figures, every line prefixed so the figures can be picked out of the build log. */
final class Report {
    private final String prefix;
    private final List<String> lines = new ArrayList<>();

    Report(String title) {
        this("case-lifecycle", title);
    }

    /** A block of the benchmark named {@code benchmark}: its lines read {@code BENCH <benchmark>: …}. */
    Report(String benchmark, String title) {
        this.prefix = "BENCH " + benchmark + ": ";
        lines.add("== " + title);
    }

    void line(String text) {
        lines.add(text);
    }

    /** The wall time of whole cases, without the sign-ins the benchmark needs after moving the clock. */
    void caseTimes(List<BenchCase> cases) {
        Latencies times =
                Latencies.ofNanos(cases.stream().map(BenchCase::elapsedNanos).toList());
        line(String.format(
                Locale.ROOT,
                "case      %s (%d HTTP calls per case, 4 PDFs rendered, 2 uploads)",
                times.summary(),
                cases.getFirst().httpCalls()));
    }

    /** Each step's median and its share of all the steps' time, to see which step dominates. */
    void steps(StepTimes steps) {
        Map<String, Latencies> byStep = steps.byStep();
        double all = byStep.values().stream().mapToDouble(Latencies::total).sum();
        byStep.forEach((step, times) -> line(String.format(
                Locale.ROOT,
                "  step %-34s p50=%5.0f ms  mean=%5.0f ms  %4.1f%% of case time",
                step,
                times.percentile(50),
                times.mean(),
                100 * times.total() / all)));
    }

    void print() {
        StringBuilder block = new StringBuilder(System.lineSeparator());
        lines.forEach(line -> block.append(prefix).append(line).append(System.lineSeparator()));
        System.out.print(block);
        System.out.flush();
    }
}
