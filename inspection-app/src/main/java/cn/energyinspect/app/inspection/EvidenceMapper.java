package cn.energyinspect.app.inspection;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EvidenceMapper {
    void insert(EvidenceRow row);

    Optional<EvidenceRow> latestOf(@Param("caseId") long caseId, @Param("uploadedBy") String uploadedBy);

    Optional<EvidenceRow> find(@Param("caseId") long caseId, @Param("id") long id);

    List<EvidenceRow> ofCase(@Param("caseId") long caseId);

    int linkToFinding(@Param("caseId") long caseId, @Param("id") long id, @Param("findingId") long findingId);

    void unlinkFinding(@Param("caseId") long caseId, @Param("findingId") long findingId);

    int link(
            @Param("caseId") long caseId,
            @Param("id") long id,
            @Param("answerId") long answerId,
            @Param("findingId") long findingId);
}
