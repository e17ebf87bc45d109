package cn.energyinspect.workflow;

import java.util.Optional;

/**
 * The only way the application drives an approval process (the skeleton of {@code ApprovalSkeleton}; one facade bean per
 * programme: {@link CapacityReplacementWorkflow}, {@link WhiteListWorkflow}). It holds the application's stage and
 * clocks; the application says when a stage is done. Call it inside the application's transaction (the engine shares
 * the DataSource).
 */
public interface ApprovalWorkflow {

    /** Starts the application's process; idempotent: a running one is returned. Returns the process instance id. */
    String start(ApprovalStart start);

    /** The stage the application's process waits in ({@code ApprovalSkeleton.Stages}), empty when ended or never started. */
    Optional<String> currentStage(long applicationId);

    /**
     * Completes the current stage when it is {@link StageCompletion#stage()}, with its checked outcome.
     *
     * @throws StageNotCurrentException the process waits in another stage (or has ended)
     * @throws TaskVariablesRejectedException the outcome or a value does not fit the stage
     */
    void complete(long applicationId, StageCompletion completion);

    /**
     * Suspends or withdraws an approval (or delists a listing) at whatever stage it is: the revocation sub-process ends
     * the process through the port.
     *
     * @param kind {@code SUSPEND} or {@code WITHDRAW}
     * @throws StageNotCurrentException when the process has ended
     */
    void revoke(long applicationId, String kind);
}
