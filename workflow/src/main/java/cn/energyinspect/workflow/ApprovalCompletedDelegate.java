package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Every follow-up confirmed (Task_RecordCompleted). */
final class ApprovalCompletedDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalCompletedDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        port.completed(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution));
    }
}
