package cn.energyinspect.app.engine;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the engine keeps the history of a process instance after it ended, under {@code energyinspect.history}
 * (docs/operations.md, "Camunda history"). The case itself (its rows, documents, evidence and the append-only audit
 * trail) is the legal record and lives in the application's own tables, which no cleanup touches; the engine's history
 * is the technical trail of tasks, variables and jobs and is removed by Camunda's history cleanup after this.
 *
 * @param timeToLive every process, in whole days ({@code ENERGYINSPECT_HISTORY_TIMETOLIVE}, e.g. {@code 365d})
 * @param timeToLivePerProcess a different value for a process key (e.g. {@code penalty: 730d})
 */
@ConfigurationProperties("energyinspect.history")
public record HistoryProperties(Duration timeToLive, Map<String, Duration> timeToLivePerProcess) {
    static final Duration DEFAULT = Duration.ofDays(365);

    public HistoryProperties {
        timeToLive = wholeDays(timeToLive == null ? DEFAULT : timeToLive, "time-to-live");
        timeToLivePerProcess = timeToLivePerProcess == null ? Map.of() : Map.copyOf(timeToLivePerProcess);
        timeToLivePerProcess.forEach((key, value) -> wholeDays(value, "time-to-live-per-process." + key));
    }

    /** The time to live of process {@code key} in days, as Camunda counts it. */
    public int days(String key) {
        return Math.toIntExact(
                timeToLivePerProcess.getOrDefault(key, timeToLive).toDays());
    }

    private static Duration wholeDays(Duration value, String name) {
        if (value.toDays() < 1 || !value.equals(Duration.ofDays(value.toDays()))) {
            throw new IllegalArgumentException(
                    "energyinspect.history." + name + " must be a whole number of days, at least 1d: " + value);
        }
        return value;
    }
}
