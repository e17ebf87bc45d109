package cn.energyinspect.workflow;

/**
 * A penalty step that the process does not wait for now: no running case, or the case is elsewhere (a hearing request
 * after its period, a payment before service, a repair while none may be asked for). The app answers 404 for {@link
 * Reason#NO_RUNNING_CASE}, 409 (or 422 naming the period) otherwise.
 */
public class StepNotAvailableException extends RuntimeException {
    /** Why not. */
    public enum Reason {
        NO_RUNNING_CASE,
        NOT_AWAITED
    }

    private final long penaltyId;
    private final String step;
    private final Reason reason;

    public StepNotAvailableException(long penaltyId, String step, Reason reason) {
        super("penalty " + penaltyId + ": " + step + " not available (" + reason + ")");
        this.penaltyId = penaltyId;
        this.step = step;
        this.reason = reason;
    }

    public long penaltyId() {
        return penaltyId;
    }

    /** The message name that was not awaited. */
    public String step() {
        return step;
    }

    public Reason reason() {
        return reason;
    }
}
