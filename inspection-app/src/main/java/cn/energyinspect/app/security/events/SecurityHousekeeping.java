package cn.energyinspect.app.security.events;

/** A delete of expired security state that runs with the security event purge (expired tokens, stale counters). */
public interface SecurityHousekeeping {
    void clean();
}
