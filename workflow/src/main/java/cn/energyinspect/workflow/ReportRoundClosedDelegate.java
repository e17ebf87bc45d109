package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The province closed a filing round (Task_RecordRoundClosed). */
final class ReportRoundClosedDelegate implements JavaDelegate {
    private final ReportRoundPort port;

    ReportRoundClosedDelegate(ReportRoundPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        port.closed(DelegateIds.roundId(execution));
    }
}
