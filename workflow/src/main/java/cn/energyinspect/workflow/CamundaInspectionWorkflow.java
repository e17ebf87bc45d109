package cn.energyinspect.workflow;

import static cn.energyinspect.bpmn.SiteInspectionProcess.PROCESS_ID;

import cn.energyinspect.bpmn.SiteInspectionProcess.Defaults;
import cn.energyinspect.bpmn.SiteInspectionProcess.Messages;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import cn.energyinspect.workflow.ExtensionNotAvailableException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;

/** {@link InspectionWorkflow} on the engine's services. */
final class CamundaInspectionWorkflow implements InspectionWorkflow {
    /** The processes a case's tasks come from: the case itself, and the desk review a screened case starts with. */
    private static final String[] CASE_PROCESSES = {PROCESS_ID, cn.energyinspect.bpmn.DeskReviewProcess.PROCESS_ID};

    private final RuntimeService runtime;
    private final TaskService taskService;
    /** The actor's view of the case processes' tasks: the same rules as every other facade's (penalties). */
    private final ProcessTasks tasks;

    CamundaInspectionWorkflow(
            RuntimeService runtime, TaskService taskService, IdentityService identity, HistoryService history) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.tasks = new ProcessTasks(
                runtime,
                taskService,
                identity,
                history,
                Set.of(CASE_PROCESSES),
                Variables.CASE_ID,
                Variables.CASE_NUMBER,
                TaskOutputs::check);
    }

    @Override
    public String startCase(CaseStart start) {
        // idempotent per case id; the business key (indexed) narrows the search first, since case numbers are
        // unique per agency only and a variable condition alone scans every running instance
        ProcessInstance running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(start.caseNumber())
                .variableValueEquals(Variables.CASE_ID, start.caseId())
                .singleResult();
        if (running != null) {
            return running.getId();
        }
        return startNewCase(start);
    }

    @Override
    public String startNewCase(CaseStart start) {
        VariableMap variables = caseVariables(start);
        return runtime.startProcessInstanceByKey(PROCESS_ID, start.caseNumber(), variables)
                .getId();
    }

    /** The variables a case starts with (also when a desk case continues here at its rectification notice). */
    static VariableMap caseVariables(CaseStart start) {
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.CASE_ID, start.caseId())
                .putValue(Variables.CASE_NUMBER, start.caseNumber())
                .putValue(Variables.AGENCY_ID, start.agencyId())
                .putValue(Variables.ENTERPRISE_USCC, start.enterpriseUscc())
                .putValue(Variables.TRIGGER, start.trigger())
                .putValue(Variables.INSPECTION_TYPE, start.inspectionType())
                .putValue(Variables.STATEMENT_PERIOD, start.statementWorkingDays())
                .putValue(Variables.NOTICE_SERVICE_DAYS, Defaults.NOTICE_SERVICE_DAYS)
                .putValue(Variables.NOTICE_ESCALATION_DAYS, Defaults.NOTICE_ESCALATION_DAYS)
                .putValue(Variables.TEAM_DRAWN, start.teamDrawn());
        if (start.teamDrawn()) {
            // the form Task_AssignTeam's output takes (TaskOutputs), which candidateUsers reads
            variables.putValue(Variables.TEAM_USERNAMES, String.join(",", start.drawnTeam()));
        }
        return variables;
    }

    @Override
    public List<WorkItem> tasks(Actor actor) {
        return tasks.workItems(
                tasks.actorsTasks(actor).orderByTaskCreateTime().asc().list());
    }

    @Override
    public List<WorkItem> tasks(Actor actor, int first, int max) {
        return tasks.workItems(
                tasks.actorsTasks(actor).orderByTaskCreateTime().asc().listPage(first, max));
    }

    @Override
    public long countTasks(Actor actor) {
        return tasks.actorsTasks(actor).count();
    }

    @Override
    public List<WorkItem> tasks(Actor actor, TaskFilter filter, int first, int max) {
        if (filter.matchesNothing()) {
            return List.of();
        }
        return tasks.workItems(filtered(tasks.actorsTasks(actor), filter)
                .orderByTaskCreateTime()
                .asc()
                .listPage(first, max));
    }

    @Override
    public long countTasks(Actor actor, TaskFilter filter) {
        return filter.matchesNothing()
                ? 0
                : filtered(tasks.actorsTasks(actor), filter).count();
    }

    @Override
    public List<OfferedTask> tasksCreatedAfter(java.time.Instant after, int max) {
        return offered(taskService
                .createTaskQuery()
                .processDefinitionKey(PROCESS_ID)
                .taskCreatedAfter(java.util.Date.from(after))
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, max));
    }

    @Override
    public List<OfferedTask> tasksDueBefore(java.time.Instant before, int max) {
        return offered(taskService
                .createTaskQuery()
                .processDefinitionKey(PROCESS_ID)
                .dueBefore(java.util.Date.from(before))
                .orderByDueDate()
                .asc()
                .listPage(0, max));
    }

    private static TaskQuery filtered(TaskQuery query, TaskFilter filter) {
        if (filter.taskKeys() != null) {
            query.taskDefinitionKeyIn(filter.taskKeys().toArray(String[]::new));
        }
        if (filter.processInstanceIds() != null) {
            query.processInstanceIdIn(filter.processInstanceIds().toArray(String[]::new));
        }
        if (filter.dueBefore() != null) {
            query.dueBefore(java.util.Date.from(filter.dueBefore()));
        }
        return query;
    }

    /** The tasks with their candidate users and groups (one identity-link look-up per task: a bounded batch). */
    private List<OfferedTask> offered(List<Task> open) {
        List<WorkItem> items = tasks.workItems(open);
        List<OfferedTask> offered = new ArrayList<>(items.size());
        for (WorkItem item : items) {
            List<String> users = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (org.camunda.bpm.engine.task.IdentityLink link : taskService.getIdentityLinksForTask(item.taskId())) {
                if (!org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
            offered.add(new OfferedTask(item, users, groups));
        }
        return offered;
    }

    @Override
    public Optional<WorkItem> task(String taskId, Actor actor) {
        return tasks.task(taskId, actor);
    }

    @Override
    public List<WorkItem> openTasksOfInstance(String processInstanceId, long caseId, String caseNumber) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(task -> ProcessTasks.item(task, caseId, caseNumber))
                .toList();
    }

    @Override
    public List<WorkItem> openTasks(long caseId) {
        return tasks.openTasks(caseId);
    }

    @Override
    public void complete(String taskId, Actor actor, Map<String, Object> variables) {
        tasks.complete(taskId, actor, variables);
    }

    @Override
    public void complete(WorkItem item, Actor actor, Map<String, Object> variables) {
        tasks.complete(item, actor, variables);
    }

    @Override
    public void claim(String taskId, Actor actor) {
        tasks.claim(taskId, actor);
    }

    @Override
    public void checkAvailable(String taskId, Actor actor) {
        tasks.checkAvailable(taskId, actor);
    }

    @Override
    public void release(String taskId, Actor actor) {
        tasks.release(taskId, actor);
    }

    @Override
    public void rescheduleVisit(long caseId) {
        ProcessInstance instance = instanceOf(caseId);
        boolean visitWaiting = instance != null
                && runtime.createEventSubscriptionQuery()
                                .processInstanceId(instance.getId())
                                .eventType("message")
                                .eventName(Messages.VISIT_RESCHEDULED)
                                .count()
                        > 0;
        if (!visitWaiting) {
            throw new VisitNotReschedulableException(caseId);
        }
        runtime.createMessageCorrelation(Messages.VISIT_RESCHEDULED)
                .processInstanceId(instance.getId())
                .correlate();
    }

    @Override
    public void requestWithdrawal(long caseId) {
        ProcessInstance instance = instanceOf(caseId);
        if (instance == null) {
            throw new TaskNotAvailableException("withdrawal of case " + caseId);
        }
        runtime.createMessageCorrelation(Messages.WITHDRAWAL_REQUESTED)
                .processInstanceId(instance.getId())
                .correlate();
    }

    private ProcessInstance instanceOf(long caseId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .variableValueEquals(Variables.CASE_ID, caseId)
                .singleResult();
    }

    @Override
    public void requestExtension(long caseId) {
        ProcessInstance instance = instanceOf(caseId);
        if (instance == null) {
            throw new ExtensionNotAvailableException(caseId, Reason.NO_OPEN_CASE);
        }
        boolean awaitingAnswer = runtime.createEventSubscriptionQuery()
                        .processInstanceId(instance.getId())
                        .eventType("message")
                        .eventName(Messages.EXTENSION_REQUESTED)
                        .count()
                > 0;
        if (!awaitingAnswer) {
            throw new ExtensionNotAvailableException(caseId, Reason.NOT_AWAITING_ANSWER);
        }
        // reset when a new rectification notice starts; two concurrent requests collide on this variable's version
        if (Boolean.TRUE.equals(runtime.getVariable(instance.getId(), Variables.EXTENSION_REQUESTED))) {
            throw new ExtensionNotAvailableException(caseId, Reason.ALREADY_REQUESTED);
        }
        runtime.createMessageCorrelation(Messages.EXTENSION_REQUESTED)
                .processInstanceId(instance.getId())
                .setVariable(Variables.EXTENSION_REQUESTED, true)
                .correlate();
    }
}
