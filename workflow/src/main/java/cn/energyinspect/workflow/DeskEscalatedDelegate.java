package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The desk-review process the desk review escalated to an on-site inspection (Task_EscalateOnSite). */
final class DeskEscalatedDelegate implements JavaDelegate {
    private final DeskReviewPort port;

    DeskEscalatedDelegate(DeskReviewPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        port.escalated(caseId);
    }
}
