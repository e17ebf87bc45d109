package cn.energyinspect.workflow;

/**
 * What the credit publication ({@code credit-publication.bpmn}) tells the application; implemented by inspection-app.
 * Runs in the engine's transaction; idempotent. Every change that the provincial platform must learn (a stop, a
 * correction, a withdrawal) goes into the application's platform outbox in the same transaction.
 */
public interface CreditPublicationPort {

    /** A 轻微 record the agency chose not to publish: record that it stays off the public page. */
    void recordNotPublished(long penaltyId);

    /** Working day 5 of 7 and the record is not yet published: tell the supervisors. */
    void publicationEscalated(long penaltyId);

    /** The 7 working days passed unpublished: the publication is late (it goes on). */
    void publicationLate(long penaltyId);

    /** The publication period ended: off the public page, the stop pushed. */
    void publicationEnded(long penaltyId);

    /** An accepted repair ends the publication early: off the public page, the stop pushed. */
    void recordRepaired(long penaltyId);

    /** A repair request was not decided within its working days. */
    void repairDecisionLate(long penaltyId);

    /** The decision was amended: the record is corrected and pushed again. */
    void recordCorrected(long penaltyId);

    /** The decision was revoked: the record is withdrawn with the reason, and the withdrawal pushed. */
    void recordWithdrawn(long penaltyId);
}
