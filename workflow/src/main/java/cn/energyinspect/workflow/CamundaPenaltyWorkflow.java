package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.CreditPublicationProcess;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.bpmn.PenaltyProcess.Messages;
import cn.energyinspect.bpmn.PenaltyProcess.Variables;
import cn.energyinspect.workflow.StepNotAvailableException.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** {@link PenaltyWorkflow} on the engine's services. */
final class CamundaPenaltyWorkflow implements PenaltyWorkflow {
    private static final String PENALTY = PenaltyProcess.PROCESS_ID;
    private static final String PUBLICATION = CreditPublicationProcess.PROCESS_ID;

    private final RuntimeService runtime;
    private final ProcessTasks tasks;
    private final ZoneId zone;

    CamundaPenaltyWorkflow(
            RuntimeService runtime,
            TaskService taskService,
            IdentityService identity,
            HistoryService history,
            ZoneId zone) {
        this.runtime = runtime;
        this.zone = zone;
        this.tasks = new ProcessTasks(
                runtime,
                taskService,
                identity,
                history,
                Set.of(PENALTY, PUBLICATION),
                Variables.PENALTY_ID,
                null,
                PenaltyTaskOutputs::check);
    }

    @Override
    public String startReferred(PenaltyStart start) {
        ProcessInstance running = instanceOf(PENALTY, start.penaltyId());
        if (running != null) {
            return running.getId();
        }
        return runtime.startProcessInstanceByMessage(Messages.REFERRED, start.penaltyNumber(), variables(start))
                .getId();
    }

    @Override
    public String startByHand(PenaltyStart start) {
        ProcessInstance running = instanceOf(PENALTY, start.penaltyId());
        if (running != null) {
            return running.getId();
        }
        return runtime.startProcessInstanceByKey(PENALTY, start.penaltyNumber(), variables(start))
                .getId();
    }

