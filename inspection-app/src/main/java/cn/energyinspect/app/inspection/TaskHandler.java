package cn.energyinspect.app.inspection;

import cn.energyinspect.app.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;

/**
 * What completing one kind of task does to the case: validate the payload (422 naming each field, nothing changed),
 * record the data in our tables, and return the few variables the process needs to decide its next step. Each handler
 * declares its payload as one record ({@link #payloadType()}), which the API describes for the task's form. Public so
 * that other capabilities with steps on a case (the desk review) declare theirs the same way.
 */
public interface TaskHandler {
    /** The BPMN task id this handler completes. */
    String taskKey();

    Map<String, Object> complete(TaskContext context);

    /** The record the task's completion payload is read into (described in the OpenAPI document). */
    Class<?> payloadType();

    /** Form data to show with the task (e.g. the findings a notice must cover); empty by default. */
    default Object form(CaseRow row) {
        return Map.of();
    }

    /** The locked case, the user completing, its payload and today's date in the agency's zone. */
    record TaskContext(CaseRow row, CurrentUser user, JsonNode payload, LocalDate today) {}
}
