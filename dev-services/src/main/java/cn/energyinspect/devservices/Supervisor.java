package cn.energyinspect.devservices;

import java.time.Duration;

/**
 * Starts a server again when its process dies (crash, OOM killer, kill -9), on the same port and data folder, so the
 * application's connection settings stay right. Attempts back off (1 s, 2 s, 4 s … at most a minute) and start over
 * once the server has stayed up for five minutes. A stopped (SIGSTOP) process is alive and left alone. Nothing is
 * restarted once the server is closed or the JVM is shutting down.
 */
final class Supervisor {
    /** What is supervised. */
    interface Server {
        /** The current process of the server. */
        ChildProcess process();

        /** Starts the server again and waits until it is ready; throws when it does not come up. */
        void relaunch();
    }

    private final String name;
    private final Server server;
    private final ServerLog log;
    private final Duration poll;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration stable;
    private final Thread thread;
    private volatile boolean stopped;

    Supervisor(
            String name,
            Server server,
            ServerLog log,
            Duration poll,
            Duration firstDelay,
            Duration maxDelay,
            Duration stable) {
        this.name = name;
        this.server = server;
        this.log = log;
        this.poll = poll;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.stable = stable;
        this.thread = new Thread(this::run, "dev-services-supervisor-" + name);
        this.thread.setDaemon(true);
    }

    static Supervisor watch(String name, Server server, ServerLog log) {
        return new Supervisor(
                        name,
                        server,
                        log,
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5))
                .start();
    }

    Supervisor start() {
        thread.start();
        return this;
    }

    /** Ends supervision; a restart in progress is interrupted. */
    void stop() {
        stopped = true;
        if (Thread.currentThread() != thread) {
            thread.interrupt();
        }
    }

    private void run() {
        Duration delay = firstDelay;
        long upSince = System.nanoTime();
        while (pause(poll)) {
            ChildProcess process = server.process();
            if (process.isAlive()) {
                if (System.nanoTime() - upSince > stable.toNanos()) {
                    delay = firstDelay;
                }
                continue;
            }
            if (ending()) {
                return;
            }
            log.warn(name + " (pid " + process.pid() + ") exited with code " + process.exitCode()
                    + "; starting it again in " + delay.toMillis() + " ms");
            if (!pause(delay)) {
                return;
            }
            try {
                server.relaunch();
                upSince = System.nanoTime();
                log.info(name + " started again (pid " + server.process().pid() + ")");
            } catch (RuntimeException e) {
                if (ending()) {
                    return;
                }
                log.warn(name + " did not start again: " + e.getMessage());
            }
            delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
        }
    }

    private boolean ending() {
        return stopped || ShutdownHook.isRunning();
    }

    /** Sleeps; false when supervision ended meanwhile. */
    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            return false;
        }
        return !ending();
    }
}