    private static VariableMap variables(PenaltyStart start) {
        PenaltyStart.Periods periods = start.periods();
        return org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.PENALTY_ID, start.penaltyId())
                .putValue(Variables.PENALTY_NUMBER, start.penaltyNumber())
                .putValue(Variables.AGENCY_ID, start.agencyId())
                .putValue(Variables.ENTERPRISE_USCC, start.enterpriseUscc())
                .putValue(Variables.STATEMENT_WORKING_DAYS, periods.statementWorkingDays())
                .putValue(Variables.HEARING_REQUEST_WORKING_DAYS, periods.hearingRequestWorkingDays())
                .putValue(Variables.DECISION_DAYS, periods.decisionDays())
                .putValue(Variables.DECISION_WARNING_DAYS, periods.decisionWarningDays())
                .putValue(Variables.SERVICE_WORKING_DAYS, periods.serviceWorkingDays())
                .putValue(Variables.PAYMENT_DAYS, periods.paymentDays())
                .putValue(Variables.DEMAND_WORKING_DAYS, periods.demandWorkingDays());
    }

    @Override
    public String startPublication(PublicationStart start) {
        ProcessInstance running = instanceOf(PUBLICATION, start.penaltyId());
        if (running != null) {
            return running.getId();
        }
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(CreditPublicationProcess.Variables.PENALTY_ID, start.penaltyId())
                .putValue(CreditPublicationProcess.Variables.PENALTY_NUMBER, start.penaltyNumber())
                .putValue(CreditPublicationProcess.Variables.AGENCY_ID, start.agencyId())
                // the start of the decision day: the working days count from that day (it is not counted itself)
                .putValue(CreditPublicationProcess.Variables.DECIDED_AT, startOf(start.decidedOn()))
                .putValue(CreditPublicationProcess.Variables.PUBLICATION_REQUIRED, start.publicationRequired())
                .putValue(
                        CreditPublicationProcess.Variables.PUBLIC_UNTIL,
                        start.publicUntil().toString())
                .putValue(CreditPublicationProcess.Variables.PUBLICATION_DAYS, start.publicationDays())
                .putValue(CreditPublicationProcess.Variables.PUBLICATION_ESCALATION_DAYS, start.escalationDays())
                .putValue(CreditPublicationProcess.Variables.REPAIR_DECISION_DAYS, start.repairDecisionDays());
        return runtime.startProcessInstanceByKey(PUBLICATION, start.penaltyNumber(), variables)
                .getId();
    }

    @Override
    public List<WorkItem> tasks(Actor actor, int first, int max) {
        return tasks.tasks(actor, first, max);
    }

    @Override
    public long countTasks(Actor actor) {
        return tasks.count(actor);
    }

    @Override
    public Optional<WorkItem> task(String taskId, Actor actor) {
        return tasks.task(taskId, actor);
    }

    @Override
    public List<WorkItem> openTasks(long penaltyId) {
        return tasks.openTasks(penaltyId);
    }

    @Override
    public void complete(String taskId, Actor actor, Map<String, Object> variables) {
        tasks.complete(taskId, actor, variables);
    }

    @Override
    public void complete(WorkItem task, Actor actor, Map<String, Object> variables) {
        tasks.complete(task, actor, variables);
    }

    @Override
    public void claim(String taskId, Actor actor) {
        tasks.claim(taskId, actor);
    }

    @Override
    public void release(String taskId, Actor actor) {
        tasks.release(taskId, actor);
    }

    @Override
    public void checkAvailable(String taskId, Actor actor) {
        tasks.checkAvailable(taskId, actor);
    }

    @Override
    public Set<String> awaitedMessages(long penaltyId) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of(PENALTY, PUBLICATION)) {
            ProcessInstance instance = instanceOf(key, penaltyId);
            if (instance != null) {
                runtime
                        .createEventSubscriptionQuery()
                        .processInstanceId(instance.getId())
                        .eventType("message")
                        .list()
                        .stream()
                        .map(EventSubscription::getEventName)
                        .forEach(names::add);
            }
        }
        return names;
    }

    @Override
    public void requestHearing(long penaltyId) {
        correlate(PENALTY, penaltyId, Messages.HEARING_REQUESTED, Map.of());
    }

    @Override
    public void confirmPayment(long penaltyId) {
        correlate(PENALTY, penaltyId, Messages.PAYMENT_CONFIRMED, Map.of());
    }

    @Override
    public void withdrawRegistration(long penaltyId) {
        correlate(PENALTY, penaltyId, Messages.REGISTRATION_WITHDRAWN, Map.of());
    }

    @Override
    public boolean revokeDecision(long penaltyId) {
        ProcessInstance procedure = instanceOf(PENALTY, penaltyId);
        ProcessInstance publication = instanceOf(PUBLICATION, penaltyId);
        if (procedure == null && publication == null) {
            throw new StepNotAvailableException(penaltyId, Messages.DECISION_REVOKED, Reason.NO_RUNNING_CASE);
        }
        if (procedure != null) {
            correlate(PENALTY, penaltyId, Messages.DECISION_REVOKED, Map.of());
        }
        if (publication != null) {
            correlate(PUBLICATION, penaltyId, CreditPublicationProcess.Messages.DECISION_REVOKED, Map.of());
        }
        return publication != null;
    }

    @Override
    public boolean amendDecision(long penaltyId, LocalDate publicUntil) {
        ProcessInstance publication = instanceOf(PUBLICATION, penaltyId);
        if (publication == null) {
            return false;
        }
        String until = publicUntil.toString();
        if (waitsFor(publication, CreditPublicationProcess.Messages.DECISION_AMENDED)) {
            correlate(
                    PUBLICATION,
                    penaltyId,
                    CreditPublicationProcess.Messages.DECISION_AMENDED,
                    Map.of(CreditPublicationProcess.Variables.PUBLIC_UNTIL, until));
            return true;
        }
        runtime.setVariable(publication.getId(), CreditPublicationProcess.Variables.PUBLIC_UNTIL, until);
        return false;
    }

    @Override
    public void requestRepair(long penaltyId, Instant requestedAt) {
        correlate(
                PUBLICATION,
                penaltyId,
                CreditPublicationProcess.Messages.REPAIR_REQUESTED,
                Map.of(
                        CreditPublicationProcess.Variables.REPAIR_REQUESTED_AT,
                        requestedAt.atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    }

    /**
     * Correlates {@code message} with the case's instance of {@code processKey} when it waits for it; otherwise says
     * why not, so the caller's transaction is not doomed by the engine's own exception.
     */
    private void correlate(String processKey, long penaltyId, String message, Map<String, Object> variables) {
        ProcessInstance instance = instanceOf(processKey, penaltyId);
        if (instance == null) {
            throw new StepNotAvailableException(penaltyId, message, Reason.NO_RUNNING_CASE);
        }
        if (!waitsFor(instance, message)) {
            throw new StepNotAvailableException(penaltyId, message, Reason.NOT_AWAITED);
        }
        runtime.createMessageCorrelation(message)
                .processInstanceId(instance.getId())
                .setVariables(variables)
                .correlate();
    }

    private boolean waitsFor(ProcessInstance instance, String message) {
        return runtime.createEventSubscriptionQuery()
                        .processInstanceId(instance.getId())
                        .eventType("message")
                        .eventName(message)
                        .count()
                > 0;
    }

    private ProcessInstance instanceOf(String processKey, long penaltyId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .variableValueEquals(Variables.PENALTY_ID, penaltyId)
                .singleResult();
    }

    private String startOf(LocalDate day) {
        return day.atStartOfDay(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
