package cn.energyinspect.workflow;

/** An extension of the rectification deadline cannot be requested now. */
public class ExtensionNotAvailableException extends RuntimeException {
    /** Why not: the app answers 404 for {@link #NO_OPEN_CASE}, 409 otherwise. */
    public enum Reason {
        NO_OPEN_CASE,
        /** The case is not waiting for the enterprise's rectification answer. */
        NOT_AWAITING_ANSWER,
        /** One extension request per rectification notice, and this notice had it. */
        ALREADY_REQUESTED
    }

    private final long caseId;
    private final Reason reason;

    public ExtensionNotAvailableException(long caseId, Reason reason) {
        super("no extension for case " + caseId + ": " + reason);
        this.caseId = caseId;
        this.reason = reason;
    }

    public long caseId() {
        return caseId;
    }

    public Reason reason() {
        return reason;
    }
}
