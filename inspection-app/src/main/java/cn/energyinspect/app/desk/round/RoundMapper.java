package cn.energyinspect.app.desk.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RoundMapper {

    /** Insert parameter of a new round, with its generated id written back. */
    final class NewRound {
        public Long id;
        public final int reportYear;
        public final String regionCode;
        public final long agencyId;
        public final LocalDate dueDate;
        public final String reminderDays;
        public final String openedBy;
        public final Instant openedAt;

        NewRound(
                int reportYear,
                String regionCode,
                long agencyId,
                LocalDate dueDate,
                String reminderDays,
                String openedBy,
                Instant openedAt) {
            this.reportYear = reportYear;
            this.regionCode = regionCode;
            this.agencyId = agencyId;
            this.dueDate = dueDate;
            this.reminderDays = reminderDays;
            this.openedBy = openedBy;
            this.openedAt = openedAt;
        }
    }

    void insert(NewRound round);

    Optional<RoundRow> find(@Param("id") long id);

    Optional<RoundRow> findForUpdate(@Param("id") long id);

    Optional<RoundRow> findByYearRegion(@Param("year") int year, @Param("regionCode") String regionCode);

    /** The rounds of {@code year} whose region covers the enterprise's county, the most specific first. */
    List<RoundRow> covering(@Param("year") int year, @Param("countyCode") String countyCode);

    /** Rounds within the reader's region or covering it. */
    List<RoundRow> list(@Param("prefix") String prefix, @Param("year") Integer year);

    void setProcessInstance(@Param("id") long id, @Param("instance") String instance);

    int setStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("at") Instant at);

    void setClosedBy(@Param("id") long id, @Param("by") String by);

    /**
     * The units that must file: the register's key units of the region, and those a report of last year recomputed
     * as key units for this year.
     */
    int insertFilers(
            @Param("roundId") long roundId,
            @Param("prefix") String prefix,
            @Param("year") int year,
            @Param("registerBasis") String registerBasis,
            @Param("recomputedBasis") String recomputedBasis);

    Optional<FilerRow> filer(@Param("roundId") long roundId, @Param("uscc") String uscc);

    int recordFiled(
            @Param("roundId") long roundId,
            @Param("uscc") String uscc,
            @Param("status") String status,
            @Param("at") Instant at);

    int markMissing(@Param("roundId") long roundId);

    List<String> missing(@Param("roundId") long roundId);

    int reopen(
            @Param("roundId") long roundId,
            @Param("uscc") String uscc,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("reason") String reason);

    int insertReminders(@Param("roundId") long roundId, @Param("days") int days, @Param("at") Instant at);

    int countReminders(@Param("roundId") long roundId);

    List<ReminderRow> reminders(@Param("roundId") long roundId, @Param("uscc") String uscc);

    record ReminderRow(int workingDaysBefore, Instant remindedAt) {}

    /** Filed, late, missing and pending by the region one level below {@code prefix} (length {@code length}). */
    List<ProgressRow> progress(
            @Param("roundId") long roundId, @Param("prefix") String prefix, @Param("length") int length);

    record ProgressRow(String regionCode, long units, long onTime, long late, long missing, long pending) {}

    List<FilerView> filers(
            @Param("roundId") long roundId,
            @Param("prefix") String prefix,
            @Param("status") String status,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countFilers(@Param("roundId") long roundId, @Param("prefix") String prefix, @Param("status") String status);
}
