package cn.energyinspect.workflow;

/** The task does not exist (any more) or is not the actor's: the app answers 404, never telling which. */
public class TaskNotAvailableException extends RuntimeException {
    private final String taskId;

    public TaskNotAvailableException(String taskId) {
        super("task " + taskId + " is not available");
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
