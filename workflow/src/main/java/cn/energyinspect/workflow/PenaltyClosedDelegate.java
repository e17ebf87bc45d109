package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.PenaltyProcess.Outcomes;
import cn.energyinspect.bpmn.PenaltyProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The closing service tasks of {@code penalty.bpmn}: the outcome is each task's local input {@code outcome}. */
final class PenaltyClosedDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(PenaltyClosedDelegate.class);
    private final PenaltyPort port;

    PenaltyClosedDelegate(PenaltyPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long penaltyId = PortCallDelegate.penaltyId(execution);
        Object outcome = execution.getVariableLocal(Variables.OUTCOME);
        if (!Outcomes.ALL.contains(outcome)) {
            throw new IllegalStateException("unknown outcome " + outcome + " at " + execution.getCurrentActivityId());
        }
        log.info("WF-P09 penalty case closed: penalty {} outcome {}", penaltyId, outcome);
        port.penaltyClosed(penaltyId, (String) outcome);
    }
}
