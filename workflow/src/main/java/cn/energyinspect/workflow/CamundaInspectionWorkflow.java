package cn.energyinspect.workflow;

import static cn.energyinspect.bpmn.SiteInspectionProcess.PROCESS_ID;

import cn.energyinspect.bpmn.SiteInspectionProcess.Defaults;
import cn.energyinspect.bpmn.SiteInspectionProcess.Messages;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import cn.energyinspect.workflow.ExtensionNotAvailableException.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;

/** {@link InspectionWorkflow} on the engine's services. */
final class CamundaInspectionWorkflow implements InspectionWorkflow {
    /** The processes a case's tasks come from: the case itself, and the desk review a screened case starts with. */
    private static final String[] CASE_PROCESSES = {PROCESS_ID, cn.energyinspect.bpmn.DeskReviewProcess.PROCESS_ID};

    private final RuntimeService runtime;
    private final TaskService taskService;
    private final IdentityService identity;
    private final HistoryService history;

    CamundaInspectionWorkflow(
            RuntimeService runtime, TaskService taskService, IdentityService identity, HistoryService history) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.identity = identity;
        this.history = history;
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
        return listItems(actorsTasks(actor).orderByTaskCreateTime().asc().list());
    }

    @Override
    public List<WorkItem> tasks(Actor actor, int first, int max) {
        return listItems(actorsTasks(actor).orderByTaskCreateTime().asc().listPage(first, max));
    }

    @Override
    public long countTasks(Actor actor) {
        return actorsTasks(actor).count();
    }

    @Override
    public List<WorkItem> tasks(Actor actor, TaskFilter filter, int first, int max) {
        if (filter.matchesNothing()) {
            return List.of();
        }
        return listItems(filtered(actorsTasks(actor), filter)
                .orderByTaskCreateTime()
                .asc()
                .listPage(first, max));
    }

    @Override
    public long countTasks(Actor actor, TaskFilter filter) {
        return filter.matchesNothing()
                ? 0
                : filtered(actorsTasks(actor), filter).count();
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
    private List<OfferedTask> offered(List<Task> tasks) {
        List<WorkItem> items = workItems(tasks);
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
        Task task = actorsTasks(actor).taskId(taskId).singleResult();
        return task == null
                ? Optional.empty()
                : Optional.of(workItems(List.of(task)).getFirst());
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
                .map(task -> new WorkItem(
                        task.getId(),
                        task.getTaskDefinitionKey(),
                        task.getName(),
                        caseId,
                        caseNumber,
                        task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                        task.getAssignee()))
                .toList();
    }

    @Override
    public List<WorkItem> openTasks(long caseId) {
        return workItems(taskService
                .createTaskQuery()
                .processDefinitionKeyIn(CASE_PROCESSES)
                .processVariableValueEquals(Variables.CASE_ID, caseId)
                .orderByTaskCreateTime()
                .asc()
                .list());
    }

    @Override
    public void complete(String taskId, Actor actor, Map<String, Object> variables) {
        Task task = available(taskId, actor);
        Map<String, Object> outputs = TaskOutputs.check(task.getTaskDefinitionKey(), variables);
        identity.setAuthenticatedUserId(actor.username());
        try {
            if (task.getAssignee() == null) {
                taskService.setAssignee(taskId, actor.username());
            }
            taskService.complete(taskId, outputs);
        } catch (NullValueException completedMeanwhile) {
            throw held(taskId);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public void complete(WorkItem item, Actor actor, Map<String, Object> variables) {
        Map<String, Object> outputs = TaskOutputs.check(item.taskKey(), variables);
        if (!(taskService instanceof ServiceImpl engine)) {
            complete(item.taskId(), actor, variables);
            return;
        }
        identity.setAuthenticatedUserId(actor.username());
        try {
            if (!actor.username().equals(item.assignee())) {
                Held held = engine.getCommandExecutor().execute(new AssignUnlessHeld(item.taskId(), actor.username()));
                if (held == Held.COMPLETED) {
                    throw held(item.taskId());
                }
                if (held != null) {
                    throw new TaskHeldException(item.taskId(), held.by(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
                }
            }
            taskService.complete(item.taskId(), outputs);
        } catch (NullValueException completedMeanwhile) {
            throw held(item.taskId());
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Why {@link AssignUnlessHeld} changed nothing: completed meanwhile, or claimed {@code by} another person. */
    private record Held(String by) {
        static final Held COMPLETED = new Held(null);
    }

    /**
     * {@code TaskService.setAssignee(taskId, username)} (the engine's own {@link AssignTaskCmd}, so the same history
     * and user-operation log entry, in a command of its own as before) unless, read in the same command, the task is
     * gone or someone else holds it: then nothing changes and it says so. The task is read once for the check and the
     * assignment (the command's entity cache), and a claim by another person committed meanwhile is seen.
     */
    private record AssignUnlessHeld(String taskId, String username) implements Command<Held> {
        @Override
        public Held execute(CommandContext context) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return Held.COMPLETED;
            }
            String holder = task.getAssignee();
            if (holder != null && !holder.equals(username)) {
                return new Held(holder);
            }
            if (holder == null) {
                new AssignTaskCmd(taskId, username).execute(context);
            }
            return null;
        }
    }

    @Override
    public void claim(String taskId, Actor actor) {
        Task task = available(taskId, actor);
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        identity.setAuthenticatedUserId(actor.username());
        try {
            taskService.claim(taskId, actor.username());
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException claimedMeanwhile) {
            throw new TaskHeldException(
                    taskId, claimedMeanwhile.getTaskAssignee(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
        } catch (NullValueException completedMeanwhile) {
            throw held(taskId);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public void checkAvailable(String taskId, Actor actor) {
        available(taskId, actor);
    }

    @Override
    public void release(String taskId, Actor actor) {
        available(taskId, actor);
        identity.setAuthenticatedUserId(actor.username());
        try {
            taskService.setAssignee(taskId, null);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * The task if the actor may act on it now: one of its tasks and not held by another person. A task completed
     * meanwhile, or claimed by another, says who holds it; one the actor could never see is simply not there.
     */
    private Task available(String taskId, Actor actor) {
        Task task = actorsTasks(actor).taskId(taskId).singleResult();
        if (task == null) {
            Task open = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (open != null && open.getAssignee() != null && wasOffered(open, actor)) {
                throw new TaskHeldException(taskId, open.getAssignee(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
            }
            if (open == null && wasOffered(taskId, actor)) {
                throw held(taskId);
            }
            throw new TaskNotAvailableException(taskId);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new TaskHeldException(taskId, task.getAssignee(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
        }
        return task;
    }

    /** Whether the actor is among the open task's candidates (so it may learn that someone else holds it). */
    private boolean wasOffered(Task open, Actor actor) {
        return taskService.getIdentityLinksForTask(open.getId()).stream()
                .anyMatch(link -> actor.username().equals(link.getUserId())
                        || (link.getGroupId() != null && actor.groups().contains(link.getGroupId())));
    }

    /** Whether the finished task had been offered to the actor (history keeps the candidate links). */
    private boolean wasOffered(String taskId, Actor actor) {
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .anyMatch(link -> actor.username().equals(link.getUserId())
                        || (link.getGroupId() != null && actor.groups().contains(link.getGroupId())));
    }

    private TaskHeldException held(String taskId) {
        HistoricTaskInstance done =
                history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return new TaskHeldException(
                taskId, done == null ? null : done.getAssignee(), TaskHeldException.Reason.COMPLETED);
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

    private TaskQuery actorsTasks(Actor actor) {
        TaskQuery query = taskService
                .createTaskQuery()
                .processDefinitionKeyIn(CASE_PROCESSES)
                .or()
                .taskAssignee(actor.username())
                .taskCandidateUser(actor.username());
        if (!actor.groups().isEmpty()) {
            query.taskCandidateGroupIn(new ArrayList<>(actor.groups()));
        }
        return query.endOr();
    }

    /**
     * A task list's items in one more engine query: the page's {@code caseId} and {@code caseNumber} variables, both
     * set at every case process's start (the case number is also its business key). Only an instance without the
     * {@code caseNumber} variable costs a second query, for its business key.
     */
    private List<WorkItem> listItems(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        String[] instanceIds =
                tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Long> caseIds = new java.util.HashMap<>();
        Map<String, String> caseNumbers = new java.util.HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds)
                .variableNameIn(Variables.CASE_ID, Variables.CASE_NUMBER)
                .disableCustomObjectDeserialization()
                .list()) {
            if (Variables.CASE_ID.equals(variable.getName()) && variable.getValue() instanceof Number id) {
                caseIds.putIfAbsent(variable.getProcessInstanceId(), id.longValue());
            } else if (Variables.CASE_NUMBER.equals(variable.getName()) && variable.getValue() instanceof String n) {
                caseNumbers.putIfAbsent(variable.getProcessInstanceId(), n);
            }
        }
        Set<String> withoutNumber = java.util.Arrays.stream(instanceIds)
                .filter(id -> !caseNumbers.containsKey(id))
                .collect(Collectors.toSet());
        if (!withoutNumber.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(withoutNumber).list().stream()
                    .filter(instance -> instance.getBusinessKey() != null)
                    .forEach(instance -> caseNumbers.put(instance.getId(), instance.getBusinessKey()));
        }
        return tasks.stream()
                .map(task -> new WorkItem(
                        task.getId(),
                        task.getTaskDefinitionKey(),
                        task.getName(),
                        caseIds.getOrDefault(task.getProcessInstanceId(), 0L),
                        caseNumbers.get(task.getProcessInstanceId()),
                        task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                        task.getAssignee()))
                .toList();
    }

    /** Two queries for the whole list: case ids (variables) and case numbers (business keys). */
    private List<WorkItem> workItems(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> caseIds = runtime
                .createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName(Variables.CASE_ID)
                .list()
                .stream()
                .collect(Collectors.toMap(
                        VariableInstance::getProcessInstanceId, v -> ((Number) v.getValue()).longValue(), (a, b) -> a));
        Map<String, String> caseNumbers =
                runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(instanceIds)).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Function<Task, WorkItem> toItem = task -> new WorkItem(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                caseIds.getOrDefault(task.getProcessInstanceId(), 0L),
                caseNumbers.get(task.getProcessInstanceId()),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee());
        return tasks.stream().map(toItem).toList();
    }
}
