package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The statement period passed without a statement (boundary timer Timer_StatementPeriodOver). */
final class StatementPeriodOverDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(StatementPeriodOverDelegate.class);
    private final CaseLifecyclePort port;

    StatementPeriodOverDelegate(CaseLifecyclePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        log.info("WF-101 statement period over: case {}", caseId);
        port.statementPeriodOver(caseId);
    }
}
