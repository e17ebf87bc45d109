package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Approved (Task_RecordApproved): the 公告 and 批复 are issued; the first follow-up day becomes a timer. */
final class ApprovalApprovedDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalApprovedDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = port.approved(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution));
        execution.setVariable(Variables.FOLLOW_UP_DUE, due.toString());
    }
}
