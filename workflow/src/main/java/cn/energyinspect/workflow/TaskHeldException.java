package cn.energyinspect.workflow;

/**
 * The task is the actor's to see but another person holds it: claimed by someone else, or already completed. The app
 * answers 409 naming who holds it (by display name, never the login name).
 */
public class TaskHeldException extends RuntimeException {
    /** Why the task cannot be taken. */
    public enum Reason {
        CLAIMED_BY_ANOTHER,
        COMPLETED
    }

    private final String taskId;
    private final String holder;
    private final Reason reason;

    public TaskHeldException(String taskId, String holder, Reason reason) {
        super("task " + taskId + " " + reason + " by " + holder);
        this.taskId = taskId;
        this.holder = holder;
        this.reason = reason;
    }

    public String taskId() {
        return taskId;
    }

    /** The username of who claimed or completed it; {@code null} when history does not say. */
    public String holder() {
        return holder;
    }

    public Reason reason() {
        return reason;
    }
}
