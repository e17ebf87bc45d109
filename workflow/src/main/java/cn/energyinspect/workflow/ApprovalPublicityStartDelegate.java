package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The province passed the application: the 公示 window becomes the timer's anchor and count (N − 1 working days after the first day, both ends counted). */
final class ApprovalPublicityStartDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalPublicityStartDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalPort.PublicityWindow window =
                port.publicityStarts(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution));
        execution.setVariable(Variables.PUBLICITY_STARTS_AT, ApprovalIds.startOf(window.firstDay()));
        execution.setVariable(Variables.PUBLICITY_DAYS_AFTER_START, window.workingDays() - 1);
    }
}
