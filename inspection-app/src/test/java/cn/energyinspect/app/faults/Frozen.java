package cn.energyinspect.app.faults;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A server process frozen with SIGSTOP (alive, holding its sockets, answering nothing: a hung disk, a long GC pause, a
 * stuck VM) until {@link #close()} sends SIGCONT. Use it in try-with-resources, so the server always comes back, also
 * for the tests that share it after this one.
 */
final class Frozen implements AutoCloseable {
    private final long pid;
    private final long frozenAt;

    private Frozen(long pid) {
        this.pid = pid;
        this.frozenAt = System.nanoTime();
    }

    static Frozen stop(long pid) {
        signal("STOP", pid);
        return new Frozen(pid);
    }

    long millisSinceFrozen() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - frozenAt);
    }

    @Override
    public void close() {
        signal("CONT", pid);
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed: "
                        + new String(kill.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill -" + signal + " " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
