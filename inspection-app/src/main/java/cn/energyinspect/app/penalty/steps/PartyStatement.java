package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 陈述申辩 (行政处罚法 Art. 45): the party's statement, or its waiver, from the enterprise portal (online means are
 * encouraged, Art. 41); it must be heard and reviewed, and may not make the penalty heavier. A hearing, if offered, is
 * asked for separately.
 */
@Component
class PartyStatement implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final StepPayloads payloads;

    PartyStatement(PenaltyMapper penalties, PenaltyTransitions transitions, StepPayloads payloads) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /**
     * @param text the statement (≤ 4000; required unless waived)
     * @param waived the party waives its statement (放弃陈述申辩)
     */
    record Payload(String text, Boolean waived) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_PARTY_STATEMENT;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        boolean waived = Boolean.TRUE.equals(payload.waived());
        String text = StepPayloads.text(payload.text(), "text", 4000, !waived, errors);
        StepPayloads.failIfAny(errors);
        penalties.insertStatement(new PenaltyParts.Statement(
                null, context.row().id(), text, waived, context.user().username(), context.now()));
        transitions.changed(
                context.row(),
                "penalty_case",
                "PENALTY_STATEMENT_SUBMITTED",
                context.user().username(),
                null,
                Map.of("waived", waived, "length", text == null ? 0 : text.length()));
        return Map.of();
    }
}
