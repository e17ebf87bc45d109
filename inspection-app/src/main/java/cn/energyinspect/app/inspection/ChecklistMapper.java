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

    /** Raw answer of one item, as JSON. */
    record AnswerRow(long caseId, String itemCode, String answerJson, String answeredBy) {}

    Optional<TemplateRow> latest(@Param("type") InspectionType type);

    Optional<TemplateRow> byId(@Param("id") long id);

    void upsertAnswer(AnswerRow answer);

    List<AnswerRow> answers(@Param("caseId") long caseId);
}
