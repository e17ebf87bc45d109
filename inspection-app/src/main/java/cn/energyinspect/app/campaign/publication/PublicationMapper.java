package cn.energyinspect.app.campaign.publication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PublicationMapper {
    record Publication(
            long planId,
            Instant planPublishedAt,
            String planPublishedBy,
            Instant resultsPublishedAt,
            String resultsPublishedBy) {}

    /** A draw of a published plan; the inputs, seed and result are null until it is revealed. */
    record PublicDrawRow(
            long id,
            int attempt,
            String status,
            String poolSha256,
            String inspectorsSha256,
            String parametersSha256,
            String seedSha256,
            int poolSize,
            Integer targetCount,
            String reason,
            Instant committedAt,
            Instant drawnAt,
            Instant revealedAt,
            Instant supersededAt,
            String seedHex,
            String poolJson,
            String parametersJson,
            String resultJson) {}

    record PublicTargetRow(
            String uscc,
            String enterpriseName,
            String regionCode,
            String source,
            String stratum,
            String status,
            String replacementReason,
            String team) {}

    int publishPlan(@Param("planId") long planId, @Param("at") Instant at, @Param("by") String by);

    int publishResults(@Param("planId") long planId, @Param("at") Instant at, @Param("by") String by);

    Optional<Publication> find(@Param("planId") long planId);

    List<PublicPlan> publishedPlans(
            @Param("planId") Long planId,
            @Param("year") Integer year,
            @Param("prefix") String prefix,
            @Param("limit") int limit,
            @Param("offset") int offset);

    List<PublicDrawRow> publicDraws(@Param("planId") long planId, @Param("attempt") Integer attempt);

    List<PublicTargetRow> publicTargets(@Param("drawId") long drawId);

    List<PublicResult> publicResults(
            @Param("planId") long planId, @Param("limit") int limit, @Param("offset") int offset);
}
