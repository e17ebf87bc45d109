package cn.energyinspect.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The only way the application drives a penalty case: its procedure ({@code penalty.bpmn}) and the credit publication
 * of its decision ({@code credit-publication.bpmn}), whose tasks belong to the same case and are listed together. Call
 * it inside the application's transaction (the engine shares the DataSource). {@link WorkItem#caseId()} is the penalty
 * case's id, {@link WorkItem#caseNumber()} its number.
 */
public interface PenaltyWorkflow {

    /** Starts the procedure of a case referred by an inspection case (message start); idempotent per penalty id. */
    String startReferred(PenaltyStart start);

    /** Starts the procedure of a case registered by hand (none start); idempotent per penalty id. */
    String startByHand(PenaltyStart start);

    /** Starts the credit publication of the served decision; idempotent per penalty id. */
    String startPublication(PublicationStart start);

    /** Open tasks of both models the actor may work on, oldest first, {@code max} from position {@code first}. */
    List<WorkItem> tasks(Actor actor, int first, int max);

    long countTasks(Actor actor);

    /** The task when it is the actor's; empty otherwise (answer 404). */
    Optional<WorkItem> task(String taskId, Actor actor);

    /** Every open task of the penalty case, whoever may work on it. */
    List<WorkItem> openTasks(long penaltyId);

    /**
     * Completes the actor's task with its outputs (see {@code PenaltyProcess.Variables}).
     *
     * @throws TaskNotAvailableException the task is not the actor's
     * @throws TaskHeldException another person holds it, or it was completed (naming who)
     * @throws TaskVariablesRejectedException an output is missing, unknown or malformed
     */
    void complete(String taskId, Actor actor, Map<String, Object> variables);

    /**
     * {@link #complete(String, Actor, Map)} of a task the caller read with {@link #task} in this transaction, so it is
     * not looked up again among the actor's tasks (the engine command that assigns it still sees a claim made
     * meanwhile).
     */
    void complete(WorkItem task, Actor actor, Map<String, Object> variables);

    void claim(String taskId, Actor actor);

    void release(String taskId, Actor actor);

    void checkAvailable(String taskId, Actor actor);

    /** The messages the case's running processes wait for now (names of {@code PenaltyProcess.Messages} …). */
    Set<String> awaitedMessages(long penaltyId);

    /**
     * The party asks for a hearing.
     *
     * @throws StepNotAvailableException no hearing is offered, or its 5 working days are over
     */
    void requestHearing(long penaltyId);

    /**
     * The fine is paid (in time, late, or during enforcement).
     *
     * @throws StepNotAvailableException the case does not wait for a payment
     */
    void confirmPayment(long penaltyId);

    /**
     * 撤销立案 before the decision.
     *
     * @throws StepNotAvailableException no decision is pending
     */
    void withdrawRegistration(long penaltyId);

    /**
     * The decision was revoked: the procedure (if still running) ends and the publication (if running) withdraws the
     * record.
     *
     * @return whether a publication was running (and withdrew the record)
     * @throws StepNotAvailableException neither process runs
     */
    boolean revokeDecision(long penaltyId);

    /**
     * The decision was amended: a published record is corrected and pushed again with its new last day; an unpublished
     * one will be published as amended.
     *
     * @return whether the publication corrected a published record
     */
    boolean amendDecision(long penaltyId, LocalDate publicUntil);

    /**
     * The party applies for credit repair (信用修复).
     *
     * @throws StepNotAvailableException the record is not published, or a request is already being reviewed
     */
    void requestRepair(long penaltyId, Instant requestedAt);
}
