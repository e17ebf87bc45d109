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

    Optional<String> abbreviation(@Param("agencyId") long agencyId);

    void insert(NewCase row);

    Optional<CaseRow> find(@Param("id") long id);

    List<CaseRow> findByIds(@Param("ids") java.util.Collection<Long> ids);

    Optional<CaseRow> findForUpdate(@Param("id") long id);

    List<CaseRow> list(CaseQuery query);

    long count(CaseQuery query);

    /** The rows of an export, streamed from the database (the query's limit caps them); read inside a transaction. */
    org.apache.ibatis.cursor.Cursor<CaseExportRow> exportRows(CaseQuery query);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void setStatus(@Param("id") long id, @Param("status") CaseStatus status);

    void setVisitDate(@Param("id") long id, @Param("visitDate") LocalDate visitDate);

    void setNoticeServed(@Param("id") long id, @Param("servedOn") LocalDate servedOn);

    void setOnSiteEnded(@Param("id") long id, @Param("endedOn") LocalDate endedOn);

    void setRectificationDeadline(@Param("id") long id, @Param("deadline") LocalDate deadline);

    void markNoticeServiceLate(@Param("id") long id);

    void markExtensionUsed(@Param("id") long id);

    void close(
            @Param("id") long id,
            @Param("status") CaseStatus status,
            @Param("outcome") String outcome,
            @Param("penaltyArticle") String penaltyArticle,
            @Param("closedAt") java.time.Instant closedAt);

    void saveOnSiteRecord(OnSiteRecord record);

    Optional<OnSiteRecord> onSiteRecord(@Param("caseId") long caseId);

    void insertTeamMember(@Param("caseId") long caseId, @Param("userId") long userId, @Param("role") String role);

    void deleteTeam(@Param("caseId") long caseId);

    List<TeamMemberRow> team(@Param("caseId") long caseId);

    /** Inspectors the case may put on its team: valid certificate on {@code onDate}, no declared conflict. */
    List<TeamMemberRow> agencyInspectors(
            @Param("agencyId") long agencyId, @Param("uscc") String uscc, @Param("onDate") LocalDate onDate);

    List<TeamMemberRow> eligibleInspectors(
            @Param("usernames") List<String> usernames,
            @Param("agencyId") long agencyId,
            @Param("uscc") String uscc,
            @Param("onDate") LocalDate onDate);

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
