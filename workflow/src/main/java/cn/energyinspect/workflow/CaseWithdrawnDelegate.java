package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Task_CloseWithdrawnCase: the approved withdrawal (撤销立案) ended every open step; the case is closed as withdrawn. */
final class CaseWithdrawnDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(CaseWithdrawnDelegate.class);
    private final CaseLifecyclePort port;

    CaseWithdrawnDelegate(CaseLifecyclePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        log.info("WF-110 case withdrawn: case {}", caseId);
        port.withdrawn(caseId);
    }
}
