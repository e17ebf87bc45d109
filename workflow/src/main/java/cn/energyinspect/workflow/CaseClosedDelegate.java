package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.SiteInspectionProcess.Outcomes;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Task_CloseCase and Task_CloseReferredCase: the outcome is the tasks' local input {@code outcome}. */
final class CaseClosedDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(CaseClosedDelegate.class);
    private static final Set<String> OUTCOMES =
            Set.of(Outcomes.CLOSED_NO_FINDINGS, Outcomes.CLOSED_RECTIFIED, Outcomes.REFERRED_FOR_PENALTY);
    private final CaseLifecyclePort port;

    CaseClosedDelegate(CaseLifecyclePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        Object outcome = execution.getVariableLocal(Variables.OUTCOME);
        if (!OUTCOMES.contains(outcome)) {
            throw new IllegalStateException("unknown outcome " + outcome + " at " + execution.getCurrentActivityId());
        }
        log.info("WF-109 case closed: case {} outcome {}", caseId, outcome);
        port.closed(caseId, (String) outcome);
    }
}
