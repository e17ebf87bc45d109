package cn.energyinspect.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dead server is started again, attempts backing off, and never once supervision has ended. */
class SupervisorTest {

    @Test
    void a_dead_process_is_started_again_with_growing_pauses_between_failed_attempts(@TempDir Path dir)
            throws Exception {
        AtomicReference<ChildProcess> current = new AtomicReference<>(exitingAt(dir, 3));
        AtomicInteger attempts = new AtomicInteger();
        List<Long> attemptTimes = new CopyOnWriteArrayList<>();
        RecordingLog log = new RecordingLog();
        Supervisor supervisor = new Supervisor(
                        "test server",
                        new Supervisor.Server() {
                            @Override
                            public ChildProcess process() {
                                return current.get();
                            }

                            @Override
                            public void relaunch() {
                                attemptTimes.add(System.nanoTime());
                                if (attempts.incrementAndGet() < 3) {
                                    current.set(exitingAt(dir, 1));
                                    throw new DevServiceException("port still taken");
                                }
                                current.set(running(dir));
                            }
                        },
                        log,
                        Duration.ofMillis(20),
                        Duration.ofMillis(200),
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5))
                .start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!log.contains("started again") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(attempts).hasValue(3);
            assertThat(current.get().isAlive()).isTrue();
            long firstPause = attemptTimes.get(1) - attemptTimes.get(0);
            long secondPause = attemptTimes.get(2) - attemptTimes.get(1);
            assertThat(Duration.ofNanos(firstPause)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(Duration.ofNanos(secondPause)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            assertThat(log.lines.getFirst())
                    .startsWith("WARN test server (pid ")
                    .contains("exited with code 3");
            assertThat(log.contains("did not start again: port still taken")).isTrue();
        } finally {
            supervisor.stop();
            current.get().stop(Duration.ZERO, Duration.ofSeconds(5));
        }
    }

    @Test
    void nothing_is_started_once_supervision_ended(@TempDir Path dir) throws Exception {
        ChildProcess dead = exitingAt(dir, 0);
        AtomicInteger attempts = new AtomicInteger();
        Supervisor supervisor = new Supervisor(
                        "test server",
                        new Supervisor.Server() {
                            @Override
                            public ChildProcess process() {
                                return dead;
                            }

                            @Override
                            public void relaunch() {
                                attempts.incrementAndGet();
                            }
                        },
                        new RecordingLog(),
                        Duration.ofMillis(20),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5))
                .start();
        Thread.sleep(100); // it saw the dead process and waits before the first attempt
        supervisor.stop();
        Thread.sleep(800);

        assertThat(attempts).hasValue(0);
    }

    private static ChildProcess exitingAt(Path dir, int code) {
        ChildProcess process = ChildProcess.start(
                "exits", List.of("/bin/sh", "-c", "exit " + code), dir.resolve("exits.log"), dir, env -> {});
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            ChildProcess.sleep(10);
        }
        return process;
    }

    private static ChildProcess running(Path dir) {
        return ChildProcess.start(
                "runs", List.of("/bin/sh", "-c", "sleep 60"), dir.resolve("runs.log"), dir, env -> {});
    }
}
