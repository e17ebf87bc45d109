package cn.energyinspect.app.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AuditMapper {
    void insert(AuditEntry entry);

    /** Inserts {@code entry} with the client address of the request that made the change ({@code null} for jobs). */
    void insertFrom(@Param("entry") AuditEntry entry, @Param("clientAddress") String clientAddress);

    List<AuditEntry> ofCase(@Param("caseId") long caseId);
}
