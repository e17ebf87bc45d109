package cn.energyinspect.rules.bench;

import cn.energyinspect.rules.calendar.Deadline;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A 250-working-day deadline (about a year) on the statutory calendar, and walking its counted days.
 *
 * <p>{@code ./mvnw -pl rules -Pbench test-compile exec:exec -Dbench.args="DeadlineBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBenchmark {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    private final LocalDate from = LocalDate.of(2024, 1, 15);

    @Benchmark
    public Deadline deadline250WorkingDays() {
        return calendar.addWorkingDays(from, 250);
    }

    @Benchmark
    public int deadline250WorkingDaysAndWalkCountedDays() {
        Deadline deadline = calendar.addWorkingDays(from, 250);
        int sum = 0;
        for (LocalDate day : deadline.countedDays()) {
            sum += day.getDayOfMonth();
        }
        return sum;
    }

    @Benchmark
    public int workingDaysLeft() {
        return calendar.workingDaysBetween(from, LocalDate.of(2025, 1, 14));
    }
}
