package cn.energyinspect.app.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rows around a penalty case, one record per table. */
public final class PenaltyParts {
    private PenaltyParts() {}

    /** A finding carried over from the referring case. */
    public record Finding(
            long penaltyId, int findingNo, Long sourceFindingId, String kind, String description, String legalBasis) {}

    /** Evidence or material of the case; {@code purpose} EVIDENCE, PAYMENT_PROOF or REPAIR. */
    public record File(
            Long id,
            long penaltyId,
            String purpose,
            String originalName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String storageKey,
            Long sourceEvidenceId,
            String uploadedBy,
            Instant uploadedAt,
            boolean used) {}

    /** 陈述申辩, or its waiver. */
    public record Statement(
            Long id, long penaltyId, String text, boolean waived, String submittedBy, Instant submittedAt) {}

    /** The hearing: requested, scheduled (听证通知书), held (笔录, report). */
    public record Hearing(
            long penaltyId,
            Instant requestedAt,
            String requestedBy,
            String requestReason,
            Instant scheduledAt,
            String place,
            String host,
            Boolean publicHearing,
            LocalDate noticeServedOn,
            Instant heldAt,
            String attendees,
            String recordText,
            String report) {}

    /**
     * The decision.
     *
     * @param kinds {@code ;}-separated codes of Art. 9
     * @param recordJson the CF record as composed and checked (exchange values)
     */
    public record Decision(
            long penaltyId,
            String decisionNumber,
            String kinds,
            Long fineYuan,
            Long confiscatedYuan,
            String licence,
            String content,
            String reasons,
            String legalBasis,
            String severityTier,
            String suggestedTier,
            String tierReason,
            boolean published,
            String regime,
            String regimeName,
            LocalDate repairFrom,
            LocalDate publicUntil,
            LocalDate validUntil,
            LocalDate decidedOn,
            String decidedBy,
            String recordJson,
            boolean amended) {

        public java.util.List<String> kindList() {
            return Codes.split(kinds);
        }
    }

    /** An issued document of the case. */
    public record Document(
            Long id,
            long penaltyId,
            String kind,
            String documentNumber,
            String storageKey,
            String sha256,
            long sizeBytes,
            LocalDate issuedOn,
            LocalDate servedOn,
            String issuedBy,
            Instant createdAt) {}

    /** A payment: proven by the enterprise, confirmed by the agency. */
    public record Payment(
            Long id,
            long penaltyId,
            BigDecimal amountYuan,
            BigDecimal surchargeYuan,
            LocalDate paidOn,
            String receiptNumber,
            Long proofFileId,
            String submittedBy,
            Instant submittedAt,
            boolean confirmed,
            String confirmedBy,
            Instant confirmedAt) {}

    /** The decision changed or revoked later. */
    public record Change(
            Long id,
            long penaltyId,
            String kind,
            String reason,
            String instrument,
            LocalDate changedOn,
            LocalDate withdrawalDueOn,
            String recordedBy,
            Instant recordedAt,
            boolean late,
            String beforeJson) {}

    /** An earlier decision of the agency on the same article, for the decision maker's discretion. */
    public record Precedent(
            long penaltyId,
            String decisionNumber,
            LocalDate decidedOn,
            String partyName,
            String kinds,
            Long fineYuan,
            String severityTier) {}
}
