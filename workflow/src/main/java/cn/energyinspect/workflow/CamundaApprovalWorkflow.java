package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import cn.energyinspect.bpmn.CapacityReplacementProcess;
import cn.energyinspect.bpmn.WhiteListProcess;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** {@link ApprovalWorkflow} on the engine's runtime service, for one programme's process. */
class CamundaApprovalWorkflow implements ApprovalWorkflow {
    private final RuntimeService runtime;
    private final String processId;
    private final String programme;
    private final LongFunction<String> businessKey;
    private final Function<String, String> messages;
    private final String revokedMessage;

    CamundaApprovalWorkflow(
            RuntimeService runtime,
            String processId,
            String programme,
            LongFunction<String> businessKey,
            Function<String, String> messages,
            String revokedMessage) {
        this.runtime = runtime;
        this.processId = processId;
        this.programme = programme;
        this.businessKey = businessKey;
        this.messages = messages;
        this.revokedMessage = revokedMessage;
    }

    @Override
    public String start(ApprovalStart start) {
        ProcessInstance running = running(start.applicationId());
        if (running != null) {
            return running.getId();
        }
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.APPLICATION_ID, start.applicationId())
                .putValue(Variables.PROGRAMME, programme)
                .putValue(Variables.ENTERPRISE_USCC, start.enterpriseUscc())
                .putValue(Variables.REGION_CODE, start.regionCode());
        return runtime.startProcessInstanceByKey(processId, businessKey.apply(start.applicationId()), variables)
                .getId();
    }

    @Override
    public Optional<String> currentStage(long applicationId) {
        ProcessInstance running = running(applicationId);
        return running == null ? Optional.empty() : stageOf(running);
    }

    @Override
    public void complete(long applicationId, StageCompletion completion) {
        Map<String, Object> variables = StageOutputs.check(completion);
        ProcessInstance running = running(applicationId);
        String current = running == null ? null : stageOf(running).orElse(null);
        if (!completion.stage().equals(current)) {
            throw new StageNotCurrentException(applicationId, completion.stage(), current);
        }
        // correlateAll does not throw when nothing waits (a concurrent completion), which would doom the transaction
        boolean correlated = !runtime.createMessageCorrelation(messages.apply(completion.stage()))
                .processInstanceId(running.getId())
                .setVariables(variables)
                .correlateAllWithResult()
                .isEmpty();
        if (!correlated) {
            throw new StageNotCurrentException(
                    applicationId,
                    completion.stage(),
                    currentStage(applicationId).orElse(null));
        }
    }

    @Override
    public void revoke(long applicationId, String kind) {
        if (!"SUSPEND".equals(kind) && !"WITHDRAW".equals(kind)) {
            throw new TaskVariablesRejectedException("REVOCATION", Variables.REVOCATION, "must be SUSPEND or WITHDRAW");
        }
        ProcessInstance running = running(applicationId);
        if (running == null) {
            throw new StageNotCurrentException(applicationId, "REVOCATION", null);
        }
        runtime.createMessageCorrelation(revokedMessage)
                .processInstanceId(running.getId())
                .setVariable(Variables.REVOCATION, kind)
                .correlate();
    }

    private ProcessInstance running(long applicationId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(processId)
                .processInstanceBusinessKey(businessKey.apply(applicationId))
                .singleResult();
    }

    /** The stage whose element is active; the overdue branches never wait, so there is at most one. */
    private Optional<String> stageOf(ProcessInstance instance) {
        return runtime.getActiveActivityIds(instance.getId()).stream()
                .map(Stages::ofActivity)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The capacity-replacement facade bean. */
    static final class CapacityReplacement extends CamundaApprovalWorkflow implements CapacityReplacementWorkflow {
        CapacityReplacement(RuntimeService runtime) {
            super(
                    runtime,
                    CapacityReplacementProcess.PROCESS_ID,
                    "CAPACITY_REPLACEMENT",
                    CapacityReplacementProcess::businessKey,
                    CapacityReplacementProcess.Messages::of,
                    CapacityReplacementProcess.Messages.REVOKED);
        }
    }

    /** The white-list facade bean. */
    static final class WhiteList extends CamundaApprovalWorkflow implements WhiteListWorkflow {
        WhiteList(RuntimeService runtime) {
            super(
                    runtime,
                    WhiteListProcess.PROCESS_ID,
                    "WHITE_LIST",
                    WhiteListProcess::businessKey,
                    WhiteListProcess.Messages::of,
                    WhiteListProcess.Messages.REVOKED);
        }
    }
}
