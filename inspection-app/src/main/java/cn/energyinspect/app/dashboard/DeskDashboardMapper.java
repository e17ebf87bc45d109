package cn.energyinspect.app.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The desk-review figures: grouped queries over the latest report versions and the filing rounds of a year. */
@Mapper
interface DeskDashboardMapper {
    record GradeCount(String industry, String grade, long n) {}

    /** 表4 lines by GB/T 4754 division and quota grade (GRADE_1..3, OVER_QUOTA, NOT_GRADED). */
    List<GradeCount> gradesByIndustry(@Param("prefix") String prefix, @Param("year") int year);

    record LevelCount(String industry, String level, long n) {}

    /** 表4 lines with a 标杆/基准 position, by division and level. */
    List<LevelCount> levelsByIndustry(@Param("prefix") String prefix, @Param("year") int year);

    record PueRow(String bucket, long n, BigDecimal minPue, BigDecimal maxPue) {}

    /** Data centres' PUE verdicts by GB 40879 grade. */
    List<PueRow> pue(@Param("prefix") String prefix, @Param("year") int year);

    record FilingRow(String regionCode, long units, long onTime, long late, long missing, long pending) {}

    /** The must-file units of the year's rounds by the region one level below (the first {@code digits} digits). */
    List<FilingRow> filing(@Param("prefix") String prefix, @Param("year") int year, @Param("digits") int digits);
}
