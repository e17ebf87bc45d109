package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What completing one kind of penalty task does: validate the payload (422 naming each field, nothing changed), record
 * the data, issue its document, and return the variables the process needs. Each declares its payload as one record
 * ({@link #payloadType()}).
 */
public interface PenaltyStep {
    /** The BPMN task id this step completes. */
    String taskKey();

    /** The record the completion payload is read into. */
    Class<?> payloadType();

    /** Form data to show with the task (the article's fine range, the proposed articles …); empty by default. */
    default Object form(PenaltyRow row) {
        return Map.of();
    }

    Map<String, Object> complete(Context context);

    /** The locked case, who completes, the payload, today (agency's zone) and now. */
    record Context(PenaltyRow row, CurrentUser user, JsonNode payload, LocalDate today, Instant now) {}
}
