package cn.energyinspect.app.inspection;

/** Names of the task payload records as the OpenAPI document publishes them, e.g. {@code AssignTeamPayload}. */
final class TaskForms {
    private TaskForms() {}

    /** {@code Task_AssignTeam} → {@code AssignTeamPayload}. */
    static String schemaName(TaskHandler handler) {
        return handler.taskKey().replaceFirst("^Task_", "") + "Payload";
    }
}
