package cn.energyinspect.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Starts the credit publication of a served decision.
 *
 * @param decidedOn the decision date: the 7 working days count from it (and the publication period)
 * @param publicationRequired false for a 轻微 record the agency does not publish
 * @param publicUntil the last day published (CF_GSJZQ)
 * @param publicationDays working days to publish (7)
 * @param escalationDays working day of the reminder (5)
 * @param repairDecisionDays working days to decide a repair request
 */
public record PublicationStart(
        long penaltyId,
        String penaltyNumber,
        long agencyId,
        LocalDate decidedOn,
        boolean publicationRequired,
        LocalDate publicUntil,
        int publicationDays,
        int escalationDays,
        int repairDecisionDays) {

    public PublicationStart {
        Objects.requireNonNull(penaltyNumber, "penaltyNumber");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(publicUntil, "publicUntil");
        if (publicUntil.isBefore(decidedOn)) {
            throw new IllegalArgumentException("publicUntil before the decision");
        }
        if (escalationDays < 1 || escalationDays >= publicationDays || repairDecisionDays < 1) {
            throw new IllegalArgumentException("publication periods out of range");
        }
    }
}
