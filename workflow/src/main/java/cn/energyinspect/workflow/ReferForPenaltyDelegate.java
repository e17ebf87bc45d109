package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rectification deadline passed without an answer (Timer_RectificationDeadline). */
final class ReferForPenaltyDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(ReferForPenaltyDelegate.class);
    private final CaseLifecyclePort port;

    ReferForPenaltyDelegate(CaseLifecyclePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        log.info("WF-104 rectification deadline missed, referred for penalty: case {}", caseId);
        port.referredForPenalty(caseId);
    }
}
