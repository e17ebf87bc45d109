package cn.energyinspect.app.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What inspectors' devices sent beside the case's own records: evidence metadata and the visit's trace. */
@Mapper
public interface MobileSyncMapper {
    /** A row of {@code mobile_evidence}. */
    record EvidenceMetaRow(
            long evidenceId,
            long caseId,
            int round,
            String kind,
            String sha256,
            String caption,
            String itemCode,
            Instant takenAt,
            BigDecimal latitude,
            BigDecimal longitude,
            BigDecimal accuracyM,
            String noFix,
            String exifTakenAt,
            BigDecimal exifLatitude,
            BigDecimal exifLongitude,
            Long originalBytes,
            String signerRole,
            String signer,
            String clientRequestId,
            String uploadedBy,
            Instant receivedAt) {}

    /** An evidence file of a case with what the device said of it (null columns for a file from the desk pages). */
    record ReceivedRow(
            long evidenceId,
            int round,
            String sha256,
            String kind,
            String caption,
            String itemCode,
            String mediaType,
            long sizeBytes,
            String originalName,
            String uploadedBy,
            Instant takenAt,
            Instant receivedAt,
            BigDecimal latitude,
            BigDecimal longitude,
            BigDecimal accuracyM,
            String noFix,
            String exifTakenAt,
            BigDecimal exifLatitude,
            BigDecimal exifLongitude,
            Long originalBytes,
            String signerRole,
            String signer) {}

    /** A row of {@code on_site_visit}. */
    record VisitRow(
            long caseId,
            int round,
            Instant startedAt,
            Instant endedAt,
            BigDecimal startLatitude,
            BigDecimal startLongitude,
            BigDecimal startAccuracyM,
            Instant startFixedAt,
            String startNoFix,
            BigDecimal endLatitude,
            BigDecimal endLongitude,
            BigDecimal endAccuracyM,
            Instant endFixedAt,
            String endNoFix,
            String submittedBy,
            Instant receivedAt) {}

    /** A finding of the enterprise's earlier cases or rounds with how its rectification stands. */
    record PreviousFindingRow(
            long caseId,
            String caseNumber,
            int round,
            int findingNo,
            String kind,
            String description,
            String lawArticle,
            LocalDate deadline,
            String rectification,
            String caseStatus) {}

    void insertEvidence(EvidenceMetaRow row);

    Optional<EvidenceMetaRow> evidenceByHash(@Param("caseId") long caseId, @Param("sha256") String sha256);

    /** The case's evidence files uploaded by its team (not the enterprise's answers), with their device metadata. */
    List<ReceivedRow> teamEvidence(@Param("caseId") long caseId);

    void insertVisit(VisitRow row);

    Optional<VisitRow> visit(@Param("caseId") long caseId, @Param("round") int round);

    /** Cases whose team includes the user and whose on-site step is open or coming, newest visit first. */
    List<Long> openCasesOfMember(@Param("username") String username, @Param("limit") int limit);

    List<PreviousFindingRow> previousFindings(
            @Param("uscc") String uscc,
            @Param("caseId") long caseId,
            @Param("round") int round,
            @Param("limit") int limit);
}
