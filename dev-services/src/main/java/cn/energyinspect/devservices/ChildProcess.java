package cn.energyinspect.devservices;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A server process of ours: output in a log file (the previous run's log is kept as *.previous.log), stdin a
 * pipe that only this JVM holds, so the child sees EOF when this JVM ends, however it ends.
 */
final class ChildProcess {
    private static final int TAIL_LINES = 20;

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(
            String name, List<String> command, Path log, Path workDir, Consumer<Map<String, String>> environment) {
        keepPrevious(log);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        environment.accept(builder.environment());
        try {
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new DevServiceException(
                    "Cannot launch " + name + " (" + command.getFirst() + "): " + e.getMessage(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of a process that ended, -1 while it runs. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Waits until {@code ready}; fails (and stops the process) when it exits or the timeout passes. */
    void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw failure(name + " exited with code " + process.exitValue() + " while starting.");
            }
            if (System.nanoTime() > deadline) {
                stop(Duration.ZERO, Duration.ofSeconds(10));
                throw failure(name + " did not become ready within " + timeout.toSeconds() + " s.");
            }
            sleep(200);
        }
    }

    /** For a process that is expected to finish by itself (an installer). */
    void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw failure(name + " did not finish within " + timeout.toSeconds() + " s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new DevServiceException(name + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw failure(name + " failed with exit code " + process.exitValue() + ".");
        }
    }

    /** Closes stdin (EOF asks our own launcher to stop), then SIGTERM, then SIGKILL. */
    void stop(Duration afterEof, Duration afterTerm) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed
        }
        if (waitFor(afterEof)) {
            return;
        }
        process.destroy();
        if (!waitFor(afterTerm)) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    boolean logContains(String text) {
        return readLog(Long.MAX_VALUE).contains(text);
    }

    DevServiceException failure(String message) {
        return new DevServiceException(message + " Last lines of its log " + log + ":\n" + tail());
    }

    String tail() {
        List<String> lines = readLog(64 * 1024).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private String readLog(long maxBytes) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - maxBytes);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void keepPrevious(Path log) {
        String fileName = log.getFileName().toString();
        Path previous = log.resolveSibling(fileName.replaceFirst("(\\.log)?$", ".previous.log"));
        try {
            if (Files.exists(log)) {
                Files.move(log, previous, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // losing the previous log is no reason not to start
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServiceException("interrupted while waiting for a dev server", e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
