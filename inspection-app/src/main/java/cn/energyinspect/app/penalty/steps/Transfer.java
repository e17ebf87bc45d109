package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 案件移送: to the body that imposes the penalty (市场监督管理部门 for Arts. 70, 73, 74; the people's government for
 * closures, Arts. 68, 71, 72; the judicial organs for a suspected crime, Arts. 27, 57), with the reason; the case ends.
 */
@Component
class Transfer implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final StepPayloads payloads;

    Transfer(PenaltyMapper penalties, PenaltyTransitions transitions, StepPayloads payloads) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /**
     * @param body the body the case goes to (≤ 200)
     * @param reason why (≤ 1000)
     */
    record Payload(String body, String reason) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_TRANSFER;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        String body = StepPayloads.text(payload.body(), "body", 200, true, errors);
        String reason = StepPayloads.text(payload.reason(), "reason", 1000, true, errors);
        StepPayloads.failIfAny(errors);
        penalties.setClosingReason(context.row().id(), reason, body);
        transitions.changed(
                context.row(),
                "penalty_case",
                "PENALTY_TRANSFERRED",
                context.user().username(),
                null,
                Map.of("body", body, "reason", reason));
        return Map.of();
    }
}
