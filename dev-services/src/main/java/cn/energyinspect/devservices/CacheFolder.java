package cn.energyinspect.devservices;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Server files unpacked once into {@code java.io.tmpdir/<name>} and reused by every later start and every
 * JVM. The name carries the version (and for Elasticsearch a content hash), so a new build never reuses old
 * files. Filled in a staging folder and renamed into place, so two JVMs starting at once do not trip over
 * each other and an interrupted unpack never counts as done. A folder whose files a temp cleaner removed is
 * unpacked again.
 */
final class CacheFolder {
    private static final String COMPLETE = ".complete";

    interface Filler {
        void fill(Path dir) throws IOException;
    }

    private CacheFolder() {}

    static Path materialize(String name, List<String> requiredFiles, Filler filler) {
        Path root = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path target = root.resolve(name);
        if (isComplete(target, requiredFiles)) {
            return target;
        }
        Path staging = null;
        try {
            staging = Files.createTempDirectory(root, name + ".partial-");
            filler.fill(staging);
            Files.createFile(staging.resolve(COMPLETE));
            if (!isComplete(target, requiredFiles)) {
                Folders.deleteRecursively(target);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherJvmWasFaster) {
            return target;
        } catch (IOException e) {
            throw new DevServiceException("Cannot unpack server files into " + target + ": " + e, e);
        } finally {
            if (staging != null) {
                Folders.deleteRecursively(staging);
            }
        }
    }

    private static boolean isComplete(Path dir, List<String> requiredFiles) {
        return Files.exists(dir.resolve(COMPLETE))
                && requiredFiles.stream().allMatch(file -> Files.exists(dir.resolve(file)));
    }
}
