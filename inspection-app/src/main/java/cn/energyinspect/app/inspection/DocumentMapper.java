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

    /** The latest document of a kind in a round that is not superseded. */
    Optional<DocumentRow> latest(@Param("caseId") long caseId, @Param("round") int round, @Param("kind") String kind);

    void setStatus(@Param("id") long id, @Param("status") String status, @Param("comment") String comment);

    void supersede(@Param("id") long id, @Param("by") Long by);

    void setServed(
            @Param("id") long id,
            @Param("documentNumber") String documentNumber,
            @Param("servedOn") LocalDate servedOn,
            @Param("storageKey") String storageKey,
            @Param("sha256") String sha256,
            @Param("sizeBytes") long sizeBytes,
            @Param("issuedBy") String issuedBy);
}
