package cn.energyinspect.workflow;

import java.util.Optional;

/**
 * The only way the application drives the campaign process (one instance per plan, business key {@code plan-<id>}): it
 * holds the plan's phase and the phase deadlines, the application says when a phase is done. Call it inside the
 * application's transaction (the engine shares the DataSource).
 */
public interface CampaignWorkflow {

    /**
     * Starts the plan's campaign process (business key plan-&lt;id&gt;); idempotent: a running one is returned. Returns
     * the process instance id. Due dates become timers at the end of the due day (23:59:59, China time).
     */
    String startCampaign(CampaignStart start);

    /**
     * The phase the plan's process waits in (one of {@code CampaignProcess.Phases}), empty when it ended or never
     * started.
     */
    Optional<String> currentPhase(long planId);

    /**
     * Ends the current phase when it is {@code phase}.
     *
     * @throws PhaseNotCurrentException when the process waits in another phase (or has ended); its {@link
     *     PhaseNotCurrentException#getCurrentPhase()} tells which (null when ended)
     * @throws IllegalArgumentException {@code phase} is not one of {@code CampaignProcess.Phases}
     */
    void completePhase(long planId, String phase);
}
