package cn.energyinspect.app.inspection;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FindingMapper {
    void insert(FindingRow finding);

    List<FindingRow> ofCase(@Param("caseId") long caseId);

    int nextNumber(@Param("caseId") long caseId);

    void deleteRuleFindings(@Param("caseId") long caseId);

    int setRequirement(
            @Param("caseId") long caseId,
            @Param("id") long id,
            @Param("requiredAction") String requiredAction,
            @Param("deadline") LocalDate deadline);

    int moveDeadlines(@Param("caseId") long caseId, @Param("deadline") LocalDate deadline);
}
