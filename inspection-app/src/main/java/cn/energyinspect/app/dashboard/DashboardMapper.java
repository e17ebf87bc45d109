package cn.energyinspect.app.dashboard;

import cn.energyinspect.app.inspection.OverdueSteps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DashboardMapper {
    record Count(String key, long n) {}

    record RegionCount(String regionCode, String regionName, String status, long n) {}

    record OverQuota(String uscc, String name, String regionCode, long findings, long latestCaseId) {}

    List<Count> byStatus(@Param("prefix") String prefix, @Param("from") Instant from, @Param("to") Instant to);

    List<RegionCount> byRegion(
            @Param("prefix") String prefix,
            @Param("digits") int digits,
            @Param("from") Instant from,
            @Param("to") Instant to);

    List<Count> findingsByKind(@Param("prefix") String prefix, @Param("from") Instant from, @Param("to") Instant to);

    List<Count> findingsByIndustry(
            @Param("prefix") String prefix, @Param("from") Instant from, @Param("to") Instant to);

    List<OverQuota> overQuota(@Param("prefix") String prefix, @Param("from") Instant from, @Param("to") Instant to);

    long countOverQuota(@Param("prefix") String prefix, @Param("from") Instant from, @Param("to") Instant to);

    List<Count> outcomes(@Param("prefix") String prefix, @Param("from") Instant from, @Param("to") Instant to);

    OverdueSteps overdue(
            @Param("prefix") String prefix,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("today") LocalDate today);
}
