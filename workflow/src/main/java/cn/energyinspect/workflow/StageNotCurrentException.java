package cn.energyinspect.workflow;

/** A stage was to be completed that the application's process is not waiting in: the app answers 409. */
public class StageNotCurrentException extends RuntimeException {
    private final long applicationId;
    private final String stage;
    private final String currentStage;

    public StageNotCurrentException(long applicationId, String stage, String currentStage) {
        super("application " + applicationId + " is not in stage " + stage + " but "
                + (currentStage == null ? "in none (its process ended or never started)" : "in " + currentStage));
        this.applicationId = applicationId;
        this.stage = stage;
        this.currentStage = currentStage;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getStage() {
        return stage;
    }

    /** The stage the process waits in, or null when it ended (or never started). */
    public String getCurrentStage() {
        return currentStage;
    }
}
