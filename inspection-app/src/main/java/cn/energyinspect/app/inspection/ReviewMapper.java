package cn.energyinspect.app.inspection;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements, rectification answers, extension requests and reviews of a case. */
@Mapper
public interface ReviewMapper {
    /** What the enterprise answered for one finding, in one answer round. */
    record AnswerItem(long answerId, int round, long findingId, String text, String submittedBy) {}

    /** An extension request and, once decided, its decision. */
    record Extension(
            long caseId, java.time.LocalDate requestedUntil, String reason, String requestedBy, Boolean granted) {}

    void insert(
            @Param("caseId") long caseId,
            @Param("decision") String decision,
            @Param("comment") String comment,
            @Param("by") String by);

    void insertStatement(@Param("caseId") long caseId, @Param("text") String text, @Param("by") String by);

    Optional<String> statement(@Param("caseId") long caseId);

    Optional<Long> answerByRequest(@Param("caseId") long caseId, @Param("clientRequestId") String clientRequestId);

    int nextRound(@Param("caseId") long caseId);

    void insertAnswer(NewAnswer answer);

    void insertAnswerItem(
            @Param("answerId") long answerId, @Param("findingId") long findingId, @Param("text") String text);

    List<AnswerItem> answerItems(@Param("caseId") long caseId);

    void insertExtension(
            @Param("caseId") long caseId,
            @Param("until") java.time.LocalDate until,
            @Param("reason") String reason,
            @Param("by") String by);

    Optional<Extension> extension(@Param("caseId") long caseId);

    void decideExtension(@Param("caseId") long caseId, @Param("granted") boolean granted, @Param("by") String by);

    /** Insert parameter of an answer round, with its generated id written back. */
    final class NewAnswer {
        public Long id;
        public final long caseId;
        public final String clientRequestId;
        public final int round;
        public final String submittedBy;

        public NewAnswer(long caseId, String clientRequestId, int round, String submittedBy) {
            this.caseId = caseId;
            this.clientRequestId = clientRequestId;
            this.round = round;
            this.submittedBy = submittedBy;
        }
    }
}
