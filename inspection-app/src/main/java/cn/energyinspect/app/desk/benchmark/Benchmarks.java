package cn.energyinspect.app.desk.benchmark;

import cn.energyinspect.app.desk.report.ReportContent;
import cn.energyinspect.app.desk.report.ReportValidation;
import cn.energyinspect.app.desk.screening.RuleSettings;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.desk.DeskParameter;
import cn.energyinspect.rules.desk.LeaderAssessment;
import cn.energyinspect.rules.desk.LeaderCandidacy;
import cn.energyinspect.rules.desk.LeaderCriterion;
import cn.energyinspect.rules.desk.PeerPosition;
import cn.energyinspect.rules.desk.PeerRanking;
import cn.energyinspect.rules.desk.ReportAssessment;
import cn.energyinspect.rules.desk.ReportChecks;
import cn.energyinspect.rules.desk.ReportFigures;
import cn.energyinspect.rules.desk.RuleSet;
import cn.energyinspect.rules.region.Region;
import cn.energyinspect.rules.region.Regions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benchmarking of 表4 (programmes.md §7.3): a unit consumption against the peers of the same product and indicator in
 * the province and report year (the latest version of every report), shown only with at least the province's MIN_PEERS
 * (desk/parameters.csv, default 5, set in the rule set) so no single peer can be recognised; the peers stay anonymous.
 * And the 能效领跑者 candidates by the programme's 2025 criteria ({@link LeaderCandidacy}).
 */
@Service
@Transactional(readOnly = true)
public class Benchmarks {
    private final BenchmarkMapper mapper;
    private final EnterpriseMapper enterprises;
    private final RuleSettings rules;
    private final ReportValidation validation;
    private final ObjectMapper json;
    private final BusinessTime time;

    Benchmarks(
            BenchmarkMapper mapper,
            EnterpriseMapper enterprises,
            RuleSettings rules,
            ReportValidation validation,
            ObjectMapper json,
            BusinessTime time) {
        this.mapper = mapper;
        this.enterprises = enterprises;
        this.rules = rules;
        this.validation = validation;
        this.json = json;
        this.time = time;
    }

    @Schema(description = "A unit's 表4 against its peers of the province")
    public record BenchmarkView(
            String uscc,
            String enterpriseName,
            int year,
            String provinceCode,
            String provinceName,

            @Schema(description = "Whether the unit filed a report of the year")
            boolean filed,

            @Schema(description = "The province's least peer-group size to show a position (MIN_PEERS)")
            int minimumPeers,

            @Schema(description = "The minimum is the platform's default, not confirmed by a regulation")
            boolean minimumPeersUnconfirmed,

            List<ProductBenchmark> products) {}

    @Schema(description = "One product of 表4 against its peers; lower values are better")
    public record ProductBenchmark(
            int line,
            String product,
            String productName,
            String indicator,
            String indicatorName,
            BigDecimal value,
            String unit,

            @Schema(description = "GRADE_1, GRADE_2, GRADE_3, OVER_QUOTA or NOT_GRADED")
            String grade,

            String gradeName,

            @Schema(description = "AT_OR_BELOW_BENCHMARK, BETWEEN, ABOVE_BASELINE or null")
            String benchmarkLevel,

            String benchmarkLevelName,

            @Schema(description = "Peers in the group, the unit itself included")
            int peers,

            @Schema(description = "Whether the position is shown (enough peers)")
            boolean shown,

            @Schema(description = "1 = the lowest value; null when not shown")
            Integer rank,

            @Schema(description = "Share of the other peers with a higher (worse) value, 0–100; null when not shown")
            Double betterThanPercent,

            @Schema(description = "The group's median; null when not shown")
            Double median,

            @Schema(description = "Why the position is not shown; null when shown")
            String notShownReason) {}

    public BenchmarkView benchmark(String uscc, int year, CurrentUser user) {
        if (user.role() == Role.PROJECT_REVIEWER) {
            throw Refusal.forbidden("项目审查人员不查看能效对标");
        }
        EnterpriseRow enterprise = enterprises
                .findByUscc(uscc == null ? "" : uscc)
                .filter(e -> user.jurisdiction().coversEnterprise(e.uscc(), e.regionCode()))
                .orElseThrow(() -> Refusal.notFound("企业"));
        checkYear(year);
        String province = enterprise.regionCode().substring(0, 2);
        RuleSet set = rules.forRegion(enterprise.regionCode());
        DeskParameter min = set.parameter("MIN_PEERS");
        int minimum = min.intValue();
        List<BenchmarkMapper.ProductRow> rows = mapper.products(enterprise.uscc(), year);
        Map<String, double[]> groups = new LinkedHashMap<>();
        List<ProductBenchmark> products = new ArrayList<>();
        for (BenchmarkMapper.ProductRow p : rows) {
            double[] group = groups.computeIfAbsent(
                    p.product() + "/" + p.indicator(),
                    k -> mapper.peerValues(province, year, p.product(), p.indicator()).stream()
                            .mapToDouble(BigDecimal::doubleValue)
                            .toArray());
            PeerPosition position = PeerRanking.position(p.value().doubleValue(), group, minimum);
            String grade = grade(p);
            products.add(new ProductBenchmark(
                    p.lineNo(),
                    p.product(),
                    DisplayNames.of(DisplayNames.Category.QUOTA_PRODUCT, p.product()),
                    p.indicator(),
                    DisplayNames.of(
                            DisplayNames.Category.QUOTA_INDICATOR,
                            DisplayNames.indicatorKey(p.product(), p.indicator())),
                    p.value(),
                    p.unit(),
                    grade,
                    DisplayNames.of(DisplayNames.Category.QUOTA_GRADE, grade),
                    p.benchmarkLevel(),
                    DisplayNames.of(DisplayNames.Category.BENCHMARK_LEVEL, p.benchmarkLevel()),
                    position.peers(),
                    position.shown(),
                    position.rank(),
                    position.betterThanPercent(),
                    position.median(),
                    position.shown()
                            ? null
                            : "本省同类产品填报企业 " + position.peers() + " 家，少于 " + minimum + " 家，不显示排名（避免识别单个企业）"));
        }
        return new BenchmarkView(
                enterprise.uscc(),
                enterprise.name(),
                year,
                province + "0000",
                Regions.standard().find(province + "0000").map(Region::name).orElse(province + "0000"),
                !rows.isEmpty(),
                minimum,
                min.unconfirmed(),
                products);
    }

