package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A listing kept at its re-assessment (Task_RenewListing): the next re-assessment day. */
final class ApprovalListingRenewedDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalListingRenewedDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = port.listingRenewed(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution));
        execution.setVariable(Variables.FOLLOW_UP_DUE, due.toString());
    }
}
