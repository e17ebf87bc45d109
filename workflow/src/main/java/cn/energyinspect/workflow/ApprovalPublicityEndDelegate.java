package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The 公示's last day ended (Timer_PublicityEnds): are objections open? */
final class ApprovalPublicityEndDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalPublicityEndDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean open = port.publicityEnded(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution));
        execution.setVariable(Variables.OBJECTIONS_OPEN, open);
    }
}