    static String grade(BenchmarkMapper.ProductRow p) {
        if (p.overQuota()) {
            return "OVER_QUOTA";
        }
        if (!p.graded() || p.grade() == null) {
            return "NOT_GRADED";
        }
        return "GRADE_" + p.grade();
    }

    @Schema(description = "能效领跑者 candidates of a year in the reader's region")
    public record LeaderList(
            int year,
            String product,
            String productName,

            @Schema(description = "How many meet every criterion the report can show")
            int candidates,

            List<Leader> items) {}

    @Schema(description = "A product at quota grade 1 and at or below the 标杆, measured against the 领跑者 criteria")
    public record Leader(
            String uscc,
            String enterpriseName,
            String regionCode,
            String regionName,
            String product,
            String productName,
            String indicator,
            String indicatorName,
            BigDecimal value,
            String unit,

            @Schema(description = "Every criterion the report can show is met (the others are listed to verify)")
            boolean candidate,

            List<Criterion> criteria) {}

    @Schema(description = "One 领跑者 criterion: met true/false, or null when the report cannot show it (to verify)")
    public record Criterion(String code, String name, Boolean met, String detail, String basis) {}

    public LeaderList leaders(Integer year, String product, CurrentUser user) {
        user.requireAgencyUser();
        if (year == null) {
            throw Refusal.invalid("year", "必填：报告年度");
        }
        checkYear(year);
        String wanted = product == null || product.isBlank() ? null : product.strip();
        if (wanted != null && !DisplayNames.knows(DisplayNames.Category.QUOTA_PRODUCT, wanted)) {
            throw Refusal.invalid("product", "未知产品代码");
        }
        Map<Long, List<BenchmarkMapper.LeaderRow>> byVersion = new LinkedHashMap<>();
        for (BenchmarkMapper.LeaderRow row :
                mapper.gradeOneAtBenchmark(user.jurisdiction().regionPrefix(), year, wanted)) {
            byVersion.computeIfAbsent(row.versionId(), k -> new ArrayList<>()).add(row);
        }
        List<Leader> items = new ArrayList<>();
        for (List<BenchmarkMapper.LeaderRow> rows : byVersion.values()) {
            BenchmarkMapper.LeaderRow first = rows.getFirst();
            RuleSet set = rules.forRegion(first.regionCode());
            ReportFigures figures = validation.figures(
                    read(first.contentJson()), year, first.regionCode(), previous(first.uscc(), year));
            ReportAssessment assessment = ReportChecks.standard().check(figures, set);
            for (LeaderAssessment a : LeaderCandidacy.assess(figures, assessment, set)) {
                if (wanted != null && !wanted.equals(a.product())) {
                    continue;
                }
                BenchmarkMapper.LeaderRow row = rows.stream()
                        .filter(r ->
                                r.product().equals(a.product()) && r.indicator().equals(a.indicator()))
                        .findFirst()
                        .orElse(first);
                items.add(new Leader(
                        first.uscc(),
                        first.enterpriseName(),
                        first.regionCode(),
                        Regions.standard()
                                .find(first.regionCode())
                                .map(Region::name)
                                .orElse(first.regionCode()),
                        a.product(),
                        DisplayNames.of(DisplayNames.Category.QUOTA_PRODUCT, a.product()),
                        a.indicator(),
                        DisplayNames.of(
                                DisplayNames.Category.QUOTA_INDICATOR,
                                DisplayNames.indicatorKey(a.product(), a.indicator())),
                        row.value(),
                        row.unit(),
                        a.candidate(),
                        a.criteria().stream().map(Benchmarks::criterion).toList()));
            }
        }
        items.sort(Comparator.comparing((Leader l) -> !l.candidate())
                .thenComparing(Leader::product)
                .thenComparing(Leader::value)
                .thenComparing(Leader::uscc));
        return new LeaderList(
                year,
                wanted,
                DisplayNames.of(DisplayNames.Category.QUOTA_PRODUCT, wanted),
                (int) items.stream().filter(Leader::candidate).count(),
                items);
    }

    private static Criterion criterion(LeaderCriterion c) {
        String basis = c.basis() == null
                ? null
                : c.basis().reference()
                        + (c.basis().clause() == null ? "" : " " + c.basis().clause());
        return new Criterion(c.code(), c.nameZh(), c.met(), c.detail(), basis);
    }

    private Map<String, BigDecimal> previous(String uscc, int year) {
        Map<String, BigDecimal> previous = new LinkedHashMap<>();
        mapper.previous(uscc, year - 1)
                .forEach(p -> previous.putIfAbsent(p.product() + "/" + p.indicator(), p.value()));
        return previous;
    }

    private ReportContent read(String text) {
        try {
            return json.readValue(text, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report content unreadable", e);
        }
    }

    private void checkYear(int year) {
        int latest = time.today().getYear();
        if (year < 2000 || year > latest) {
            throw Refusal.invalid("year", "报告年度须在 2000–" + latest + " 之间");
        }
    }
}
