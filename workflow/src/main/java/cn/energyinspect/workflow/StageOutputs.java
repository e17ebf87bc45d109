package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Outcomes;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables a stage's message carries, checked before correlation, so a wrong outcome fails the request (422)
 * instead of a gateway later (as {@link TaskOutputs} does for the inspection's user tasks).
 */
final class StageOutputs {
    private StageOutputs() {}

    static Map<String, Object> check(StageCompletion completion) {
        String stage = completion.stage();
        if (!Stages.completable(stage)) {
            throw new TaskVariablesRejectedException(stage, "stage", "is not completed by the application");
        }
        Map<String, Object> variables = new HashMap<>();
        Set<String> outcomes = Stages.OUTCOMES.get(stage);
        if (outcomes == null) {
            if (completion.outcome() != null) {
                throw new TaskVariablesRejectedException(stage, Variables.OUTCOME, "is not taken by this stage");
            }
        } else if (!outcomes.contains(completion.outcome())) {
            throw new TaskVariablesRejectedException(
                    stage, Variables.OUTCOME, "must be one of " + outcomes + ", was " + completion.outcome());
        } else {
            variables.put(Variables.OUTCOME, completion.outcome());
        }
        if (stage.equals(Stages.PROVINCE_REVIEW) && Outcomes.PASS.equals(completion.outcome())) {
            variables.put(Variables.HEARING_REQUIRED, Boolean.TRUE.equals(completion.hearingRequired()));
        }
        if (stage.equals(Stages.SHUTDOWN)) {
            if (completion.dismantlingDue() == null) {
                throw new TaskVariablesRejectedException(stage, Variables.DISMANTLING_DUE, "is required");
            }
            variables.put(Variables.DISMANTLING_DUE, completion.dismantlingDue().toString());
        }
        return variables;
    }
}
