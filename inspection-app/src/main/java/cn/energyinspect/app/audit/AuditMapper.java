package cn.energyinspect.app.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AuditMapper {
    void insert(AuditEntry entry);

    List<AuditEntry> ofCase(@Param("caseId") long caseId);
}
