package cn.energyinspect.app.desk.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeskCaseMapper {

    record DeskCaseRow(
            long caseId,
            long screeningId,
            String signalDecisions,
            String requestedDocuments,
            LocalDate answerDue,
            String answerText,
            String answerEvidence,
            String answeredBy,
            Instant answeredAt,
            boolean noAnswer,
            String decision,
            String decisionReason,
            String decidedBy,
            Instant decidedAt,
            Long escalatedCaseId) {}

    void insert(@Param("caseId") long caseId, @Param("screeningId") long screeningId, @Param("signals") String signals);

    Optional<DeskCaseRow> find(@Param("caseId") long caseId);

    void setSignalDecisions(@Param("caseId") long caseId, @Param("signals") String signals);

    void setNotice(
            @Param("caseId") long caseId,
            @Param("documents") String documents,
            @Param("answerDue") LocalDate answerDue);

    void setAnswer(
            @Param("caseId") long caseId,
            @Param("text") String text,
            @Param("evidence") String evidence,
            @Param("by") String by,
            @Param("at") Instant at);

    void setNoAnswer(@Param("caseId") long caseId);

    void setDecision(
            @Param("caseId") long caseId,
            @Param("decision") String decision,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") Instant at);

    void setEscalated(@Param("caseId") long caseId, @Param("onSiteCaseId") long onSiteCaseId);
}
