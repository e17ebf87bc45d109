package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Milestones;
import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A follow-up milestone passed its due day unconfirmed: the milestone is the task's local input. */
final class ApprovalMilestoneOverdueDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalMilestoneOverdueDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object milestone = execution.getVariableLocal(Variables.MILESTONE);
        if (!Milestones.ALL.contains(milestone)) {
            throw new IllegalStateException(
                    "unknown milestone " + milestone + " at " + execution.getCurrentActivityId());
        }
        port.milestoneOverdue(
                ApprovalIds.programme(execution), ApprovalIds.applicationId(execution), (String) milestone);
    }
}
