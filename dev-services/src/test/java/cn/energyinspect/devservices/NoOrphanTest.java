package cn.energyinspect.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers end with the JVM that started them: on a normal stop signal, on kill -9, or at the latest on the next start. */
class NoOrphanTest {

    @Test
    void kill_9_of_the_jvm_ends_its_servers() throws Exception {
        assertServersEndWhenProbeEnds(Process::destroyForcibly);
    }

    @Test
    void sigterm_of_the_jvm_ends_its_servers_through_the_shutdown_hook() throws Exception {
        assertServersEndWhenProbeEnds(Process::destroy);
    }

    @Test
    void a_mariadb_left_behind_is_stopped_by_the_next_start_of_its_data_folder(@TempDir Path dir) throws Exception {
        Process probe = launchProbe(dir.toString());
        List<String> output = readUntilReady(probe);
        ProcessHandle orphan = handle(output, "MARIADB_PID=");
        handle(output, "WATCHDOG_PID=").destroyForcibly(); // as if the whole process group got kill -9
        probe.destroyForcibly();
        probe.waitFor(30, TimeUnit.SECONDS);
        assertThat(orphan.isAlive()).isTrue();

        EmbeddedMariaDb db = EmbeddedMariaDb.startShared(new MariaDbSettings(dir, 0, Duration.ofSeconds(120)));
        try {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(db.jdbcUrl("after_orphan")).contains("/after_orphan?");
        } finally {
            db.close();
        }
    }

    private static void assertServersEndWhenProbeEnds(Consumer<Process> kill) throws Exception {
        Process probe = launchProbe();
        List<String> output = List.of();
        List<ProcessHandle> servers = new ArrayList<>();
        try {
            output = readUntilReady(probe);
            for (String key : List.of("ES_PID=", "MARIADB_PID=", "WATCHDOG_PID=")) {
                servers.add(handle(output, key));
            }
        } finally {
            kill.accept(probe);
            probe.waitFor(30, TimeUnit.SECONDS);
        }

        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                server.destroyForcibly(); // do not leave it to the next test run
            }
            assertThat(server.isAlive()).as("%s still running", server.info()).isFalse();
        }
        output.stream()
                .filter(line -> line.startsWith("DIR="))
                .forEach(line -> Folders.deleteRecursively(Path.of(line.substring(4))));
    }

    private static Process launchProbe(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = Stream.concat(
                        Stream.of(java, "-cp", System.getProperty("java.class.path"), OrphanProbeMain.class.getName()),
                        Stream.of(args))
                .toList();
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<String> readUntilReady(Process probe) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                // the probe was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        List<String> output = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                output.add(line);
                if (line.equals("READY")) {
                    return output;
                }
            } else if (!probe.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        probe.destroyForcibly();
        throw new AssertionError("probe JVM did not get ready:\n" + String.join("\n", output));
    }

    private static ProcessHandle handle(List<String> output, String key) {
        long pid = output.stream()
                .filter(line -> line.startsWith(key))
                .map(line -> Long.parseLong(line.substring(key.length())))
                .findFirst()
                .orElseThrow();
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        assertThat(handle.isAlive()).as("%s%s alive", key, pid).isTrue();
        return handle;
    }
}
