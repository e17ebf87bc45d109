package cn.energyinspect.app.desk.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ScreeningMapper {

    record VerdictRow(
            long versionId,
            int lineNo,
            String checkCode,
            String outcome,
            String signalCode,
            String tableRef,
            String field,
            String subject,
            BigDecimal value,
            BigDecimal threshold,
            String unit,
            Integer grade,
            String level,
            String message,
            String basisJson,
            boolean unconfirmed) {}

    void insertVerdicts(@Param("rows") List<VerdictRow> rows);

    List<VerdictRow> verdicts(@Param("versionId") long versionId);

    record ProductRow(
            long versionId,
            int lineNo,
            String product,
            String indicator,
            BigDecimal value,
            String unit,
            Integer grade,
            boolean overQuota,
            boolean graded,
            String benchmarkLevel) {}

    void insertProducts(@Param("rows") List<ProductRow> rows);

    /** Insert-or-replace parameter of a unit's screening for a year, its id written back. */
    final class NewScreening {
        public Long id;
        public final String uscc;
        public final int reportYear;
        public final Long roundId;
        public final Long versionId;
        public final String regionCode;
        public final String industryCode;
        public final String filingStatus;
        public final String riskClass;
        public final boolean caseCandidate;
        public final int caseSignals;
        public final int flagSignals;
        public final String ruleSet;
        public final Instant screenedAt;

        NewScreening(
                String uscc,
                int reportYear,
                Long roundId,
                Long versionId,
                String regionCode,
                String industryCode,
                String filingStatus,
                String riskClass,
                boolean caseCandidate,
                int caseSignals,
                int flagSignals,
                String ruleSet,
                Instant screenedAt) {
            this.uscc = uscc;
            this.reportYear = reportYear;
            this.roundId = roundId;
            this.versionId = versionId;
            this.regionCode = regionCode;
            this.industryCode = industryCode;
            this.filingStatus = filingStatus;
            this.riskClass = riskClass;
            this.caseCandidate = caseCandidate;
            this.caseSignals = caseSignals;
            this.flagSignals = flagSignals;
            this.ruleSet = ruleSet;
            this.screenedAt = screenedAt;
        }
    }

    void upsertScreening(NewScreening screening);

    void deleteSignals(@Param("screeningId") long screeningId);

    record SignalRow(
            long screeningId,
            int lineNo,
            String code,
            String outcome,
            String lawArticle,
            String subject,
            String message,
            String field,
            BigDecimal value,
            BigDecimal threshold,
            String unit,
            String basisJson,
            boolean unconfirmed) {}

    void insertSignals(@Param("rows") List<SignalRow> rows);

    List<SignalRow> signals(@Param("screeningId") long screeningId);

    void upsertRiskClass(
            @Param("uscc") String uscc,
            @Param("year") int year,
            @Param("riskClass") String riskClass,
            @Param("screeningId") long screeningId);

    void upsertKeyUnit(
            @Param("uscc") String uscc,
            @Param("year") int appliesYear,
            @Param("totalTce") BigDecimal totalTce,
            @Param("status") String status,
            @Param("basis") String basis,
            @Param("versionId") long versionId,
            @Param("at") Instant at);

    record KeyUnitRow(String uscc, int appliesYear, BigDecimal totalTce, String status, String basis) {}

    Optional<KeyUnitRow> keyUnit(@Param("uscc") String uscc, @Param("year") int appliesYear);

    /** A case of the year that found something and was not closed as rectified. */
    record UnrectifiedRow(long caseId, String caseNumber, String status, String outcome, int findings) {}

    List<UnrectifiedRow> unrectified(@Param("uscc") String uscc, @Param("year") int year);

    List<ScreeningRow> list(ScreeningQuery query);

    long count(ScreeningQuery query);

    Optional<ScreeningRow> find(@Param("id") long id);

    Optional<ScreeningRow> findForUpdate(@Param("id") long id);

    Optional<ScreeningRow> findByUnitYear(@Param("uscc") String uscc, @Param("year") int year);

    int setDeskCase(@Param("id") long id, @Param("caseId") long caseId);

    record SettingRow(String kind, String code, String value, String updatedBy, Instant updatedAt) {}

    List<SettingRow> settings(@Param("province") String province);

    void deleteSettings(@Param("province") String province);

    void insertSetting(
            @Param("province") String province,
            @Param("kind") String kind,
            @Param("code") String code,
            @Param("value") String value,
            @Param("by") String by,
            @Param("at") Instant at);
}
