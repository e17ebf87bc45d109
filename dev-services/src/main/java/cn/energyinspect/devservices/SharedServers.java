package cn.energyinspect.devservices;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One running server per data folder and JVM: a second start for the same folder reuses the running server, and a
 * server whose process died is cleaned up and started anew. Callers synchronise on their own registry.
 */
final class SharedServers {
    private SharedServers() {}

    static <T> T startShared(
            Map<Path, T> running, Path dataDir, Predicate<T> alive, Consumer<T> close, Function<Path, T> start) {
        T current = running.get(dataDir);
        if (current != null && alive.test(current)) {
            return current;
        }
        if (current != null) {
            close.accept(current); // its process died: clean up, start anew
        }
        T started = start.apply(dataDir);
        running.put(dataDir, started);
        return started;
    }
}
