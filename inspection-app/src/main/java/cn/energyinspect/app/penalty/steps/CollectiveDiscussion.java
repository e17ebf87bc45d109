package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 负责人集体讨论 (行政处罚法 Art. 57 ¶2) of a complex or serious case: who took part and what they concluded, kept in the
 * case's record before the decision.
 */
@Component
class CollectiveDiscussion implements PenaltyStep {
    private final PenaltyTransitions transitions;
    private final StepPayloads payloads;

    CollectiveDiscussion(PenaltyTransitions transitions, StepPayloads payloads) {
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /**
     * @param participants 参加人员 (≤ 500)
     * @param conclusion 讨论结论 (≤ 2000)
     */
    record Payload(String participants, String conclusion) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_COLLECTIVE_DISCUSSION;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        String participants = StepPayloads.text(payload.participants(), "participants", 500, true, errors);
        String conclusion = StepPayloads.text(payload.conclusion(), "conclusion", 2000, true, errors);
        StepPayloads.failIfAny(errors);
        transitions.changed(
                context.row(),
                "penalty_case",
                "PENALTY_DISCUSSED",
                context.user().username(),
                null,
                Map.of("participants", participants, "conclusion", conclusion));
        return Map.of();
    }
}
