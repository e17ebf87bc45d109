package cn.energyinspect.devservices;

/**
 * What uses the dev servers and must be stopped before them when the JVM exits (Ctrl-C, SIGTERM): an application
 * context whose connection pool and process engine still talk to the database while it closes. The one shutdown hook
 * of the dev servers closes these first; closing one that is being closed elsewhere waits for that close to end.
 */
public final class ServerUsers {
    private ServerUsers() {}

    /** Closes {@code user} at JVM exit before any dev server stops; closing it twice must be harmless. */
    public static void stopBeforeServers(AutoCloseable user) {
        ShutdownHook.stopBeforeServers(user);
    }
}
