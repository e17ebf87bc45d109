package cn.energyinspect.workflow;

/** The outputs handed to {@link InspectionWorkflow#complete} do not fit the task (app: 422 with the field). */
public class TaskVariablesRejectedException extends RuntimeException {
    private final String taskKey;
    private final String variable;

    public TaskVariablesRejectedException(String taskKey, String variable, String problem) {
        super(taskKey + ": " + variable + " " + problem);
        this.taskKey = taskKey;
        this.variable = variable;
    }

    public String taskKey() {
        return taskKey;
    }

    /** The offending variable name. */
    public String variable() {
        return variable;
    }
}
