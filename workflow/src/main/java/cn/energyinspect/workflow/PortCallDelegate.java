package cn.energyinspect.workflow;

import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service task of the penalty models that tells a port one thing about one penalty case: reads {@code penaltyId},
 * logs the step with its stable code and calls the port. One class for the many one-line steps of {@code penalty.bpmn}
 * and {@code credit-publication.bpmn}; each bean of {@link WorkflowConfiguration} is one step.
 */
final class PortCallDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(PortCallDelegate.class);
    static final String PENALTY_ID = "penaltyId";

    private final String code;
    private final String event;
    private final LongConsumer call;

    PortCallDelegate(String code, String event, LongConsumer call) {
        this.code = code;
        this.event = event;
        this.call = call;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long penaltyId = penaltyId(execution);
        log.info("{} {}: penalty {}", code, event, penaltyId);
        call.accept(penaltyId);
    }

    /** A missing id is a technical failure: the job is retried, then an incident. */
    static long penaltyId(DelegateExecution execution) {
        Object value = execution.getVariable(PENALTY_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException(
                    "process instance " + execution.getProcessInstanceId() + " has no numeric penaltyId: " + value);
        }
        return number.longValue();
    }
}
