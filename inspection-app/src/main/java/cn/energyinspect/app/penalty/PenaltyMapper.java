package cn.energyinspect.app.penalty;

import cn.energyinspect.app.audit.AuditEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The tables of a penalty case ({@code penalty_*}); the credit side is {@code CreditMapper}'s. */
@Mapper
public interface PenaltyMapper {
    void insert(PenaltyInsert penalty);

    Optional<PenaltyRow> find(@Param("id") long id);

    Optional<PenaltyRow> findForUpdate(@Param("id") long id);

    Optional<PenaltyRow> findBySourceCase(@Param("caseId") long caseId);

    List<PenaltyRow> findByIds(@Param("ids") Collection<Long> ids);

    List<PenaltyRow> list(PenaltyQuery query);

    long count(PenaltyQuery query);

    int moveStatus(@Param("id") long id, @Param("from") PenaltyStatus from, @Param("to") PenaltyStatus to);

    int close(
            @Param("id") long id,
            @Param("from") PenaltyStatus from,
            @Param("to") PenaltyStatus to,
            @Param("outcome") String outcome,
            @Param("closedAt") Instant closedAt);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void register(
            @Param("id") long id,
            @Param("registeredOn") LocalDate registeredOn,
            @Param("decisionLimitOn") LocalDate decisionLimitOn,
            @Param("articleCode") String articleCode,
            @Param("partyName") String partyName,
            @Param("partyCategory") String partyCategory,
            @Param("legalRepresentative") String legalRepresentative,
            @Param("idType") String idType,
            @Param("idNumber") String idNumber,
            @Param("partyAddress") String partyAddress);

    void setClosingReason(@Param("id") long id, @Param("reason") String reason, @Param("transferBody") String body);

    void setInvestigation(
            @Param("id") long id,
            @Param("violationType") String violationType,
            @Param("facts") String facts,
            @Param("evidenceSummary") String evidenceSummary);

    void setReview(
            @Param("id") long id,
            @Param("outcome") String outcome,
            @Param("opinion") String opinion,
            @Param("discussion") boolean discussion,
            @Param("intendedKinds") String intendedKinds,
            @Param("intendedFineYuan") Long intendedFineYuan,
            @Param("intendedContent") String intendedContent);

    void setNotice(
            @Param("id") long id,
            @Param("servedOn") LocalDate servedOn,
            @Param("statementDeadline") LocalDate statementDeadline,
            @Param("hearingOffered") boolean hearingOffered,
            @Param("hearingDeadline") LocalDate hearingDeadline);

    void setServed(
            @Param("id") long id,
            @Param("servedOn") LocalDate servedOn,
            @Param("paymentDueOn") LocalDate paymentDueOn,
            @Param("challengePeriodEnds") LocalDate challengePeriodEnds);

    /** Raises one of the flags {@code decision_escalated}, {@code decision_late}, {@code service_late}, {@code payment_overdue}. */
    int raiseFlag(@Param("id") long id, @Param("flag") String flag);

    void insertFinding(PenaltyParts.Finding finding);

    List<PenaltyParts.Finding> findings(@Param("penaltyId") long penaltyId);

    void insertFile(PenaltyParts.File file);

    List<PenaltyParts.File> files(@Param("penaltyId") long penaltyId);

    Optional<PenaltyParts.File> file(@Param("penaltyId") long penaltyId, @Param("id") long id);

    Optional<PenaltyParts.File> latestFile(@Param("penaltyId") long penaltyId, @Param("uploadedBy") String uploadedBy);

    int useFile(@Param("penaltyId") long penaltyId, @Param("id") long id, @Param("purpose") String purpose);

    void insertStatement(PenaltyParts.Statement statement);

    List<PenaltyParts.Statement> statements(@Param("penaltyId") long penaltyId);

    void insertHearing(
            @Param("penaltyId") long penaltyId,
            @Param("requestedAt") Instant requestedAt,
            @Param("requestedBy") String requestedBy,
            @Param("reason") String reason);

    void scheduleHearing(
            @Param("penaltyId") long penaltyId,
            @Param("scheduledAt") Instant scheduledAt,
            @Param("place") String place,
            @Param("host") String host,
            @Param("publicHearing") boolean publicHearing,
            @Param("noticeServedOn") LocalDate noticeServedOn);

    void holdHearing(
            @Param("penaltyId") long penaltyId,
            @Param("heldAt") Instant heldAt,
            @Param("attendees") String attendees,
            @Param("recordText") String recordText,
            @Param("report") String report);

    Optional<PenaltyParts.Hearing> hearing(@Param("penaltyId") long penaltyId);

    void insertDecision(PenaltyParts.Decision decision);

    Optional<PenaltyParts.Decision> decision(@Param("penaltyId") long penaltyId);

    void amendDecision(PenaltyParts.Decision decision);

    void insertDocument(PenaltyParts.Document document);

    List<PenaltyParts.Document> documents(@Param("penaltyId") long penaltyId);

    Optional<PenaltyParts.Document> document(@Param("penaltyId") long penaltyId, @Param("id") long id);

    int serveDocuments(
            @Param("penaltyId") long penaltyId,
            @Param("kinds") Collection<String> kinds,
            @Param("servedOn") LocalDate servedOn);

    void insertPayment(PenaltyParts.Payment payment);

    List<PenaltyParts.Payment> payments(@Param("penaltyId") long penaltyId);

    int confirmPayment(
            @Param("penaltyId") long penaltyId,
            @Param("id") long id,
            @Param("surchargeYuan") BigDecimal surchargeYuan,
            @Param("by") String by,
            @Param("at") Instant at);

    void insertChange(PenaltyParts.Change change);

    List<PenaltyParts.Change> changes(@Param("penaltyId") long penaltyId);

    Optional<PenaltyAuthority> authority(@Param("agencyId") long agencyId);

    void saveAuthority(PenaltyAuthority authority);

    /** The audit trail of one penalty case (rows of entity {@code penalty*} naming it). */
    List<AuditEntry> audit(@Param("penaltyId") long penaltyId);

    /** Earlier decisions of the agency on the article, newest first, revoked ones left out. */
    List<PenaltyParts.Precedent> precedents(
            @Param("agencyId") long agencyId,
            @Param("articleCode") String articleCode,
            @Param("exceptId") long exceptId,
            @Param("limit") int limit);
}
