package cn.energyinspect.workflow;

/**
 * What the campaign process tells the application; implemented by inspection-app. Each call runs inside the engine's
 * transaction (same DataSource): throw on a technical failure and the engine rolls back, retries the job and finally
 * raises an incident. Implementations must be idempotent, since a retried job calls again.
 */
public interface CampaignPort {

    /**
     * The end of {@code phase}'s due day passed and the phase is not done; the phase stays open (the process goes on
     * when the application completes it).
     *
     * @param phase one of {@code CampaignProcess.Phases} except {@code PUBLICATION} (which has no deadline)
     */
    void phaseOverdue(long planId, String phase);

    /** The plan's results were published and its process ended. */
    void finished(long planId);
}
