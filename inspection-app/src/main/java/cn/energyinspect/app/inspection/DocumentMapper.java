package cn.energyinspect.app.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentMapper {
    void insert(DocumentRow row);

    List<DocumentRow> ofCase(@Param("caseId") long caseId);

    Optional<DocumentRow> find(@Param("caseId") long caseId, @Param("id") long id);

    Optional<DocumentRow> latest(@Param("caseId") long caseId, @Param("kind") String kind);

    void setStatus(@Param("id") long id, @Param("status") String status, @Param("comment") String comment);

    void setServed(
            @Param("id") long id,
            @Param("servedOn") LocalDate servedOn,
            @Param("storageKey") String storageKey,
            @Param("sha256") String sha256,
            @Param("sizeBytes") long sizeBytes);
}
