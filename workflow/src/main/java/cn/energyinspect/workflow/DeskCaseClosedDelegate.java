package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.DeskReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The desk-review process closed the desk case (Task_CloseUnfounded, Task_CloseDeskCase). */
final class DeskCaseClosedDelegate implements JavaDelegate {
    private final DeskReviewPort port;

    DeskCaseClosedDelegate(DeskReviewPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        port.closed(caseId, String.valueOf(execution.getVariable(DeskReviewProcess.Variables.OUTCOME)));
    }
}
