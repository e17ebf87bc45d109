package cn.energyinspect.app.penalty;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What a referral reads of the referring inspection case (read only; the inspection package owns those tables): the
 * case, its current round's findings and its evidence files.
 */
@Mapper
interface ReferralMapper {
    /** The referring case. */
    record SourceCase(
            long id,
            String caseNumber,
            long agencyId,
            String enterpriseUscc,
            String regionCode,
            int currentRound,
            java.time.LocalDate rectificationDeadline) {}

    /** A finding of the round, with the article a penalty would rest on as the case printed it. */
    record SourceFinding(
            long id,
            int findingNo,
            String kind,
            String description,
            String standard,
            String edition,
            String clause,
            String lawArticle,
            String penaltyArticle) {}

    /** An evidence file of the case (the same stored file is carried over). */
    record SourceEvidence(
            long id, String originalName, String mediaType, long sizeBytes, String sha256, String storageKey) {}

    Optional<SourceCase> sourceCase(@Param("caseId") long caseId);

    List<SourceFinding> findings(@Param("caseId") long caseId, @Param("round") int round);

    List<SourceEvidence> evidence(@Param("caseId") long caseId);
}
