package cn.energyinspect.app.campaign.phase;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PhaseMapper {
    int recordOverdue(@Param("planId") long planId, @Param("phase") String phase, @Param("at") Instant at);

    List<String> overdue(@Param("planId") long planId);

    int openCases(@Param("planId") long planId);

    int targetsWithoutCase(@Param("planId") long planId);
}
