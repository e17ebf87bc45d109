package cn.energyinspect.app.desk.benchmark;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 表4 of the latest submitted versions: one unit's products, its peers' values, 领跑者 pre-selection. */
@Mapper
interface BenchmarkMapper {
    record ProductRow(
            int lineNo,
            String product,
            String indicator,
            BigDecimal value,
            String unit,
            Integer grade,
            boolean overQuota,
            boolean graded,
            String benchmarkLevel) {}

    /** The latest version's 表4 of a unit and year (empty when it has not filed). */
    List<ProductRow> products(@Param("uscc") String uscc, @Param("year") int year);

    /** One value per enterprise of the province (its first line of the product and indicator). */
    List<BigDecimal> peerValues(
            @Param("prefix") String provincePrefix,
            @Param("year") int year,
            @Param("product") String product,
            @Param("indicator") String indicator);

    record LeaderRow(
            String uscc,
            String enterpriseName,
            String regionCode,
            long versionId,
            String contentJson,
            String product,
            String indicator,
            BigDecimal value,
            String unit) {}

    /** Latest versions in {@code prefix} with a product at quota grade 1 and at or below the 标杆. */
    List<LeaderRow> gradeOneAtBenchmark(
            @Param("prefix") String prefix, @Param("year") int year, @Param("product") String product);

    record PreviousProduct(String product, String indicator, BigDecimal value) {}

    List<PreviousProduct> previous(@Param("uscc") String uscc, @Param("year") int year);
}
