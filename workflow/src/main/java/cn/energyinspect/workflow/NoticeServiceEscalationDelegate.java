package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Day 15 after the inspection and the rectification notice is not served (Timer_NoticeServiceEscalation). */
final class NoticeServiceEscalationDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(NoticeServiceEscalationDelegate.class);
    private final CaseLifecyclePort port;

    NoticeServiceEscalationDelegate(CaseLifecyclePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        log.info("WF-102 rectification notice not yet served, supervisors told: case {}", caseId);
        port.noticeServiceEscalated(caseId);
    }
}
