package cn.energyinspect.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
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
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The user tasks of a set of process definitions, as an actor sees and works on them: offered to its candidate groups
 * or to it, claimed, released, completed with checked outputs; a task held by another person names who holds it. One
 * set of rules for every facade with user tasks (the cases' {@link CamundaInspectionWorkflow}, the penalties'), for
 * the processes whose instances carry the id variable {@code idVariable}.
 */
final class ProcessTasks {
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final IdentityService identity;
    private final HistoryService history;
    private final String[] processKeys;
    private final String idVariable;
    private final String numberVariable;
    private final BiFunction<String, Map<String, Object>, Map<String, Object>> outputs;

    /**
     * @param numberVariable the variable that carries the record's number, read with the ids in one query; null when
     *     the number is the instance's business key only (read in a second query)
     */
    ProcessTasks(
            RuntimeService runtime,
            TaskService taskService,
            IdentityService identity,
            HistoryService history,
            Set<String> processKeys,
            String idVariable,
            String numberVariable,
            BiFunction<String, Map<String, Object>, Map<String, Object>> outputs) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.identity = identity;
        this.history = history;
        this.processKeys = processKeys.toArray(String[]::new);
        this.idVariable = idVariable;
        this.numberVariable = numberVariable;
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
        complete(taskId, task.getTaskDefinitionKey(), task.getAssignee(), actor, variables);
    }

    /**
     * {@link #complete(String, Actor, Map)} of a task the caller read with {@link #task} in this transaction, so it is
     * not looked up again among the actor's tasks.
     */
    void complete(WorkItem task, Actor actor, Map<String, Object> variables) {
        complete(task.taskId(), task.taskKey(), task.assignee(), actor, variables);
    }

    /**
     * When nobody holds the task yet the actor becomes its assignee, in an engine command that checks right there that
     * no one else claimed it meanwhile; then it is completed with its checked outputs. Two engine operations, so the
     * history and the user-operation log are those of {@code setAssignee} and {@code complete}.
     */
    private void complete(String taskId, String taskKey, String assignee, Actor actor, Map<String, Object> variables) {
        Map<String, Object> checked = outputs.apply(taskKey, variables);
        identity.setAuthenticatedUserId(actor.username());
        try {
            if (!actor.username().equals(assignee)) {
                Held held = ((ServiceImpl) taskService)
                        .getCommandExecutor()
                        .execute(new AssignUnlessHeld(taskId, actor.username()));
                if (held == Held.COMPLETED) {
                    throw held(taskId);
                }
                if (held != null) {
                    throw new TaskHeldException(taskId, held.by(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER);
                }
            }
            taskService.complete(taskId, checked);
        } catch (NullValueException completedMeanwhile) {
            throw held(taskId);
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
     * and user-operation log entry, in a command of its own) unless, read in the same command, the task is gone or
     * someone else holds it: then nothing changes and it says so. A claim by another committed meanwhile is seen.
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

    /** The actor's open tasks of these processes: assignee, candidate user or one of its candidate groups. */
    TaskQuery actorsTasks(Actor actor) {
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

    /**
     * The tasks as work items in one more engine query: the id variable (and the number variable, if any) of their
     * instances; only the instances without a number variable cost a second query, for their business keys.
     */
    List<WorkItem> workItems(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        String[] instanceIds =
                tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> numbers = new HashMap<>();
        String[] names = numberVariable == null ? new String[] {idVariable} : new String[] {idVariable, numberVariable};
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds)
                .variableNameIn(names)
                .disableCustomObjectDeserialization()
                .list()) {
            if (idVariable.equals(variable.getName()) && variable.getValue() instanceof Number id) {
                ids.putIfAbsent(variable.getProcessInstanceId(), id.longValue());
            } else if (variable.getName().equals(numberVariable) && variable.getValue() instanceof String number) {
                numbers.putIfAbsent(variable.getProcessInstanceId(), number);
            }
        }
        Set<String> withoutNumber = Arrays.stream(instanceIds)
                .filter(id -> !numbers.containsKey(id))
                .collect(Collectors.toSet());
        if (!withoutNumber.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(withoutNumber).list().stream()
                    .filter(instance -> instance.getBusinessKey() != null)
                    .forEach(instance -> numbers.put(instance.getId(), instance.getBusinessKey()));
        }
        return tasks.stream()
                .map(task -> item(
                        task,
                        ids.getOrDefault(task.getProcessInstanceId(), 0L),
                        numbers.get(task.getProcessInstanceId())))
                .toList();
    }

    /** The task as a work item of the record {@code id} numbered {@code number}. */
    static WorkItem item(Task task, long id, String number) {
        return new WorkItem(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                id,
                number,
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee());
    }
}
