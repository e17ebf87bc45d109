package cn.energyinspect.devservices;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a native server (mysqld) when this JVM dies without running its shutdown hooks (kill -9, crash). A
 * tiny {@code sh} reads its stdin, a pipe only this JVM holds, until EOF, then sends SIGTERM to the server
 * (SIGKILL after 60 s). It ignores SIGINT so that Ctrl-C, which reaches the whole process group, leaves it
 * to the JVM's shutdown hook to stop the server first.
 */
final class OrphanWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OrphanWatchdog.class);
    private static final String SCRIPT = "trap '' INT; cat > /dev/null; kill -TERM \"$1\" 2>/dev/null; i=0;"
            + " while kill -0 \"$1\" 2>/dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i+1)); done;"
            + " kill -KILL \"$1\" 2>/dev/null";

    private final Process shell;

    private OrphanWatchdog(Process shell) {
        this.shell = shell;
    }

    static OrphanWatchdog stopWhenThisJvmDies(long serverPid, String what) {
        try {
            return new OrphanWatchdog(
                    new ProcessBuilder("/bin/sh", "-c", SCRIPT, "dev-services-watchdog", Long.toString(serverPid))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start());
        } catch (IOException e) {
            log.warn(
                    "No /bin/sh ({}): if this JVM is killed, {} keeps running until the next start of its data"
                            + " folder stops it",
                    e.getMessage(),
                    what);
            return new OrphanWatchdog(null);
        }
    }

    long pid() {
        return shell == null ? -1 : shell.pid();
    }

    /** After the server stopped: end the watchdog without letting it signal anything. */
    @Override
    public void close() {
        if (shell != null) {
            shell.destroyForcibly();
            try {
                shell.getOutputStream().close(); // ends its `cat`
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
