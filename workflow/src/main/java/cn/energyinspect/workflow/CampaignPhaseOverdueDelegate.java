package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.CampaignProcess.Phases;
import cn.energyinspect.bpmn.CampaignProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A phase's due day ended before it was done (Timer_SplitOverdue …); the phase is the task's local input. */
final class CampaignPhaseOverdueDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(CampaignPhaseOverdueDelegate.class);
    private final CampaignPort port;

    CampaignPhaseOverdueDelegate(CampaignPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = DelegateIds.planId(execution);
        Object phase = execution.getVariableLocal(Variables.PHASE);
        if (!Phases.ALL.contains(phase)) {
            throw new IllegalStateException("unknown phase " + phase + " at " + execution.getCurrentActivityId());
        }
        log.info("WF-201 campaign phase overdue: plan {} phase {}", planId, phase);
        port.phaseOverdue(planId, (String) phase);
    }
}
