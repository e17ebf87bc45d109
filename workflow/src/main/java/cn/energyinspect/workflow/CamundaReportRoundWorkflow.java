package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ReportRoundProcess;
import cn.energyinspect.bpmn.ReportRoundProcess.Messages;
import cn.energyinspect.bpmn.ReportRoundProcess.Variables;
import java.util.ArrayList;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** {@link ReportRoundWorkflow} on the engine's runtime service. */
final class CamundaReportRoundWorkflow implements ReportRoundWorkflow {
    private final RuntimeService runtime;

    CamundaReportRoundWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String open(RoundStart start) {
        ProcessInstance running = instance(start.roundId());
        if (running != null) {
            return running.getId();
        }
        return runtime.startProcessInstanceByKey(
                        ReportRoundProcess.PROCESS_ID,
                        ReportRoundProcess.businessKey(start.roundId()),
                        org.camunda.bpm.engine.variable.Variables.createVariables()
                                .putValue(Variables.ROUND_ID, start.roundId())
                                .putValue(Variables.AGENCY_ID, start.agencyId())
                                .putValue(Variables.DUE_DATE, start.dueDate().toString())
                                .putValue(Variables.REMINDER_DAYS, new ArrayList<>(start.reminderWorkingDays())))
                .getId();
    }

    @Override
    public void close(long roundId) {
        ProcessInstance running = instance(roundId);
        if (running == null) {
            throw new RoundNotClosableException(roundId);
        }
        // correlateAll does not throw when nothing waits (before the due day), which would doom the caller's
        // transaction
        boolean correlated = !runtime.createMessageCorrelation(Messages.ROUND_CLOSED)
                .processInstanceId(running.getId())
                .correlateAllWithResult()
                .isEmpty();
        if (!correlated) {
            throw new RoundNotClosableException(roundId);
        }
    }

    @Override
    public boolean running(long roundId) {
        return instance(roundId) != null;
    }

    private ProcessInstance instance(long roundId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ReportRoundProcess.PROCESS_ID)
                .processInstanceBusinessKey(ReportRoundProcess.businessKey(roundId))
                .singleResult();
    }
}
