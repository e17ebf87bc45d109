package cn.energyinspect.workflow;

/** A round was to be closed that is not waiting for it (its due day has not passed, or it was closed): the app answers 409. */
public class RoundNotClosableException extends RuntimeException {
    private final long roundId;

    public RoundNotClosableException(long roundId) {
        super("report round " + roundId + " is not waiting to be closed");
        this.roundId = roundId;
    }

    public long getRoundId() {
        return roundId;
    }
}
