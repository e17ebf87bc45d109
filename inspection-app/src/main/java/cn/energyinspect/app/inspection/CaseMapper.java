package cn.energyinspect.app.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CaseMapper {
    /** Ensures the sequence row of an agency and year exists. */
    void ensureSequence(@Param("agencyId") long agencyId, @Param("year") int year);

    /** Locks the sequence row until the transaction ends and returns the next number (gap-free); null without a row. */
    Integer nextSequence(@Param("agencyId") long agencyId, @Param("year") int year);

    void advanceSequence(@Param("agencyId") long agencyId, @Param("year") int year, @Param("value") int value);

    void insert(NewCase row);

    Optional<CaseRow> find(@Param("id") long id);

    List<CaseRow> findByIds(@Param("ids") java.util.Collection<Long> ids);

    /** A task list page's cases with their enterprises' names and addresses, in one query. */
    List<TaskListRow> taskListRows(@Param("ids") java.util.Collection<Long> ids);

    Optional<CaseRow> findForUpdate(@Param("id") long id);

    List<CaseRow> list(CaseQuery query);

    long count(CaseQuery query);

    /** The rows of an export, streamed from the database (the query's limit caps them); read inside a transaction. */
    org.apache.ibatis.cursor.Cursor<CaseExportRow> exportRows(CaseQuery query);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    /** Moves the case from {@code from} to {@code to}; 0 when it is no longer in {@code from}. Only CaseTransitions. */
    int moveStatus(@Param("id") long id, @Param("from") CaseStatus from, @Param("to") CaseStatus to);

    /** Starts the next inspection round: one more round, a new notice with its own extension. */
    void startRound(@Param("id") long id);

    void setVisitDate(@Param("id") long id, @Param("visitDate") LocalDate visitDate);

    void setNoticeServed(@Param("id") long id, @Param("servedOn") LocalDate servedOn);

    void setOnSiteEnded(@Param("id") long id, @Param("endedOn") LocalDate endedOn);

    void setRectificationDeadline(@Param("id") long id, @Param("deadline") LocalDate deadline);

    void markNoticeServiceLate(@Param("id") long id);

    void markExtensionUsed(@Param("id") long id);

    int close(
            @Param("id") long id,
            @Param("from") CaseStatus from,
            @Param("status") CaseStatus status,
            @Param("outcome") String outcome,
            @Param("penaltyArticle") String penaltyArticle,
            @Param("closedAt") java.time.Instant closedAt);

    void saveOnSiteRecord(OnSiteRecord record);

    Optional<OnSiteRecord> onSiteRecord(@Param("caseId") long caseId, @Param("round") int round);

    List<OnSiteRecord> onSiteRecords(@Param("caseId") long caseId);

    void insertRecordEvidence(
            @Param("caseId") long caseId,
            @Param("round") int round,
            @Param("evidenceId") long evidenceId,
            @Param("sha256") String sha256);

    /** The evidence a round's signed record covers, with the hash it had at signing. */
    record RecordEvidence(int round, long evidenceId, String sha256) {}

    List<RecordEvidence> recordEvidence(@Param("caseId") long caseId);

    /** A visit moved to a new date. */
    record Reschedule(
            long id,
            long caseId,
            int round,
            LocalDate oldVisitDate,
            LocalDate newVisitDate,
            String reason,
            String requestedBy,
            java.time.Instant requestedAt) {}

    void insertReschedule(Reschedule reschedule);

    List<Reschedule> reschedules(@Param("caseId") long caseId);

    /** A withdrawal request (撤销立案) and, once decided, its decision. */
    record Withdrawal(
            long id,
            long caseId,
            String reason,
            String requestedBy,
            java.time.Instant requestedAt,
            Boolean approved,
            String comment,
            String decidedBy,
            java.time.Instant decidedAt) {}

    void insertWithdrawal(
            @Param("caseId") long caseId,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") java.time.Instant at);

    Optional<Withdrawal> pendingWithdrawal(@Param("caseId") long caseId);

    List<Withdrawal> withdrawals(@Param("caseId") long caseId);

    int decideWithdrawal(
            @Param("id") long id,
            @Param("approved") boolean approved,
            @Param("comment") String comment,
            @Param("by") String by,
            @Param("at") java.time.Instant at);

    void insertTeamMember(@Param("caseId") long caseId, @Param("userId") long userId, @Param("role") String role);

    void deleteTeam(@Param("caseId") long caseId);

    List<TeamMemberRow> team(@Param("caseId") long caseId);

    /**
     * What the team rule needs to know of an officer: the facts {@code TeamEligibility} decides on, and the open cases
     * the officer is on (to offer the least loaded first).
     */
    record CandidateRow(
            long userId,
            String username,
            String displayName,
            Long agencyId,
            String role,
            boolean enabled,
            String certificateNo,
            LocalDate certificateValidFrom,
            LocalDate certificateExpires,
            boolean conflicted,
            int openCases) {}

    /**
     * The process instances of the open cases, within {@code prefix} (and of {@code uscc} for an enterprise user), of
     * enterprises whose name contains {@code enterprise} or whose code starts with it (the workbench's filter).
     */
    List<String> openInstancesOfEnterprise(
            @Param("prefix") String prefix, @Param("uscc") String uscc, @Param("enterprise") String enterprise);

    /** The officers named, wherever they belong (the rule says who may not join). */
    List<CandidateRow> candidatesNamed(
            @Param("usernames") List<String> usernames, @Param("uscc") String uscc, @Param("date") LocalDate date);

    /** The enabled inspectors of an agency, the candidates for its teams. */
    List<CandidateRow> agencyCandidates(
            @Param("agencyId") long agencyId, @Param("uscc") String uscc, @Param("date") LocalDate date);

    /** Insert parameter of a new case, with its generated id written back. */
    final class NewCase {
        public Long id;
        public final String caseNumber;
        public final long agencyId;
        public final int caseYear;
        public final int sequenceNo;
        public final String enterpriseUscc;
        public final String regionCode;
        public final CaseTrigger caseTrigger;
        public final InspectionType inspectionType;
        public final Long campaignId;
        public final long templateId;
        public final String openedBy;
        public final java.time.Instant openedAt;

        public NewCase(
                String caseNumber,
                long agencyId,
                int caseYear,
                int sequenceNo,
                String enterpriseUscc,
                String regionCode,
                CaseTrigger caseTrigger,
                InspectionType inspectionType,
                Long campaignId,
                long templateId,
                String openedBy,
                java.time.Instant openedAt) {
            this.caseNumber = caseNumber;
            this.agencyId = agencyId;
            this.caseYear = caseYear;
            this.sequenceNo = sequenceNo;
            this.enterpriseUscc = enterpriseUscc;
            this.regionCode = regionCode;
            this.caseTrigger = caseTrigger;
            this.inspectionType = inspectionType;
            this.campaignId = campaignId;
            this.templateId = templateId;
            this.openedBy = openedBy;
            this.openedAt = openedAt;
        }
    }
}
