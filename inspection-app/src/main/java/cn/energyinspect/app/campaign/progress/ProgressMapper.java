package cn.energyinspect.app.campaign.progress;

import cn.energyinspect.app.inspection.OverdueSteps;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProgressMapper {
    record Count(long planId, String key, long n) {}

    record Overdue(long planId, long visits, long rectifications, long notices) {
        OverdueSteps steps() {
            return new OverdueSteps(visits, rectifications, notices);
        }
    }

    List<Count> casesByStatus(@Param("planIds") Collection<Long> planIds);

    List<Count> findingsByKind(@Param("planIds") Collection<Long> planIds);

    List<Count> overQuotaEnterprises(@Param("planIds") Collection<Long> planIds);

    List<Overdue> overdue(@Param("planIds") Collection<Long> planIds, @Param("today") LocalDate today);

    List<Count> outcomes(@Param("planIds") Collection<Long> planIds);

    List<Count> targets(@Param("planIds") Collection<Long> planIds);
}
