package cn.energyinspect.devservices;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a dev server reports what happens to it: ready, stopped, an orphan of an earlier run stopped, died and
 * restarted. SLF4J by default; an application whose logging starts only after the servers (Spring Boot starts them in
 * an environment post-processor, before its logging system) passes a logger that holds the lines until then.
 */
public interface ServerLog {
    void info(String message);

    void warn(String message);

    /** SLF4J, under the logger of {@code source}. */
    static ServerLog slf4j(Class<?> source) {
        Logger logger = LoggerFactory.getLogger(source);
        return of(logger::info, logger::warn);
    }

    static ServerLog of(Consumer<String> info, Consumer<String> warn) {
        return new ServerLog() {
            @Override
            public void info(String message) {
                info.accept(message);
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }
        };
    }
}
