package cn.energyinspect.app.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * The application as a separate JVM (a second node), on the database and search server the test JVM's context already
 * runs, so a test can kill it with SIGKILL ({@link #kill()}) as an operator's {@code kill -9} or the OOM killer would.
 * Its output goes to a file of the test's temporary folder ({@link #tail}). Started from the test JVM's own classpath
 * without the test classes (their components and {@code application-test.yml} belong to the test context); what the
 * test profile switches off (timers, pollers, deliveries) is switched off by arguments, so the child never fires
 * another test's timer.
 */
public final class ChildApp implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final long startedAt = System.nanoTime();

    private ChildApp(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts a node on a free port, pointed at the servers of {@code environment} (the test context's). */
    public static ChildApp start(String name, Path folder, Environment environment) {
        return start(name, folder, environment, Map.of());
    }

    /**
     * The same with {@code overrides} put over the settings (e.g. another {@code energyinspect.search.uris}, the job
     * executor on); a null value removes the setting.
     */
    public static ChildApp start(String name, Path folder, Environment environment, Map<String, String> overrides) {
        int port = freePort();
        Path log = folder.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + folder,
                "-cp",
                applicationClassPath(),
                "cn.energyinspect.app.EnergyInspectApplication"));
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("server.port", Integer.toString(port));
        settings.put("spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"));
        settings.put("spring.datasource.username", environment.getRequiredProperty("spring.datasource.username"));
        settings.put("spring.datasource.password", environment.getProperty("spring.datasource.password", ""));
        settings.put("spring.datasource.hikari.maximum-pool-size", "8");
        settings.put("energyinspect.search.uris", environment.getRequiredProperty("energyinspect.search.uris"));
        settings.put("energyinspect.dev-services.enabled", "false");
        settings.put("energyinspect.demo-data.enabled", "false");
        settings.put("energyinspect.notification.poller-enabled", "false");
        settings.put("energyinspect.credit.delivery.enabled", "false");
        settings.put("energyinspect.security.audit.purge-enabled", "false");
        settings.put(
                "energyinspect.evidence.store-dir", folder.resolve("evidence").toString());
        settings.put("energyinspect.credit.export-dir", folder.resolve("credit").toString());
        settings.put("camunda.bpm.job-execution.enabled", "false");
        settings.put("camunda.bpm.generate-unique-process-engine-name", "false");
        settings.put(
                "spring.autoconfigure.exclude",
                "org.springframework.boot.autoconfigure.mustache.MustacheAutoConfiguration");
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.root", "WARN");
        settings.put("logging.level.cn.energyinspect", "INFO");
        overrides.forEach((key, value) -> {
            if (value == null) {
                settings.remove(key);
            } else {
                settings.put(key, value);
            }
        });
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new ChildApp(name, process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the application as a child JVM", e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the node is ready to serve (its readiness probe answers 200); fails with its log's tail. */
    public long awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail(80));
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(500);
        }
        throw new AssertionError(name + " not ready within " + timeout.toSeconds() + " s:\n" + tail(80));
    }

    /** SIGKILL: no shutdown hook, no graceful stop, transactions in flight cut off. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as an operator's {@code kill} or a service manager's stop; waits for the exit and returns its code. */
    public int stop(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(
                        name + " still running " + timeout.toSeconds() + " s after SIGTERM:\n" + tail(60));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The node's whole output so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** The last lines of the node's output. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * The test JVM's classpath without the test classes: the application's classes, resources and dependencies. The
     * test-scoped libraries left on it add no beans of their own (jmustache's auto-configuration is excluded).
     */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
