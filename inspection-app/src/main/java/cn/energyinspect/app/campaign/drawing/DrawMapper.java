package cn.energyinspect.app.campaign.drawing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DrawMapper {

    /**
     * An enterprise of the pool as the database holds it (see the query for what is in scope).
     *
     * @param riskFromScreening the risk class is the screening's (HIGH / MEDIUM / LOW), not the key-unit fallback
     */
    record PoolRow(
            String uscc,
            String name,
            String countyCode,
            String industryCode,
            String riskClass,
            boolean riskFromScreening,
            LocalDate lastInspectedOn,
            boolean named) {}

    record InspectorRow(
            long userId,
            String username,
            String displayName,
            String certificateNo,
            LocalDate certificateExpires,
            int currentLoad) {}

    record UserUscc(String username, String uscc) {}

    record UserId(long id, String username) {}

    /** The stored inputs (and result) of one draw. */
    record Inputs(String poolJson, String rosterJson, String parametersJson, String seedHex, String resultJson) {}

    /** A draw to insert, with its generated id written back. */
    final class NewDraw {
        public Long id;
        public final long planId;
        public final int attempt;
        public final String poolJson;
        public final String rosterJson;
        public final String parametersJson;
        public final String poolSha256;
        public final String inspectorsSha256;
        public final String parametersSha256;
        public final String seedSha256;
        public final String seedHex;
        public final int poolSize;
        public final String reason;
        public final String committedBy;
        public final Instant committedAt;

        NewDraw(
                long planId,
                int attempt,
                String poolJson,
                String rosterJson,
                String parametersJson,
                String poolSha256,
                String inspectorsSha256,
                String parametersSha256,
                String seedSha256,
                String seedHex,
                int poolSize,
                String reason,
                String committedBy,
                Instant committedAt) {
            this.planId = planId;
            this.attempt = attempt;
            this.poolJson = poolJson;
            this.rosterJson = rosterJson;
            this.parametersJson = parametersJson;
            this.poolSha256 = poolSha256;
            this.inspectorsSha256 = inspectorsSha256;
            this.parametersSha256 = parametersSha256;
            this.seedSha256 = seedSha256;
            this.seedHex = seedHex;
            this.poolSize = poolSize;
            this.reason = reason;
            this.committedBy = committedBy;
            this.committedAt = committedAt;
        }
    }

    /** A target to insert in bulk. */
    record NewTarget(String uscc, String source, String stratum, String team) {}

    /** A single target to insert, with its generated id written back. */
    final class NewSingleTarget {
        public Long id;
        public final long planId;
        public final long drawId;
        public final String uscc;
        public final String source;
        public final String stratum;
        public final String team;

        NewSingleTarget(long planId, long drawId, String uscc, String source, String stratum, String team) {
            this.planId = planId;
            this.drawId = drawId;
            this.uscc = uscc;
            this.source = source;
            this.stratum = stratum;
            this.team = team;
        }
    }

    List<PoolRow> pool(
            @Param("planId") long planId,
            @Param("prefix") String prefix,
            @Param("industries") List<String> industries,
            @Param("keyOnly") boolean keyOnly,
            @Param("year") int year);

    /** The agency's inspectors with the active 执法证 in force on {@code date} (an expired one still shows). */
    List<InspectorRow> inspectors(@Param("agencyId") long agencyId, @Param("date") LocalDate date);

    /** Conflicts (回避) declared or approved that have not ended by {@code date}. */
    List<UserUscc> conflicts(@Param("agencyId") long agencyId, @Param("date") LocalDate date);

    List<UserUscc> lastInspectors(@Param("agencyId") long agencyId);

    void insertDraw(NewDraw draw);

    List<DrawRow> draws(@Param("planId") long planId);

    Optional<DrawRow> currentDraw(@Param("planId") long planId);

    int lastAttempt(@Param("planId") long planId);

    Inputs inputs(@Param("drawId") long drawId);

    int setDrawn(
            @Param("drawId") long drawId,
            @Param("resultJson") String resultJson,
            @Param("targetCount") int targetCount,
            @Param("at") Instant at);

    int setRevealed(@Param("drawId") long drawId, @Param("at") Instant at);

    int supersede(@Param("drawId") long drawId, @Param("at") Instant at);

    int supersedeTargets(@Param("drawId") long drawId);

    void insertTargets(
            @Param("planId") long planId, @Param("drawId") long drawId, @Param("targets") List<NewTarget> targets);

    void insertTarget(NewSingleTarget target);

    List<TargetRow> targets(@Param("drawId") long drawId);

    Optional<TargetRow> lockTarget(@Param("drawId") long drawId, @Param("uscc") String uscc);

    int markReplaced(
            @Param("targetId") long targetId,
            @Param("replacementId") long replacementId,
            @Param("reason") String reason);

    int countStarted(@Param("drawId") long drawId);

    boolean isActiveTargetElsewhere(@Param("uscc") String uscc, @Param("year") int year);
}
