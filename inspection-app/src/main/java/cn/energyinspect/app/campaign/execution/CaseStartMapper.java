package cn.energyinspect.app.campaign.execution;

import cn.energyinspect.app.refusal.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseStartMapper {
    record StartRow(long planId, LocalDate visitDate, String requestedBy, Instant requestedAt, Instant finishedAt) {}

    record Pending(long id, String uscc, String team) {}

    record Counts(int targets, int started, int refused) {}

    record Refusal(String uscc, String enterpriseName, String regionCode, String reason) {}

    boolean revealedDraw(@Param("planId") long planId);

    void request(
            @Param("planId") long planId,
            @Param("visitDate") LocalDate visitDate,
            @Param("by") String by,
            @Param("at") Instant at);

    void clearRefusals(@Param("planId") long planId);

    Optional<StartRow> find(@Param("planId") long planId);

    List<Long> unfinished();

    void finish(@Param("planId") long planId, @Param("at") Instant at);

    List<Pending> nextChunk(@Param("planId") long planId, @Param("limit") int limit);

    int setCase(@Param("targetId") long targetId, @Param("caseId") long caseId);

    void refuse(@Param("targetId") long targetId, @Param("reason") String reason);

    Counts counts(@Param("planId") long planId);

    List<Refusal> refusals(@Param("planId") long planId);
}
