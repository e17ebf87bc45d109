package cn.energyinspect.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who runs the server of a data folder: "serverPid ownerPid ownerStartMillis". On the next start of the same
 * folder it tells a server left behind by a dead JVM (stopped here) from one a live JVM still uses (an error).
 *
 * @param file the pid file in the data folder
 * @param serverMarker text the server's command line contains, so a reused pid is never killed
 */
record PidFile(Path file, String serverMarker) {
    private static final Logger log = LoggerFactory.getLogger(PidFile.class);

    void write(long serverPid) {
        ProcessHandle self = ProcessHandle.current();
        try {
            Files.writeString(file, serverPid + " " + self.pid() + " " + startMillis(self) + "\n");
        } catch (IOException e) {
            throw new DevServiceException("cannot write " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("cannot delete {}", file, e);
        }
    }

    void stopOrphan(String what, ServerLog events) {
        Optional<String[]> entry = read();
        if (entry.isEmpty()) {
            return;
        }
        long serverPid = Long.parseLong(entry.get()[0]);
        Optional<ProcessHandle> server = ProcessHandle.of(serverPid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> commandLine(handle).contains(serverMarker));
        if (server.isPresent()) {
            Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(entry.get()[1]))
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> Long.toString(startMillis(handle)).equals(entry.get()[2]));
            if (owner.isPresent()
                    && owner.get().pid() != ProcessHandle.current().pid()) {
                throw new DevServiceException("The " + what + " data folder " + file.getParent() + " is in use by "
                        + what + " (pid " + serverPid + ") of another running program (pid "
                        + owner.get().pid()
                        + "). Stop that program or use another data folder.");
            }
            events.warn("Stopping " + what + " (pid " + serverPid + ") left running on " + file.getParent()
                    + " by a JVM that ended without stopping it");
            kill(server.get());
        }
        delete();
    }

    private Optional<String[]> read() {
        try {
            String[] parts = Files.readString(file).trim().split("\\s+");
            if (parts.length == 3) {
                Long.parseLong(parts[0]);
                Long.parseLong(parts[1]);
                return Optional.of(parts);
            }
        } catch (IOException | RuntimeException e) {
            // missing or unreadable: nothing to stop
        }
        return Optional.empty();
    }

    private static void kill(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported by the port check that follows
            }
        }
    }

    private static String commandLine(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        return info.commandLine().or(info::command).orElse("");
    }

    private static long startMillis(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
