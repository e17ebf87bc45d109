package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the ids every delegate needs. */
final class CaseDelegates {
    private CaseDelegates() {}

    static long caseId(DelegateExecution execution) {
        Object value = execution.getVariable(Variables.CASE_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException(
                    "process instance " + execution.getProcessInstanceId() + " has no numeric caseId: " + value);
        }
        return number.longValue();
    }
}
