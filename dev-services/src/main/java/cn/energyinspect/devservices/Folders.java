package cn.energyinspect.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Data folders: created and checked with a clear message, temporary ones deleted at exit. */
final class Folders {
    private Folders() {}

    /** Creates {@code dir} if needed and proves it writable by writing a file into it. */
    static Path writable(Path dir, String what) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Files.delete(Files.createTempFile(absolute, ".write-test-", ".tmp"));
            return absolute;
        } catch (IOException | SecurityException e) {
            throw new DevServiceException(what + " " + absolute + " is not writable (user "
                    + System.getProperty("user.name") + "): " + e + ". Choose another folder or fix its permissions.");
        }
    }

    static Path temporaryDeletedAtExit(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            ShutdownHook.deleteAtExit(dir);
            return dir;
        } catch (IOException e) {
            throw new DevServiceException(
                    "cannot create a temporary folder in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Folders::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temporary folder is not worth failing for
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // best effort
        }
    }
}
