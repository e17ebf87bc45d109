package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A listing ended at its re-assessment (Task_RecordDelisted). */
final class ApprovalDelistedDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalDelistedDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        port.delisted(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution));
    }
}
