package cn.energyinspect.workflow;

import java.util.Objects;

/**
 * Opens a penalty case's process.
 *
 * @param penaltyId the penalty case row
 * @param penaltyNumber its number, the business key
 * @param agencyId the deciding agency (candidate groups)
 * @param enterpriseUscc the party (the enterprise's portal group)
 * @param periods the procedure's periods, from the rules library
 */
public record PenaltyStart(
        long penaltyId, String penaltyNumber, long agencyId, String enterpriseUscc, Periods periods) {

    public PenaltyStart {
        Objects.requireNonNull(penaltyNumber, "penaltyNumber");
        Objects.requireNonNull(enterpriseUscc, "enterpriseUscc");
        Objects.requireNonNull(periods, "periods");
        if (penaltyNumber.isBlank() || enterpriseUscc.isBlank()) {
            throw new IllegalArgumentException("penaltyNumber and enterpriseUscc must not be blank");
        }
    }

    /**
     * The periods the process's clocks count.
     *
     * @param statementWorkingDays 陈述申辩 (UNCONFIRMED default 3)
     * @param hearingRequestWorkingDays hearing request (5)
     * @param decisionDays 立案 to decision, natural days (90)
     * @param decisionWarningDays 立案 to the reminder, natural days
     * @param serviceWorkingDays serving the decision (7)
     * @param paymentDays paying the fine, natural days (15)
     * @param demandWorkingDays 催告书 to the court application (10)
     */
    public record Periods(
            int statementWorkingDays,
            int hearingRequestWorkingDays,
            int decisionDays,
            int decisionWarningDays,
            int serviceWorkingDays,
            int paymentDays,
            int demandWorkingDays) {
        public Periods {
            int[] all = {
                statementWorkingDays,
                hearingRequestWorkingDays,
                decisionDays,
                decisionWarningDays,
                serviceWorkingDays,
                paymentDays,
                demandWorkingDays
            };
            for (int days : all) {
                if (days < 1 || days > 366) {
                    throw new IllegalArgumentException("a penalty period must be 1-366 days, was " + days);
                }
            }
            if (decisionWarningDays >= decisionDays) {
                throw new IllegalArgumentException("the reminder must come before the decision limit");
            }
        }
    }
}
