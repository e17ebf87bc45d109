package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The 20-day limit to serve the rectification notice passed (Timer_NoticeServiceOverdue). */
final class NoticeServiceLateDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(NoticeServiceLateDelegate.class);
    private final CaseLifecyclePort port;

    NoticeServiceLateDelegate(CaseLifecyclePort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        log.info("WF-103 rectification notice served late: case {}", caseId);
        port.noticeServiceLate(caseId);
    }
}
