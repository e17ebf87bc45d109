package cn.energyinspect.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only way the application drives the site-inspection process: controllers and services never touch Camunda's
 * services. Call it inside the application's transaction (the engine shares the DataSource).
 */
public interface InspectionWorkflow {

    /**
     * Starts the case's process (business key = case number) and returns the process instance id. Idempotent: a case
     * number that already has a running process returns that instance.
     */
    String startCase(CaseStart start);

    /**
     * Starts the process of a case whose row the caller inserted in its own transaction, which therefore cannot have a
     * process yet: {@link #startCase} without the look-up for a running one. A case that may have been started before
     * (a retry, a resume) goes through {@link #startCase}.
     */
    String startNewCase(CaseStart start);

    /** Open tasks the actor may work on: candidate user, one of its candidate groups, or assignee; oldest first. */
    List<WorkItem> tasks(Actor actor);

    /** One page of {@link #tasks(Actor)}: {@code max} tasks from position {@code first}, oldest first. */
    List<WorkItem> tasks(Actor actor, int first, int max);

    /** How many open tasks the actor may work on. */
    long countTasks(Actor actor);

    /** One page of the actor's tasks that match {@code filter}, oldest first. */
    List<WorkItem> tasks(Actor actor, TaskFilter filter, int first, int max);

    /** How many of the actor's tasks match {@code filter}: the count the filtered list shows. */
    long countTasks(Actor actor, TaskFilter filter);

    /** Open tasks created after {@code after}, oldest first, with whom they are offered to (at most {@code max}). */
    List<OfferedTask> tasksCreatedAfter(java.time.Instant after, int max);

    /** Open tasks due before {@code before}, the soonest first, with whom they are offered to (at most {@code max}). */
    List<OfferedTask> tasksDueBefore(java.time.Instant before, int max);

    /** The task, when it exists and is the actor's (see {@link #tasks}); empty otherwise (answer 404). */
    Optional<WorkItem> task(String taskId, Actor actor);

    /** Every open task of the case, whoever may work on it (for the case page). */
    List<WorkItem> openTasks(long caseId);

    /**
     * The open tasks of one process instance: the cheap form of {@link #openTasks(long)} when the case's instance is
     * known. The caller names the instance's case, so the tasks are read in one query (no variable or business-key
     * look-up).
     */
    List<WorkItem> openTasksOfInstance(String processInstanceId, long caseId, String caseNumber);

    /**
     * Completes the actor's task with its outputs (see {@code SiteInspectionProcess.Variables}); the actor becomes the
     * assignee, and the user-operation log names it.
     *
     * @throws TaskNotAvailableException the task does not exist and never was the actor's
     * @throws TaskHeldException another person claimed it, or it was completed already (naming who)
     * @throws TaskVariablesRejectedException an output is missing, unknown to the task, or malformed
     */
    void complete(String taskId, Actor actor, Map<String, Object> variables);

    /**
     * {@link #complete(String, Actor, Map)} of a task the caller read with {@link #task} in this transaction, so it is
     * not looked up again among the actor's tasks: when nobody holds it yet the actor becomes its assignee, in an
     * engine command that checks right there that no one else claimed it meanwhile, and then it is completed. The
     * same two engine operations as {@link #complete(String, Actor, Map)}, so the same history and user-operation log.
     *
     * @throws TaskHeldException another person claimed it meanwhile, or it was completed meanwhile (naming who)
     * @throws TaskVariablesRejectedException an output is missing, unknown to the task, or malformed
     */
    void complete(WorkItem task, Actor actor, Map<String, Object> variables);

    /**
     * The actor takes a group task (认领), so nobody else acts on it meanwhile; claiming one's own task again is harmless.
     *
     * @throws TaskNotAvailableException the task is not the actor's to see
     * @throws TaskHeldException another person holds it, or it was completed
     */
    void claim(String taskId, Actor actor);

    /**
     * Whether the actor may act on the task now.
     *
     * @throws TaskNotAvailableException the task is not the actor's to see
     * @throws TaskHeldException another person holds it, or it was completed (naming who)
     */
    void checkAvailable(String taskId, Actor actor);

    /**
     * The actor gives a claimed task back to its group (释放).
     *
     * @throws TaskNotAvailableException the task is not the actor's to see
     * @throws TaskHeldException another person holds it, or it was completed
     */
    void release(String taskId, Actor actor);

    /**
     * The visit of the case moves to a new date: the notice (if one is needed) is served again, the on-site step waits
     * for the new date. The app records the new date and the reason first.
     *
     * @throws VisitNotReschedulableException no visit is waiting (the record is signed or the case is closed)
     */
    void rescheduleVisit(long caseId);

    /** A withdrawal (撤销立案) is requested: the case's supervisors get {@code Task_ApproveWithdrawal}. */
    void requestWithdrawal(long caseId);

    /**
     * The enterprise asks for an extension of the rectification deadline (延期), once per notice; the supervisors get
     * {@code Task_DecideExtension}. A granted extension restarts the period with the new deadline.
     *
     * @throws ExtensionNotAvailableException no open case, no rectification answer awaited, or already asked
     */
    void requestExtension(long caseId);
}
