package cn.energyinspect.app.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The approval tables ({@code mapper/approval/ApprovalMapper.xml}). */
@Mapper
public interface ApprovalMapper {

    /** A new application; {@code id} is set on insert. */
    final class ApprovalInsert {
        public Long id;
        public final String programme;
        public final String applicationNumber;
        public final String enterpriseUscc;
        public final String regionCode;
        public final String provinceCode;
        public final String title;
        public final String payload;
        public final String createdBy;

        public ApprovalInsert(
                String programme,
                String applicationNumber,
                String enterpriseUscc,
                String regionCode,
                String provinceCode,
                String title,
                String payload,
                String createdBy) {
            this.programme = programme;
            this.applicationNumber = applicationNumber;
            this.enterpriseUscc = enterpriseUscc;
            this.regionCode = regionCode;
            this.provinceCode = provinceCode;
            this.title = title;
            this.payload = payload;
            this.createdBy = createdBy;
        }
    }

    /** A form change: the fields that follow the form. */
    record FormUpdate(
            long id,
            int rowVersion,
            String title,
            String regionCode,
            String provinceCode,
            int formVersion,
            String payload,
            String precheckDecision,
            String precheck,
            boolean hearingRequired,
            String otherProvinces) {}

    record VersionRow(int formVersion, String payload, String savedBy, Instant savedAt, Instant submittedAt) {}

    record ExitLineRow(
            long applicationId,
            int lineIndex,
            String ownerUscc,
            String ownerName,
            String lineName,
            String lineKey,
            java.math.BigDecimal capacity,
            String regionCode) {}

    /** An exiting line of another pending or approved plan. */
    record UsedLineRow(
            String lineKey,
            String ownerUscc,
            String lineName,
            long applicationId,
            String applicationNumber,
            String status) {}

    record ReviewRow(
            Long id,
            String step,
            String outcome,
            String reasons,
            int formVersion,
            String reviewer,
            Instant reviewedAt) {}

    final class ObjectionInsert {
        public Long id;
        public final long applicationId;
        public final String receiptNumber;
        public final int publicityRound;
        public final String objectorName;
        public final String contact;
        public final String reasons;
        public final String contentHash;
        public final Instant receivedAt;

        public ObjectionInsert(
                long applicationId,
                String receiptNumber,
                int publicityRound,
                String objectorName,
                String contact,
                String reasons,
                String contentHash,
                Instant receivedAt) {
            this.applicationId = applicationId;
            this.receiptNumber = receiptNumber;
            this.publicityRound = publicityRound;
            this.objectorName = objectorName;
            this.contact = contact;
            this.reasons = reasons;
            this.contentHash = contentHash;
            this.receivedAt = receivedAt;
        }
    }

    record ObjectionRow(
            Long id,
            long applicationId,
            String receiptNumber,
            int publicityRound,
            String objectorName,
            String contact,
            String reasons,
            String status,
            String verdict,
            String verifiedBy,
            Instant verifiedAt,
            Instant receivedAt) {}

    record FileRow(
            Long id,
            long applicationId,
            Long objectionId,
            String purpose,
            String originalName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String uploadedBy,
            Instant uploadedAt) {}

    record DocumentRow(
            Long id,
            long applicationId,
            String kind,
            String documentNumber,
            LocalDate issuedOn,
            String storageKey,
            String sha256,
            long sizeBytes) {}

    record MilestoneRow(
            String milestone, LocalDate dueDate, Instant confirmedAt, String confirmedBy, Long overdueCase) {}

    /** A published decision (公告, 通知, 暂停/撤销公告) for the public pages. */
    record PublicDecisionRow(
            long documentId,
            String kind,
            String documentNumber,
            LocalDate issuedOn,
            String applicationNumber,
            String programme,
            String title,
            String enterpriseName,
            String regionCode,
            String status) {}

    void insert(ApprovalInsert insert);

    Integer nextNumber(@Param("programme") String programme, @Param("year") int year);

    void ensureNumberRow(@Param("programme") String programme, @Param("year") int year);

    void advanceNumber(@Param("programme") String programme, @Param("year") int year, @Param("used") int used);

    Optional<ApprovalRow> find(@Param("id") long id);

    Optional<ApprovalRow> lock(@Param("id") long id);

    Optional<ApprovalRow> findByNumber(@Param("number") String number);

    int updateForm(FormUpdate update);

