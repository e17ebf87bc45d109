package cn.energyinspect.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The user tasks of a set of process definitions, as an actor sees and works on them: offered to its candidate groups
 * or to it, claimed, released, completed with checked outputs; a task held by another person names who holds it. The
 * same rules as the case facade ({@link CamundaInspectionWorkflow}), for the processes whose instances carry the id
 * variable {@code idVariable}.
 */
final class ProcessTasks {
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final IdentityService identity;
    private final HistoryService history;
    private final String[] processKeys;
    private final String idVariable;
    private final BiFunction<String, Map<String, Object>, Map<String, Object>> outputs;

    ProcessTasks(
            RuntimeService runtime,
            TaskService taskService,
            IdentityService identity,
            HistoryService history,
            Set<String> processKeys,
            String idVariable,
            BiFunction<String, Map<String, Object>, Map<String, Object>> outputs) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.identity = identity;
        this.history = history;
        this.processKeys = processKeys.toArray(String[]::new);
        this.idVariable = idVariable;
        this.outputs = outputs;
    }

    List<WorkItem> tasks(Actor actor, int first, int max) {
        return workItems(actorsTasks(actor).orderByTaskCreateTime().asc().listPage(first, max));
    }

    long count(Actor actor) {
        return actorsTasks(actor).count();
    }

    Optional<WorkItem> task(String taskId, Actor actor) {
        Task task = actorsTasks(actor).taskId(taskId).singleResult();
        return task == null
                ? Optional.empty()
                : Optional.of(workItems(List.of(task)).getFirst());
    }

    List<WorkItem> openTasks(long id) {
        return workItems(taskService
                .createTaskQuery()
                .processDefinitionKeyIn(processKeys)
                .processVariableValueEquals(idVariable, id)
                .orderByTaskCreateTime()
                .asc()
                .list());
    }

    void complete(String taskId, Actor actor, Map<String, Object> variables) {
        Task task = available(taskId, actor);
        Map<String, Object> checked = outputs.apply(task.getTaskDefinitionKey(), variables);
        identity.setAuthenticatedUserId(actor.username());
        try {
            if (task.getAssignee() == null) {
                taskService.setAssignee(taskId, actor.username());
            }
            taskService.complete(taskId, checked);
        } catch (NullValueException completedMeanwhile) {
            throw held(taskId);
        } finally {
            identity.clearAuthentication();
        }
    }

    void claim(String taskId, Actor actor) {
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

    void release(String taskId, Actor actor) {
        available(taskId, actor);
        identity.setAuthenticatedUserId(actor.username());
        try {
            taskService.setAssignee(taskId, null);
        } finally {
            identity.clearAuthentication();
        }
    }

    void checkAvailable(String taskId, Actor actor) {
        available(taskId, actor);
    }

    private Task available(String taskId, Actor actor) {
        Task task = actorsTasks(actor).taskId(taskId).singleResult();
        if (task == null) {
            Task open = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (open != null && open.getAssignee() != null && wasOffered(open.getId(), actor, true)) {
                throw new TaskHeldException(taskId, open.getAssignee(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
            }
            if (open == null && wasOffered(taskId, actor, false)) {
                throw held(taskId);
            }
            throw new TaskNotAvailableException(taskId);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new TaskHeldException(taskId, task.getAssignee(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
        }
        return task;
    }

    private boolean wasOffered(String taskId, Actor actor, boolean open) {
        if (open) {
            return taskService.getIdentityLinksForTask(taskId).stream()
                    .anyMatch(link -> actor.username().equals(link.getUserId())
                            || (link.getGroupId() != null && actor.groups().contains(link.getGroupId())));
        }
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

    private TaskQuery actorsTasks(Actor actor) {
        TaskQuery query = taskService
                .createTaskQuery()
                .processDefinitionKeyIn(processKeys)
                .or()
                .taskAssignee(actor.username())
                .taskCandidateUser(actor.username());
        if (!actor.groups().isEmpty()) {
            query.taskCandidateGroupIn(new ArrayList<>(actor.groups()));
        }
        return query.endOr();
    }

    /** Two queries for the whole list: the ids (variables) and the numbers (business keys). */
    private List<WorkItem> workItems(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> ids = runtime
                .createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName(idVariable)
                .list()
                .stream()
                .collect(Collectors.toMap(
                        VariableInstance::getProcessInstanceId, v -> ((Number) v.getValue()).longValue(), (a, b) -> a));
        Map<String, String> numbers =
                runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(instanceIds)).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Function<Task, WorkItem> toItem = task -> new WorkItem(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                ids.getOrDefault(task.getProcessInstanceId(), 0L),
                numbers.get(task.getProcessInstanceId()),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee());
        return tasks.stream().map(toItem).toList();
    }
}
