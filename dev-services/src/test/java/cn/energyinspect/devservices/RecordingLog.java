package cn.energyinspect.devservices;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ServerLog} that keeps its lines, so a test can read what a server reported. */
final class RecordingLog implements ServerLog {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    boolean contains(String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }
}