    int moveStatus(@Param("id") long id, @Param("from") ApplicationStatus from, @Param("to") ApplicationStatus to);

    void markSubmitted(@Param("id") long id, @Param("at") Instant at);

    void setPublicity(
            @Param("id") long id,
            @Param("start") LocalDate start,
            @Param("end") LocalDate end,
            @Param("days") int days,
            @Param("round") int round);

    void setDecided(@Param("id") long id, @Param("at") Instant at);

    void setListing(@Param("id") long id, @Param("from") LocalDate from, @Param("to") LocalDate to);

    void setRevocationReason(@Param("id") long id, @Param("reason") String reason);

    List<ApprovalRow> list(
            @Param("prefix") String regionPrefix,
            @Param("uscc") String enterpriseUscc,
            @Param("programme") String programme,
            @Param("status") String status,
            @Param("limit") int limit,
            @Param("offset") int offset);

    long count(
            @Param("prefix") String regionPrefix,
            @Param("uscc") String enterpriseUscc,
            @Param("programme") String programme,
            @Param("status") String status);

    /** Applications in 公示 on {@code today}, in or naming {@code provinceCode} when given. */
    List<ApprovalRow> inPublicity(
            @Param("today") LocalDate today,
            @Param("province") String provinceCode,
            @Param("limit") int limit,
            @Param("offset") int offset);

    List<PublicDecisionRow> publicDecisions(
            @Param("province") String provinceCode, @Param("limit") int limit, @Param("offset") int offset);

    void insertVersion(
            @Param("applicationId") long applicationId,
            @Param("formVersion") int formVersion,
            @Param("payload") String payload,
            @Param("savedBy") String savedBy);

    void replaceVersion(
            @Param("applicationId") long applicationId,
            @Param("formVersion") int formVersion,
            @Param("payload") String payload,
            @Param("savedBy") String savedBy);

    void markVersionSubmitted(
            @Param("applicationId") long applicationId, @Param("formVersion") int formVersion, @Param("at") Instant at);

    List<VersionRow> versions(@Param("applicationId") long applicationId);

    void deleteExitLines(@Param("applicationId") long applicationId);

    void insertExitLine(ExitLineRow row);

    List<UsedLineRow> usedLines(@Param("keys") Collection<String> keys, @Param("statuses") Collection<String> statuses);

    void insertReview(
            @Param("applicationId") long applicationId,
            @Param("step") String step,
            @Param("outcome") String outcome,
            @Param("reasons") String reasons,
            @Param("formVersion") int formVersion,
            @Param("reviewer") String reviewer);

    List<ReviewRow> reviews(@Param("applicationId") long applicationId);

    int insertObjection(ObjectionInsert insert);

    Optional<ObjectionRow> objectionByHash(
            @Param("applicationId") long applicationId, @Param("hash") String contentHash);

    List<ObjectionRow> objections(@Param("applicationId") long applicationId);

    Optional<ObjectionRow> objection(@Param("applicationId") long applicationId, @Param("id") long objectionId);

    int openObjections(@Param("applicationId") long applicationId);

    int substantiatedObjections(@Param("applicationId") long applicationId, @Param("round") int round);

    int verifyObjection(
            @Param("id") long objectionId,
            @Param("status") String status,
            @Param("verdict") String verdict,
            @Param("by") String by,
            @Param("at") Instant at);

    void insertFile(FileRow row);

    List<FileRow> files(@Param("applicationId") long applicationId);

    Optional<FileRow> file(@Param("applicationId") long applicationId, @Param("id") long fileId);

    void attachToObjection(
            @Param("applicationId") long applicationId,
            @Param("objectionId") long objectionId,
            @Param("ids") Collection<Long> fileIds);

    void insertDocument(DocumentRow row);

    List<DocumentRow> documents(@Param("applicationId") long applicationId);

    Optional<DocumentRow> document(@Param("applicationId") long applicationId, @Param("id") long documentId);

    void upsertMilestone(
            @Param("applicationId") long applicationId,
            @Param("milestone") String milestone,
            @Param("due") LocalDate due);

    int confirmMilestone(
            @Param("applicationId") long applicationId,
            @Param("milestone") String milestone,
            @Param("at") Instant at,
            @Param("by") String by);

    void setMilestoneCase(
            @Param("applicationId") long applicationId,
            @Param("milestone") String milestone,
            @Param("caseId") long caseId);

    List<MilestoneRow> milestones(@Param("applicationId") long applicationId);
}
