package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The due day of a filing round ended (Timer_DueDate): list who has not filed. */
final class ReportMissingDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(ReportMissingDelegate.class);
    private final ReportRoundPort port;

    ReportMissingDelegate(ReportRoundPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = DelegateIds.roundId(execution);
        log.info("WF-202 report round {} past its due day, listing the units that have not filed", roundId);
        port.listMissing(roundId);
    }
}
