package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements, rectification answers, extension requests and reviews of a case, each of one inspection round. */
@Mapper
public interface ReviewMapper {
    /** What the enterprise answered for one finding, in one answer to a round's notice. */
    record AnswerItem(long answerId, int round, int attempt, long findingId, String text, String submittedBy) {}

    /** An extension request of a round's notice and, once decided, its decision. */
    record Extension(
            long caseId, int round, LocalDate requestedUntil, String reason, String requestedBy, Boolean granted) {}

    /** The enterprise's statement (陈述) on a round's findings. */
    record Statement(long caseId, int round, String text, String submittedBy, Instant submittedAt) {}

    /** A review (整改复查) of a round's answer. */
    record Review(
            long id,
            long caseId,
            int round,
            String decision,
            String comment,
            LocalDate reinspectionDate,
            String reviewedBy,
            Instant reviewedAt) {}

    /** A stored answer's receipt, found by its client request id. */
    record AnswerReceipt(long id, int round, int attempt) {}

    void insert(
            @Param("caseId") long caseId,
            @Param("round") int round,
            @Param("decision") String decision,
            @Param("comment") String comment,
            @Param("reinspectionDate") LocalDate reinspectionDate,
            @Param("by") String by);

    List<Review> reviews(@Param("caseId") long caseId);

    void insertStatement(
            @Param("caseId") long caseId,
            @Param("round") int round,
            @Param("text") String text,
            @Param("by") String by);

    List<Statement> statements(@Param("caseId") long caseId);

    Optional<AnswerReceipt> answerByRequest(
            @Param("caseId") long caseId, @Param("clientRequestId") String clientRequestId);

    int nextAttempt(@Param("caseId") long caseId, @Param("round") int round);

    void insertAnswer(NewAnswer answer);

    void insertAnswerItem(
            @Param("answerId") long answerId, @Param("findingId") long findingId, @Param("text") String text);

    /** Every answer item of the case, by round and attempt. */
    List<AnswerItem> answerItems(@Param("caseId") long caseId);

    /** The answer items of a round's latest answer: what its review decides on. */
    List<AnswerItem> latestAnswerItems(@Param("caseId") long caseId, @Param("round") int round);

    void insertExtension(
            @Param("caseId") long caseId,
            @Param("round") int round,
            @Param("until") LocalDate until,
            @Param("reason") String reason,
            @Param("by") String by);

    Optional<Extension> extension(@Param("caseId") long caseId, @Param("round") int round);

    List<Extension> extensions(@Param("caseId") long caseId);

    void decideExtension(
            @Param("caseId") long caseId,
            @Param("round") int round,
            @Param("granted") boolean granted,
            @Param("by") String by);

    /** Insert parameter of an answer, with its generated id written back. */
    final class NewAnswer {
        public Long id;
        public final long caseId;
        public final int round;
        public final int attempt;
        public final String clientRequestId;
        public final String submittedBy;

        public NewAnswer(long caseId, int round, int attempt, String clientRequestId, String submittedBy) {
            this.caseId = caseId;
            this.round = round;
            this.attempt = attempt;
            this.clientRequestId = clientRequestId;
            this.submittedBy = submittedBy;
        }
    }
}
