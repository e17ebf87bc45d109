package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 不予行政处罚决定 (行政处罚法 Arts. 33, 57): the reasons and the provision; the 不予行政处罚决定书 is issued and the case
 * ends without a credit record.
 */
@Component
class DecideNoPenalty implements PenaltyStep {
    static final String DEFAULT_BASIS = "《中华人民共和国行政处罚法》第三十三条第一款";

    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyDocuments documents;
    private final StepPayloads payloads;

    DecideNoPenalty(
            PenaltyMapper penalties,
            PenaltyTransitions transitions,
            PenaltyDocuments documents,
            StepPayloads payloads) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.documents = documents;
        this.payloads = payloads;
    }

    /**
     * @param reasons 不予处罚的理由 (≤ 1000, required)
     * @param basis the provision (≤ 200; Art. 33 ¶1 when absent)
     */
    record Payload(String reasons, String basis) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_DECIDE_NO_PENALTY;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        String reasons = StepPayloads.text(payload.reasons(), "reasons", 1000, true, errors);
        String basis = StepPayloads.text(payload.basis(), "basis", 200, false, errors);
        StepPayloads.failIfAny(errors);
        penalties.setClosingReason(context.row().id(), reasons, null);
        var issued = documents.noPenaltyDecision(
                context.row(),
                reasons,
                basis == null ? DEFAULT_BASIS : basis,
                context.user().username());
        transitions.changed(
                context.row(),
                "penalty_case",
                "PENALTY_NO_PENALTY_DECIDED",
                context.user().username(),
                null,
                Map.of("reasons", reasons, "document", issued.documentNumber()));
        return Map.of();
    }
}
