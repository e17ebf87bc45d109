package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Suspended or withdrawn (SubProcess_Revocation); the kind came with the message. */
final class ApprovalRevokedDelegate implements JavaDelegate {
    private final ApprovalPort port;

    ApprovalRevokedDelegate(ApprovalPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object kind = execution.getVariable(Variables.REVOCATION);
        if (!"SUSPEND".equals(kind) && !"WITHDRAW".equals(kind)) {
            throw new IllegalStateException("unknown revocation " + kind + " in " + execution.getProcessInstanceId());
        }
        port.revoked(ApprovalIds.programme(execution), ApprovalIds.applicationId(execution), (String) kind);
    }
}
