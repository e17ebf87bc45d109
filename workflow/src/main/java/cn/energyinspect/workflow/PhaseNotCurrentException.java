package cn.energyinspect.workflow;

/** A phase was to be completed that the plan's process is not waiting in: the app answers 409, naming the current one. */
public class PhaseNotCurrentException extends RuntimeException {
    private final long planId;
    private final String phase;
    private final String currentPhase;

    public PhaseNotCurrentException(long planId, String phase, String currentPhase) {
        super("plan " + planId + " is not in phase " + phase + " but "
                + (currentPhase == null ? "in none (its process ended or never started)" : "in " + currentPhase));
        this.planId = planId;
        this.phase = phase;
        this.currentPhase = currentPhase;
    }

    public long getPlanId() {
        return planId;
    }

    /** The phase that was to be completed. */
    public String getPhase() {
        return phase;
    }

    /** The phase the process waits in, or null when it ended (or never started). */
    public String getCurrentPhase() {
        return currentPhase;
    }
}
