package cn.energyinspect.bpmn;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import cn.energyinspect.bpmn.ApprovalSkeleton.Beans;
import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Recording mocks of the approval delegates (both programmes) and message helpers for the path tests: the 公示 window
 * and the follow-up date the application would answer are fields a test sets.
 */
final class ApprovalPathTestSupport {
    static final long APPLICATION_ID = 41L;

    final List<String> portCalls = new ArrayList<>();
    /** The first day of the 公示, start of day China time. */
    String publicityStartsAt = "2026-03-02T00:00:00+08:00";
    /** A 5-working-day 公示: four working days after the first. */
    int publicityDaysAfterStart = 4;

    boolean objectionsOpen;
    String followUpDue = "2026-09-30";

    private final String prefix;
    private final Function<String, String> messages;

    ApprovalPathTestSupport(String prefix, Function<String, String> messages) {
        this.prefix = prefix;
        this.messages = messages;
    }

    void registerMocks() {
        Mocks.register(Beans.PUBLICITY_START, (JavaDelegate) execution -> {
            record("publicityStart", execution.getVariable(Variables.APPLICATION_ID));
            execution.setVariable(Variables.PUBLICITY_STARTS_AT, publicityStartsAt);
            execution.setVariable(Variables.PUBLICITY_DAYS_AFTER_START, publicityDaysAfterStart);
        });
        Mocks.register(Beans.PUBLICITY_END, (JavaDelegate) execution -> {
            record("publicityEnd", execution.getVariable(Variables.APPLICATION_ID));
            execution.setVariable(Variables.OBJECTIONS_OPEN, objectionsOpen);
        });
        Mocks.register(Beans.APPROVED, (JavaDelegate) execution -> {
            record("approved", execution.getVariable(Variables.APPLICATION_ID));
            execution.setVariable(Variables.FOLLOW_UP_DUE, followUpDue);
        });
        Mocks.register(Beans.LISTING_RENEWED, (JavaDelegate) execution -> {
            record("renewed", execution.getVariable(Variables.APPLICATION_ID));
            execution.setVariable(Variables.FOLLOW_UP_DUE, followUpDue);
        });
        Mocks.register(Beans.REFUSED, recorder("refused"));
        Mocks.register(Beans.COMPLETED, recorder("completed"));
        Mocks.register(Beans.DELISTED, recorder("delisted"));
        Mocks.register(Beans.REVOKED, (JavaDelegate) execution -> record(
                "revoked:" + execution.getVariable(Variables.REVOCATION),
                execution.getVariable(Variables.APPLICATION_ID)));
        Mocks.register(Beans.MILESTONE_OVERDUE, (JavaDelegate) execution -> record(
                "overdue:" + execution.getVariableLocal(Variables.MILESTONE),
                execution.getVariable(Variables.APPLICATION_ID)));
    }

    private JavaDelegate recorder(String call) {
        return execution -> record(call, execution.getVariable(Variables.APPLICATION_ID));
    }

    private void record(String call, Object applicationId) {
        portCalls.add(call + ":" + applicationId);
    }

    ProcessInstance start(String processId, String businessKey, String programme) {
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.APPLICATION_ID, APPLICATION_ID)
                .putValue(Variables.PROGRAMME, programme)
                .putValue(Variables.ENTERPRISE_USCC, "91330106MA2H0X1234")
                .putValue(Variables.REGION_CODE, "330106");
        return runtimeService().startProcessInstanceByKey(processId, businessKey, variables);
    }

    /** Completes {@code stage} with {@code outcome} (null: none) and further variables as name, value pairs. */
    void complete(ProcessInstance pi, String stage, String outcome, Object... more) {
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables();
        if (outcome != null) {
            variables.putValue(Variables.OUTCOME, outcome);
        }
        for (int i = 0; i < more.length; i += 2) {
            variables.putValue((String) more[i], more[i + 1]);
        }
        runtimeService()
                .createMessageCorrelation(messages.apply(stage))
                .processInstanceId(pi.getId())
                .setVariables(variables)
                .correlate();
    }

    void revoke(ProcessInstance pi, String kind) {
        runtimeService()
                .createMessageCorrelation(prefix + "_Revoked")
                .processInstanceId(pi.getId())
                .setVariable(Variables.REVOCATION, kind)
                .correlate();
    }
}
