package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.benchmark.BenchmarkLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidates for 能效领跑者 by the 2025 criteria (工信厅联节函〔2025〕221号, programmes.md §7.2): a legal person above
 * 10,000 tce; the product at quota grade 1 and at or below the 2023 标杆; non-fossil energy at least 20 %; an energy
 * management post (the report shows the filed manager; GB/T 23331 / GB/T 19022 systems and full metering are left to
 * verify). Only products at grade 1 and 标杆 are assessed. A pure function.
 */
public final class LeaderCandidacy {
    private LeaderCandidacy() {}

    public static List<LeaderAssessment> assess(ReportFigures report, ReportAssessment assessment, RuleSet rules) {
        List<LeaderAssessment> found = new ArrayList<>();
        List<Verdict> grades = assessment.of(Checks.QUOTA_GRADE);
        List<Verdict> benchmarks = assessment.of(Checks.BENCHMARK);
        DeskParameter minTce = rules.parameter("LEADER_MIN_TCE");
        DeskParameter minNonFossil = rules.parameter("LEADER_MIN_NON_FOSSIL_PERCENT");
        Basis criteria = minTce.basis();
        for (Verdict grade : grades) {
            if (grade.grade() == null || grade.grade() != 1) {
                continue;
            }
            Verdict benchmark = benchmarks.stream()
                    .filter(b -> b.field().equals(grade.field()))
                    .findFirst()
                    .orElse(null);
            if (benchmark == null
                    || !BenchmarkLevel.AT_OR_BELOW_BENCHMARK.name().equals(benchmark.level())) {
                continue;
            }
            int index = Integer.parseInt(
                    grade.field().replaceAll("\\D+", " ").trim().split(" ")[0]);
            ReportFigures.Product product = report.products().get(index);
            List<LeaderCriterion> list = new ArrayList<>();
            BigDecimal total = assessment.recomputedTotalTce();
            list.add(new LeaderCriterion(
                    "ENERGY_ABOVE",
                    "法人单位年综合能源消费量高于 " + minTce.value().toPlainString() + " tce",
                    total == null ? null : total.compareTo(minTce.value()) > 0,
                    total == null
                            ? "报告未填报能源消费量"
                            : "年综合能源消费量 " + total.stripTrailingZeros().toPlainString() + " tce",
                    criteria));
            list.add(new LeaderCriterion(
                    "QUOTA_GRADE_1",
                    "单位产品能耗达到限额标准 1 级",
                    true,
                    grade.message(),
                    grade.basis().getFirst()));
            list.add(new LeaderCriterion(
                    "AT_BENCHMARK",
                    "达到能效标杆水平",
                    true,
                    benchmark.message(),
                    benchmark.basis().getFirst()));
            Double share = report.nonFossilSharePercent();
            list.add(new LeaderCriterion(
                    "NON_FOSSIL",
                    "非化石能源消费占比不低于 " + minNonFossil.value().toPlainString() + "%",
                    share == null ? null : share >= minNonFossil.doubleValue(),
                    share == null ? "报告未填报非化石能源占比，待核实" : "非化石能源占比 " + share + "%",
                    minNonFossil.basis()));
            list.add(new LeaderCriterion(
                    "MANAGEMENT",
                    "设立能源管理岗位；能源管理体系（GB/T 23331）、计量体系（GB/T 19022）健全",
                    Boolean.TRUE.equals(report.energyManagerFiled()) ? null : Boolean.FALSE,
                    Boolean.TRUE.equals(report.energyManagerFiled()) ? "能源管理负责人已备案；管理体系与计量待核实" : "能源管理负责人未备案",
                    criteria));
            boolean candidate = list.stream().noneMatch(c -> Boolean.FALSE.equals(c.met()));
            found.add(new LeaderAssessment(product.product(), product.indicator(), grade.subject(), candidate, list));
        }
        return List.copyOf(found);
    }
}
