package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ReportRoundProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A reminder day of a filing round came (Timer_Reminder). */
final class ReportReminderDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(ReportReminderDelegate.class);
    private final ReportRoundPort port;

    ReportReminderDelegate(ReportRoundPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = DelegateIds.roundId(execution);
        int days = ((Number) execution.getVariable(Variables.REMINDER_WORKING_DAYS)).intValue();
        log.info("WF-201 report round {}: {} working days to the due day, reminding", roundId, days);
        port.remind(roundId, days);
    }
}
