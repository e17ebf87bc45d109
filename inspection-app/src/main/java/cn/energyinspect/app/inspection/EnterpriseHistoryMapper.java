package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The rows of an enterprise's history page. */
@Mapper
public interface EnterpriseHistoryMapper {
    record CaseLine(
            long id,
            String caseNumber,
            int caseYear,
            String status,
            String caseTrigger,
            String inspectionType,
            String outcome,
            Instant openedAt,
            Instant closedAt,
            LocalDate rectificationDeadline,
            String agencyName) {}

    record FindingLine(
            long caseId, int findingNo, String kind, String description, String lawArticle, String penaltyArticle) {}

    List<CaseLine> cases(@Param("uscc") String uscc);

    List<FindingLine> findings(@Param("uscc") String uscc);
}
