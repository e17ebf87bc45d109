package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Refused at review, withdrawn on an objection, or refused by the decision (Task_RecordRefused). */
final class ApprovalRefusedDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalRefusedDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        port.refused(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution));
    }
}
