package cn.energyinspect.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of the Elasticsearch child JVM, packed by the build under {@code es-dist/} in this module's jar
 * with {@code es-dist/index.txt} listing them (a jar cannot be listed reliably from inside a Spring Boot fat
 * jar), unpacked once into {@code java.io.tmpdir/energyinspect-es-<version>-<content hash>}.
 */
final class EsDistribution {
    static final String LAUNCHER_JAR = "launcher/energyinspect-es-launcher.jar";
    static final String MODULE_PATH = "lib";
    private static final String ROOT = "es-dist/";

    private EsDistribution() {}

    static Path unpacked() {
        List<String> index = index();
        String hash = value(index, "hash=");
        String version = value(index, "version=");
        List<String> files = index.stream()
                .filter(line -> !line.isBlank() && !line.contains("="))
                .toList();
        return CacheFolder.materialize("energyinspect-es-" + version + "-" + hash.substring(0, 12), files, dir -> {
            for (String file : files) {
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = resource(file)) {
                    Files.copy(in, target);
                }
            }
        });
    }

    private static List<String> index() {
        try (InputStream in = resource("index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new DevServiceException("Cannot read " + ROOT + "index.txt", e);
        }
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = EsDistribution.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new DevServiceException(ROOT + file + " is not on the classpath. The Elasticsearch files are"
                    + " assembled by the Maven build of dev-services: run ./mvnw -pl dev-services install (an IDE"
                    + " build alone does not assemble them).");
        }
        return in;
    }

    private static String value(List<String> index, String key) {
        return index.stream()
                .filter(line -> line.startsWith(key))
                .map(line -> line.substring(key.length()).trim())
                .findFirst()
                .orElseThrow(() -> new DevServiceException(ROOT + "index.txt has no " + key));
    }
}
