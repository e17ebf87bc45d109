package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 结案审批: the decision performed (or its enforcement applied for), the supervisor closes the case. */
@Component
class ApprovePenaltyClosure implements PenaltyStep {
    private final PenaltyTransitions transitions;
    private final StepPayloads payloads;

    ApprovePenaltyClosure(PenaltyTransitions transitions, StepPayloads payloads) {
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /** @param comment 结案意见 (≤ 500) */
    record Payload(String comment) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_APPROVE_CLOSURE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        String comment = StepPayloads.text(payload.comment(), "comment", 500, false, errors);
        StepPayloads.failIfAny(errors);
        Map<String, Object> detail = new HashMap<>();
        detail.put("comment", comment);
        transitions.changed(
                context.row(),
                "penalty_case",
                "CLOSURE_APPROVED",
                context.user().username(),
                null,
                detail);
        return Map.of();
    }
}
