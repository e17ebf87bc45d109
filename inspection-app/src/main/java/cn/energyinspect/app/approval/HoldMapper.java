package cn.energyinspect.app.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads the inspection cases that hold an enterprise's applications ({@code mapper/approval/HoldMapper.xml}). */
@Mapper
interface HoldMapper {
    record CaseHoldRow(
            long id,
            String caseNumber,
            String status,
            LocalDate rectificationDeadline,
            Instant openedAt,
            Instant closedAt) {}

    /** Cases not closed and not withdrawn (referred ones included), oldest first. */
    List<CaseHoldRow> casesOf(@Param("uscc") String enterpriseUscc);
}
