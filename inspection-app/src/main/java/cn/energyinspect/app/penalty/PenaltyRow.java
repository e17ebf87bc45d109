package cn.energyinspect.app.penalty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code penalty_case}.
 *
 * @param source {@code REFERRAL} (from an inspection case, {@code sourceCaseId}) or {@code MANUAL}
 * @param articleCode the penalty article the case rests on (code of the rules' law-articles.csv, e.g. {@code EL83})
 * @param proposedArticles the articles a referral proposed, {@code ;}-separated codes
 * @param partyCategory {@code ORGANISATION}, {@code SELF_EMPLOYED} or {@code PERSON} (CF_XDR_LB)
 * @param intendedKinds the penalty the 告知书 announces, {@code ;}-separated codes of Art. 9
 */
public record PenaltyRow(
        Long id,
        String caseNumber,
        long agencyId,
        String enterpriseUscc,
        String regionCode,
        String source,
        Long sourceCaseId,
        PenaltyStatus status,
        String articleCode,
        String proposedArticles,
        String partyName,
        String partyCategory,
        String legalRepresentative,
        String legalRepresentativeIdType,
        String legalRepresentativeIdNumber,
        String partyAddress,
        String violationType,
        String facts,
        String evidenceSummary,
        String processInstanceId,
        LocalDate registeredOn,
        LocalDate decisionLimitOn,
        String reviewOutcome,
        String reviewOpinion,
        boolean collectiveDiscussion,
        String intendedKinds,
        Long intendedFineYuan,
        String intendedContent,
        LocalDate noticeServedOn,
        LocalDate statementDeadline,
        boolean hearingOffered,
        LocalDate hearingDeadline,
        boolean decisionEscalated,
        boolean decisionLate,
        boolean serviceLate,
        LocalDate decisionServedOn,
        LocalDate paymentDueOn,
        LocalDate challengePeriodEnds,
        boolean paymentOverdue,
        String closingReason,
        String transferBody,
        String outcome,
        String openedBy,
        Instant openedAt,
        Instant closedAt,
        int version) {

    public static final String REFERRAL = "REFERRAL";
    public static final String MANUAL = "MANUAL";

    /** The intended kinds as a list of codes. */
    public java.util.List<String> intendedKindList() {
        return Codes.split(intendedKinds);
    }
}
