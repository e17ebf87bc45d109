package cn.energyinspect.app.campaign.plan;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PlanMapper {
    /** Inserts {@code plan.row} and writes the generated id into {@code plan.id}. */
    void insert(PlanInsert plan);

    /** Inserts the row and returns its generated id. */
    default long insertRow(PlanRow row) {
        PlanInsert insert = new PlanInsert(row);
        insert(insert);
        return insert.id;
    }

    Optional<PlanRow> findById(@Param("id") long id);

    /** The plan, locked for the rest of the transaction, so two splits of one plan run one after the other. */
    Optional<PlanRow> lockById(@Param("id") long id);

    List<PlanRow> children(@Param("parentId") long parentId);

    /**
     * Whether a user of the region {@code prefix} may see the plan: it lies in the region, or a plan split from it (up
     * to two tiers down) does.
     */
    boolean visible(@Param("id") long id, @Param("prefix") String prefix);

    List<PlanRow> listVisible(@Param("prefix") String prefix, @Param("year") Integer year);

    int reissue(@Param("id") long id, @Param("version") int version, @Param("quota") int quota);

    int setStatus(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") PlanStatus status,
            @Param("reason") String reason);

    int delete(@Param("id") long id, @Param("version") int version);

    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("title") String title,
            @Param("inspectionType") String inspectionType,
            @Param("checklistTemplateCode") String checklistTemplateCode,
            @Param("industries") String industries,
            @Param("keyOnly") boolean keyOnly,
            @Param("quota") int quota);

    /** The publication times of those of {@code ids} that are published, in one query for a whole list of plans. */
    List<PlanPublication> publications(@Param("ids") java.util.Collection<Long> ids);

    List<NamedTargets.Target> namedTargets(@Param("planId") long planId);

    List<NamedTargets.View> namedTargetViews(@Param("planId") long planId);

    int countNamedTargets(@Param("planId") long planId);

    void deleteNamedTargets(@Param("planId") long planId);

    void insertNamedTarget(
            @Param("planId") long planId,
            @Param("uscc") String uscc,
            @Param("reason") NamedTargets.Reason reason,
            @Param("note") String note);

    /**
     * A case of {@code year} in {@code prefix} that found something and was not closed as rectified (referred, or
     * still open): a 复查 candidate of the next year's plan.
     */
    record UnrectifiedCase(
            String uscc,
            String enterpriseName,
            long caseId,
            String caseNumber,
            String inspectionType,
            String status,
            String outcome,
            int findings) {}

    List<UnrectifiedCase> unrectifiedCases(@Param("prefix") String prefix, @Param("year") int year);

    /** A screening of report year {@code year} in {@code prefix} with the signal "last year's finding not rectified". */
    record UnrectifiedSignal(String uscc, String enterpriseName, long screeningId, String message) {}

    List<UnrectifiedSignal> unrectifiedSignals(@Param("prefix") String prefix, @Param("year") int year);

    /** Copies the parent's named targets that lie in {@code prefix} to the child, keeping those it already has. */
    void handDownNamedTargets(
            @Param("parentId") long parentId, @Param("childId") long childId, @Param("prefix") String prefix);

    /** Insert parameter with the generated id written back. */
    final class PlanInsert {
        public Long id;
        public final PlanRow row;

        PlanInsert(PlanRow row) {
            this.row = row;
        }
    }
}
