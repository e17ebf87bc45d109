package cn.energyinspect.devservices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One JVM shutdown hook for all dev servers: it stops what uses the servers first (an application context, whose
 * connection pool and process engine talk to the database to the end of their close), then the running servers, and
 * only then deletes temporary data folders (separate hooks would run concurrently: a server stopped under a closing
 * application, files deleted under a running server).
 */
final class ShutdownHook {
    private static final List<AutoCloseable> USERS = new ArrayList<>();
    private static final List<AutoCloseable> SERVERS = new ArrayList<>();
    private static final List<Path> TEMPORARY_FOLDERS = new ArrayList<>();
    private static boolean installed;
    private static volatile boolean running;

    private ShutdownHook() {}

    static synchronized void stopAtExit(AutoCloseable server) {
        install();
        SERVERS.add(server);
    }

    static synchronized void stopBeforeServers(AutoCloseable user) {
        install();
        USERS.add(user);
    }

    static synchronized void forget(AutoCloseable server) {
        SERVERS.remove(server);
    }

    static synchronized void deleteAtExit(Path folder) {
        install();
        TEMPORARY_FOLDERS.add(folder);
    }

    private static void install() {
        if (!installed) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownHook::run, "dev-services-shutdown"));
            installed = true;
        }
    }

    /** Whether the JVM is shutting down (servers dying now are not restarted). */
    static boolean isRunning() {
        return running;
    }

    private static void run() {
        running = true;
        List<AutoCloseable> users;
        List<AutoCloseable> servers;
        List<Path> folders;
        synchronized (ShutdownHook.class) {
            users = new ArrayList<>(USERS);
            servers = new ArrayList<>(SERVERS);
            folders = new ArrayList<>(TEMPORARY_FOLDERS);
        }
        // closing a Spring context that its own shutdown hook is closing waits for that close to end
        users.reversed().forEach(ShutdownHook::closeQuietly);
        servers.reversed().forEach(ShutdownHook::closeQuietly);
        folders.forEach(Folders::deleteRecursively);
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("dev-services: could not stop " + server + ": " + e);
        }
    }
}
