package cn.energyinspect.app.admin.conflicts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ConflictMapper {
    /** A stored declaration; {@code regionCode} is the declarer's, for jurisdiction. */
    record ConflictRow(
            long id,
            long userId,
            String username,
            String displayName,
            String regionCode,
            Long agencyId,
            String agencyName,
            String enterpriseUscc,
            String enterpriseName,
            String reason,
            String status,
            LocalDate endsOn,
            Instant declaredAt,
            String decidedBy,
            String decidedByName,
            Instant decidedAt,
            String decisionNote) {}

    /** Filter: within {@code prefix}; of one user, of one agency, of one status when given. */
    List<ConflictRow> search(
            @Param("prefix") String prefix,
            @Param("userId") Long userId,
            @Param("agencyId") Long agencyId,
            @Param("status") String status);

    Optional<ConflictRow> find(@Param("id") long id);

    Optional<ConflictRow> findPair(@Param("userId") long userId, @Param("uscc") String uscc);

    void insert(
            @Param("userId") long userId,
            @Param("uscc") String uscc,
            @Param("reason") String reason,
            @Param("endsOn") LocalDate endsOn,
            @Param("declaredBy") String declaredBy,
            @Param("now") Instant now);

    /** A new declaration over a rejected or ended one of the same pair (the history is in the audit trail). */
    void redeclare(
            @Param("id") long id,
            @Param("reason") String reason,
            @Param("endsOn") LocalDate endsOn,
            @Param("declaredBy") String declaredBy,
            @Param("now") Instant now);

    /** @return 1 when the declaration was still awaiting a decision */
    int decide(
            @Param("id") long id,
            @Param("status") String status,
            @Param("endsOn") LocalDate endsOn,
            @Param("decidedBy") String decidedBy,
            @Param("note") String note,
            @Param("now") Instant now);
}
