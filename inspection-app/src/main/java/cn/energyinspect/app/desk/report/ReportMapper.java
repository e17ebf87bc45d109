package cn.energyinspect.app.desk.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReportMapper {

    record ReportRow(
            long id,
            String uscc,
            int reportYear,
            String formVersion,
            String status,
            String draftJson,
            String draftUpdatedBy,
            Instant draftUpdatedAt,
            int currentVersion,
            Instant createdAt) {}

    Optional<ReportRow> find(@Param("uscc") String uscc, @Param("year") int year);

    Optional<ReportRow> findForUpdate(@Param("uscc") String uscc, @Param("year") int year);

    /** Insert parameter of a new report, with its generated id written back. */
    final class NewReport {
        public Long id;
        public final String uscc;
        public final int reportYear;
        public final String formVersion;
        public final Instant createdAt;

        NewReport(String uscc, int reportYear, String formVersion, Instant createdAt) {
            this.uscc = uscc;
            this.reportYear = reportYear;
            this.formVersion = formVersion;
            this.createdAt = createdAt;
        }
    }

    /** Inserts the report unless the unit's year already has one (then nothing; read it under lock). */
    void insertIgnore(NewReport report);

    void saveDraft(@Param("id") long id, @Param("json") String json, @Param("by") String by, @Param("at") Instant at);

    void setSubmitted(@Param("id") long id, @Param("version") int version);

    record VersionRow(
            long id,
            long reportId,
            int versionNo,
            String source,
            String reason,
            String contentJson,
            String contentSha256,
            String submittedBy,
            Instant submittedAt,
            boolean late,
            BigDecimal declaredTotalTce,
            BigDecimal recomputedTotalTce,
            String keyUnitStatus) {}

    /** Insert parameter of a new version, with its generated id written back. */
    final class NewVersion {
        public Long id;
        public final long reportId;
        public final int versionNo;
        public final String source;
        public final String reason;
        public final String contentJson;
        public final String contentSha256;
        public final String submittedBy;
        public final Instant submittedAt;
        public final boolean late;
        public final BigDecimal declaredTotalTce;

        NewVersion(
                long reportId,
                int versionNo,
                String source,
                String reason,
                String contentJson,
                String contentSha256,
                String submittedBy,
                Instant submittedAt,
                boolean late,
                BigDecimal declaredTotalTce) {
            this.reportId = reportId;
            this.versionNo = versionNo;
            this.source = source;
            this.reason = reason;
            this.contentJson = contentJson;
            this.contentSha256 = contentSha256;
            this.submittedBy = submittedBy;
            this.submittedAt = submittedAt;
            this.late = late;
            this.declaredTotalTce = declaredTotalTce;
        }
    }

    void insertVersion(NewVersion version);

    void setRecomputed(
            @Param("id") long versionId,
            @Param("total") BigDecimal total,
            @Param("keyUnitStatus") String keyUnitStatus);

    Optional<VersionRow> version(@Param("reportId") long reportId, @Param("versionNo") int versionNo);

    record VersionSummary(
            int versionNo,
            String source,
            String reason,
            String submittedBy,
            Instant submittedAt,
            boolean late,
            BigDecimal declaredTotalTce,
            BigDecimal recomputedTotalTce,
            String keyUnitStatus) {}

    List<VersionSummary> versions(@Param("reportId") long reportId);

    record PreviousProduct(String product, String indicator, BigDecimal value) {}

    /** 表4 of the latest version of a unit's report of {@code year}. */
    List<PreviousProduct> products(@Param("uscc") String uscc, @Param("year") int year);

    record ListRow(
            String uscc,
            String enterpriseName,
            String regionCode,
            int reportYear,
            String status,
            int currentVersion,
            Instant submittedAt,
            boolean late,
            BigDecimal recomputedTotalTce,
            String riskClass) {}

    List<ListRow> list(
            @Param("prefix") String prefix,
            @Param("uscc") String uscc,
            @Param("year") Integer year,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("prefix") String prefix, @Param("uscc") String uscc, @Param("year") Integer year);
}
