package cn.energyinspect.app.penalty.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The credit side of a penalty case: its publication, repair requests and the platform outbox. */
@Mapper
public interface CreditMapper {
    /** A row of {@code credit_publication}. */
    record Publication(
            long penaltyId,
            String status,
            LocalDate decidedOn,
            LocalDate dueOn,
            LocalDate publishedOn,
            Instant publishedAt,
            String publishedBy,
            Integer delayWorkingDays,
            boolean escalated,
            boolean late,
            LocalDate repairFrom,
            LocalDate publicUntil,
            LocalDate endedOn,
            String endReason,
            String withdrawalReason,
            int version) {}

    /** A row of {@code credit_repair}. */
    record Repair(
            Long id,
            long penaltyId,
            String status,
            String commitment,
            String reviewOpinionNumber,
            Long paymentId,
            String requestedBy,
            Instant requestedAt,
            LocalDate dueOn,
            String decidedBy,
            Instant decidedAt,
            String reasons,
            boolean late) {}

    /** A row of {@code credit_outbox}. */
    record OutboxRow(
            Long id,
            long penaltyId,
            String action,
            String decisionNumber,
            String payloadJson,
            Instant createdAt,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            boolean parked,
            Instant deliveredAt,
            String receipt,
            String adapter) {}

    /** A published record as the public page reads it. */
    record PublicRow(
            long penaltyId, String recordJson, LocalDate publishedOn, LocalDate publicUntil, String regimeName) {}

    /** Outbox counts for administrators. */
    record OutboxCounts(long pending, long parked, long delivered) {}

    /** Penalties decided per article, with their fines. */
    record ArticleCount(String articleCode, long decisions, Long fineYuan) {}

    /** How many of something of each status. */
    record StatusCount(String status, long count) {}

    void insertPublication(Publication publication);

    Optional<Publication> publication(@Param("penaltyId") long penaltyId);

    Optional<Publication> publicationForUpdate(@Param("penaltyId") long penaltyId);

    int publish(
            @Param("penaltyId") long penaltyId,
            @Param("publishedOn") LocalDate publishedOn,
            @Param("publishedAt") Instant publishedAt,
            @Param("publishedBy") String publishedBy,
            @Param("delay") int delayWorkingDays,
            @Param("late") boolean late);

    int endPublication(
            @Param("penaltyId") long penaltyId,
            @Param("status") String status,
            @Param("endedOn") LocalDate endedOn,
            @Param("endReason") String endReason,
            @Param("withdrawalReason") String withdrawalReason);

    int markPublication(@Param("penaltyId") long penaltyId, @Param("flag") String flag);

    int setWindow(
            @Param("penaltyId") long penaltyId,
            @Param("repairFrom") LocalDate repairFrom,
            @Param("publicUntil") LocalDate publicUntil);

    void insertRepair(Repair repair);

    List<Repair> repairs(@Param("penaltyId") long penaltyId);

    int decideRepair(
            @Param("id") long id,
            @Param("status") String status,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("reasons") String reasons);

    int markRepairLate(@Param("penaltyId") long penaltyId);

    void insertOutbox(OutboxRow row);

    /** Rows due at {@code now} (not delivered, not parked), oldest first, locked; rows another node holds skipped. */
    List<OutboxRow> claimDue(@Param("now") Instant now, @Param("limit") int limit);

    int delivered(
            @Param("id") long id,
            @Param("at") Instant at,
            @Param("receipt") String receipt,
            @Param("adapter") String adapter);

    int failed(
            @Param("id") long id,
            @Param("nextAttemptAt") Instant nextAttemptAt,
            @Param("error") String error,
            @Param("parked") boolean parked);

    List<OutboxRow> outboxOf(@Param("penaltyId") long penaltyId);

    List<OutboxRow> undelivered(@Param("limit") int limit);

    Optional<OutboxRow> outboxRow(@Param("id") long id);

    int unpark(@Param("id") long id);

    OutboxCounts outboxCounts();

    /** Published records shown today, by party name (part) or code, newest first. */
    List<PublicRow> published(
            @Param("today") LocalDate today,
            @Param("q") String q,
            @Param("limit") int limit,
            @Param("offset") int offset);

    long countPublished(@Param("today") LocalDate today, @Param("q") String q);

    Optional<PublicRow> publishedOne(@Param("penaltyId") long penaltyId, @Param("today") LocalDate today);

    List<ArticleCount> decisionsByArticle(
            @Param("prefix") String prefix, @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<StatusCount> publicationsByTimeliness(
            @Param("prefix") String prefix, @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<StatusCount> repairsByStatus(
            @Param("prefix") String prefix, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Publication delays (working days) of the records published in the period. */
    List<Integer> publicationDelays(
            @Param("prefix") String prefix, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * The 文号 of the latest 整改复查意见书 of an accepted rectification of the enterprise (read from the inspection
     * cases), the proof of rectification a repair needs; empty when none.
     */
    Optional<String> acceptedReviewOpinion(@Param("uscc") String uscc);

    /** Publications of the given penalties (for lists). */
    List<Publication> publications(@Param("ids") Collection<Long> penaltyIds);
}
