package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The desk-review process the desk review ordered rectification (Task_OrderRectification). */
final class DeskRectificationOrderedDelegate implements JavaDelegate {
    private final DeskReviewPort port;

    DeskRectificationOrderedDelegate(DeskReviewPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        port.rectificationOrdered(caseId);
    }
}
