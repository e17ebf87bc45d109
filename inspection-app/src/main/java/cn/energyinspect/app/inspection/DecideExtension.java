package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The supervisor grants or refuses the one extension (延期) the round's notice allows; a grant moves every earlier
 * deadline of the round's findings to the date asked for.
 */
@Component
class DecideExtension implements TaskHandler {
    private final CaseMapper cases;
    private final ReviewMapper reviews;
    private final FindingMapper findings;
    private final CaseTransitions transitions;
    private final Payloads payloads;

    DecideExtension(
            CaseMapper cases,
            ReviewMapper reviews,
            FindingMapper findings,
            CaseTransitions transitions,
            Payloads payloads) {
        this.cases = cases;
        this.reviews = reviews;
        this.findings = findings;
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /**
     * @param granted true grants the date asked for, false refuses
     * @param comment the decision's reason (≤ 500 characters; required for a refusal)
     */
    @Schema(
            description = "Task_DecideExtension: the supervisor grants or refuses the one extension (延期) the round's"
                    + " notice allows; a grant moves the round's deadlines to the date asked for")
    record Payload(
            @Schema(description = "true grants the date asked for, false refuses")
            Boolean granted,

            @Schema(description = "The decision's reason: required for a refusal, at most 500 characters")
            String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_DECIDE_EXTENSION;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        return reviews.extension(row.id(), row.currentRound())
                .map(Object.class::cast)
                .orElse(Map.of());
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        if (payload.granted() == null) {
            errors.add(new FieldError("granted", "必填：true 同意延期，false 不同意"));
        }
        String comment =
                Payloads.text(payload.comment(), "comment", 500, Boolean.FALSE.equals(payload.granted()), errors);
        Payloads.failIfAny(errors);
        CaseRow row = context.row();
        ReviewMapper.Extension request =
                reviews.extension(row.id(), row.currentRound()).orElseThrow();
        reviews.decideExtension(
                row.id(), row.currentRound(), payload.granted(), context.user().username());
        Map<String, Object> variables = new HashMap<>();
        variables.put(SiteInspectionProcess.Variables.EXTENSION_GRANTED, payload.granted());
        if (payload.granted()) {
            findings.moveDeadlines(row.id(), row.currentRound(), request.requestedUntil());
            cases.setRectificationDeadline(row.id(), request.requestedUntil());
            variables.put(
                    SiteInspectionProcess.Variables.RECTIFICATION_DEADLINE,
                    request.requestedUntil().toString());
        }
        Map<String, Object> detail = new HashMap<>();
        detail.put("request", request);
        detail.put("granted", payload.granted());
        detail.put("comment", comment);
        transitions.changed(
                row,
                "extension",
                row.id(),
                payload.granted() ? "EXTENSION_GRANTED" : "EXTENSION_REFUSED",
                context.user().username(),
                request,
                detail);
        return variables;
    }
}
