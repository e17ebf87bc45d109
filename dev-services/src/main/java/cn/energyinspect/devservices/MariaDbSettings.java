package cn.energyinspect.devservices;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link EmbeddedMariaDb} runs.
 *
 * @param dataDir folder of this server: database files, its log and pid file (created if missing)
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param startTimeout how long to wait for "ready for connections"
 */
public record MariaDbSettings(Path dataDir, int port, Duration startTimeout) {
    /** Port of the default (persistent) run: beside a local MySQL on 3306, not on it. */
    public static final int DEFAULT_PORT = 3307;

    public MariaDbSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (free port) or 1-65535, was " + port);
        }
    }

    /**
     * One fresh temporary folder per JVM, deleted at exit, and a free port: every caller in the JVM gets the
     * same settings, so {@link EmbeddedMariaDb#startShared} gives every test class the same server.
     */
    public static MariaDbSettings forTests() {
        return ForTests.SETTINGS;
    }

    /** For the default run: data kept across restarts in {@code dataDir}, port {@value #DEFAULT_PORT}. */
    public static MariaDbSettings persistent(Path dataDir) {
        return new MariaDbSettings(dataDir, DEFAULT_PORT, Duration.ofSeconds(120));
    }

    /** The same server on another port (0 picks a free one). */
    public MariaDbSettings withPort(int port) {
        return new MariaDbSettings(dataDir, port, startTimeout);
    }

    private static final class ForTests {
        static final MariaDbSettings SETTINGS = new MariaDbSettings(
                Folders.temporaryDeletedAtExit("energyinspect-mariadb-test-"), 0, Duration.ofSeconds(120));
    }
}
