package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.CampaignProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the ids the delegates need; a missing id is a technical failure (the job is retried, then an incident). */
final class DelegateIds {
    private DelegateIds() {}

    static long caseId(DelegateExecution execution) {
        return id(execution, SiteInspectionProcess.Variables.CASE_ID);
    }

    static long roundId(DelegateExecution execution) {
        return id(execution, cn.energyinspect.bpmn.ReportRoundProcess.Variables.ROUND_ID);
    }

    static long planId(DelegateExecution execution) {
        return id(execution, CampaignProcess.Variables.PLAN_ID);
    }

    private static long id(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException(
                    "process instance " + execution.getProcessInstanceId() + " has no numeric " + name + ": " + value);
        }
        return number.longValue();
    }
}
