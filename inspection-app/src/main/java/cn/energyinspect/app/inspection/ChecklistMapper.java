package cn.energyinspect.app.inspection;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ChecklistMapper {
    /** Raw row of a template; items as JSON. */
    record TemplateRow(
            long id, String code, int version, InspectionType inspectionType, String title, String itemsJson) {}

    /** Raw answer of one item in one round, as JSON, with the version every change raises. */
    record AnswerRow(long caseId, int round, String itemCode, String answerJson, String answeredBy, int version) {}

    /** The newest published template of the type (cases not started by a plan). */
    Optional<TemplateRow> latest(@Param("type") InspectionType type);

    /** The newest published version of the template {@code code}. */
    Optional<TemplateRow> latestOfCode(@Param("code") String code);

    /** The template code a campaign plan chose, when it chose one. */
    Optional<String> planTemplateCode(@Param("planId") long planId);

    Optional<TemplateRow> byId(@Param("id") long id);

    void upsertAnswer(AnswerRow answer);

    List<AnswerRow> answers(@Param("caseId") long caseId, @Param("round") int round);

    /** Every round's answers, for the case's history. */
    List<AnswerRow> allAnswers(@Param("caseId") long caseId);
}
