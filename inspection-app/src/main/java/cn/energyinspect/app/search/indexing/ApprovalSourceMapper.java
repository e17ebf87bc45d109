package cn.energyinspect.app.search.indexing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read-only: the project-approval rows the search documents are built from ({@code app/approval}). */
@Mapper
interface ApprovalSourceMapper {
    record ApprovalSource(
            long id,
            String programme,
            String applicationNumber,
            String title,
            String status,
            String regionCode,
            String regionParent,
            String regionGrandparent,
            String enterpriseUscc,
            String enterpriseName,
            String payload,
            Instant createdAt,
            Instant submittedAt) {}

    record ObjectionSource(
            long id,
            long applicationId,
            String receiptNumber,
            String reasons,
            String status,
            String verdict,
            Instant receivedAt) {}

    record DecisionSource(long id, long applicationId, String kind, String documentNumber, LocalDate issuedOn) {}

    record ApprovalCounts(long applications, long objections, long decisions) {}

    List<ApprovalSource> approvals(@Param("ids") Collection<Long> ids);

    List<ObjectionSource> objections(@Param("ids") Collection<Long> applicationIds);

    List<DecisionSource> decisions(@Param("ids") Collection<Long> applicationIds);

    List<Long> approvalPage(@Param("after") long afterId, @Param("limit") int limit);

    ApprovalCounts counts();
}
