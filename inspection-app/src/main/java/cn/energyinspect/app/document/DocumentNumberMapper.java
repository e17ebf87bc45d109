package cn.energyinspect.app.document;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The 文号 series of {@code document_number_sequence}. */
@Mapper
public interface DocumentNumberMapper {
    void ensureSequence(@Param("agencyId") long agencyId, @Param("year") int year, @Param("kind") String kind);

    /** Locks the kind's sequence row until the transaction ends and returns the next number; null without a row. */
    Integer nextSequence(@Param("agencyId") long agencyId, @Param("year") int year, @Param("kind") String kind);

    void advanceSequence(
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("kind") String kind,
            @Param("value") int value);
}
