package cn.energyinspect.app.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FindingMapper {
    void insert(FindingRow finding);

    /** Every finding of the case, of every round, by number. */
    List<FindingRow> ofCase(@Param("caseId") long caseId);

    /** The findings of one round: what its notice, answers and review are about. */
    List<FindingRow> ofRound(@Param("caseId") long caseId, @Param("round") int round);

    Optional<FindingRow> find(@Param("caseId") long caseId, @Param("id") long id);

    int nextNumber(@Param("caseId") long caseId);

    /** Removes the findings the rules (and the inspector's hand grading) produced in a round, before grading again. */
    void deleteGradedFindings(@Param("caseId") long caseId, @Param("round") int round);

    int deleteManual(@Param("caseId") long caseId, @Param("round") int round, @Param("id") long id);

    int setRequirement(
            @Param("caseId") long caseId,
            @Param("id") long id,
            @Param("requiredAction") String requiredAction,
            @Param("deadline") LocalDate deadline);

    int moveDeadlines(@Param("caseId") long caseId, @Param("round") int round, @Param("deadline") LocalDate deadline);
}
