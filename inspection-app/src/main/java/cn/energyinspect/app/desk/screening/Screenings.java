package cn.energyinspect.app.desk.screening;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.desk.Checks;
import cn.energyinspect.rules.desk.FilingStatus;
import cn.energyinspect.rules.desk.ReportAssessment;
import cn.energyinspect.rules.desk.ReportChecks;
import cn.energyinspect.rules.desk.ReportFigures;
import cn.energyinspect.rules.desk.RuleSet;
import cn.energyinspect.rules.desk.Screening;
import cn.energyinspect.rules.desk.ScreeningOutcome;
import cn.energyinspect.rules.desk.Signal;
import cn.energyinspect.rules.desk.SignalOutcome;
import cn.energyinspect.rules.desk.Signals;
import cn.energyinspect.rules.desk.Verdict;
import cn.energyinspect.rules.desk.VerdictOutcome;
import cn.energyinspect.rules.procedure.Procedure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks and the screening of every filed report, and of every unit that did not file. A submitted version is
 * checked by {@code rules.desk} (each verdict stored with its basis; 表4 graded for peers and the dashboard), its
 * recomputed comprehensive consumption decides whether the unit must file next year, and the province's rule set turns
 * the verdicts, the filing status and last year's unrectified findings into signals, a risk class and — for a CASE
 * signal — a candidate for a desk-review case.
 */
@Service
public class Screenings {
    private static final Logger log = LoggerFactory.getLogger(Screenings.class);
    private static final Set<String> RISK_CLASSES = Set.of("HIGH", "MEDIUM", "LOW");
    private static final Pattern INDUSTRY = Pattern.compile("[A-T](\\d{1,4})?");
    private static final TypeReference<List<Basis>> BASES = new TypeReference<>() {};

    private final ScreeningMapper mapper;
    private final RuleSettings rules;
    private final EnterpriseMapper enterprises;
    private final ObjectMapper json;
    private final BusinessTime time;

    Screenings(
            ScreeningMapper mapper,
            RuleSettings rules,
            EnterpriseMapper enterprises,
            ObjectMapper json,
            BusinessTime time) {
        this.mapper = mapper;
        this.rules = rules;
        this.enterprises = enterprises;
        this.json = json;
        this.time = time;
    }

    /**
     * A submitted version to check and screen.
     *
     * @param countyCode the enterprise's county (its province's rule set applies)
     * @param roundId the filing round it was filed in, {@code null} when none covers it
     */
    public record Submitted(
            String uscc,
            int year,
            String countyCode,
            String industryCode,
            Long roundId,
            long versionId,
            FilingStatus filing,
            ReportFigures figures) {}

    /** What the checks and the screening of a version found. */
    public record Outcome(
            ReportAssessment assessment,
            long screeningId,
            String riskClass,
            boolean caseCandidate,
            List<Signal> signals) {}

    /** Checks and screens a submitted version, inside the submission's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome screenSubmitted(Submitted s) {
        return screenSubmitted(s, rules.forRegion(s.countyCode()));
    }

    /** The same with a rule set the caller already holds (a batch of one province). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome screenSubmitted(Submitted s, RuleSet set) {
        ReportAssessment assessment = ReportChecks.standard().check(s.figures(), set);
        storeVerdicts(s, assessment);
        if (assessment.keyUnit() != null) {
            var key = assessment.keyUnit();
            mapper.upsertKeyUnit(
                    s.uscc(),
                    s.year() + 1,
                    key.annualTce(),
                    key.status().name(),
                    s.year() + " 年能源利用状况报告折算综合能源消费量 "
                            + key.annualTce().stripTrailingZeros().toPlainString()
                            + " tce（GB/T 2589-2020；节约能源法第五十二条）："
                            + DisplayNames.of(
                                    DisplayNames.Category.KEY_UNIT_STATUS,
                                    key.status().name()),
                    s.versionId(),
                    time.now());
        }
        ScreeningOutcome outcome = Screening.screen(s.filing(), assessment, unrectified(s.uscc(), s.year()), set);
        long id = store(
                s.uscc(),
                s.year(),
                s.roundId(),
                s.versionId(),
                s.countyCode(),
                s.industryCode(),
                s.filing(),
                outcome,
                set);
        return new Outcome(assessment, id, outcome.riskClass().name(), outcome.caseCandidate(), outcome.signals());
    }

    /**
     * The units of a round that did not file by its due day: each screened as NOT_FILED (with last year's findings),
     * a candidate for an Art. 82 case. A unit already screened on a filed report keeps that screening.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int screenMissing(long roundId, int year, List<String> usccs) {
        int screened = 0;
        for (String uscc : usccs) {
            var existing = mapper.findByUnitYear(uscc, year);
            if (existing.isPresent() && existing.get().versionId() != null) {
                continue;
            }
            EnterpriseRow enterprise = enterprises.findByUscc(uscc).orElse(null);
            if (enterprise == null) {
                continue;
            }
            RuleSet set = rules.forRegion(enterprise.regionCode());
            ScreeningOutcome outcome = Screening.screen(FilingStatus.NOT_FILED, null, unrectified(uscc, year), set);
            store(
                    uscc,
                    year,
                    roundId,
                    null,
                    enterprise.regionCode(),
                    enterprise.industryCode(),
                    FilingStatus.NOT_FILED,
                    outcome,
                    set);
            screened++;
        }
        log.info("I-DESK-MISSING-SCREENED round={} year={} units={}", roundId, year, screened);
        return screened;
    }

    private List<String> unrectified(String uscc, int year) {
        return mapper.unrectified(uscc, year).stream()
                .map(c -> c.caseNumber() + "：" + c.findings() + " 项监察发现，"
                        + (c.outcome() != null
                                ? DisplayNames.of(DisplayNames.Category.CASE_OUTCOME, c.outcome())
                                : "尚未结案（" + DisplayNames.of(DisplayNames.Category.CASE_STATUS, c.status()) + "）"))
                .toList();
    }

    private void storeVerdicts(Submitted s, ReportAssessment assessment) {
        List<ScreeningMapper.VerdictRow> rows = new ArrayList<>();
        int line = 1;
        for (Verdict v : assessment.verdicts()) {
            rows.add(new ScreeningMapper.VerdictRow(
                    s.versionId(),
                    line++,
                    v.check(),
                    v.outcome().name(),
                    v.signal(),
                    v.table(),
                    cut(v.field(), 64),
                    cut(v.subject(), 200),
                    v.value(),
                    v.threshold(),
                    cut(v.unit(), 24),
                    v.grade(),
                    cut(v.level(), 32),
                    cut(v.message(), 2000),
                    basis(v.basis()),
                    v.unconfirmed()));
        }
        for (int from = 0; from < rows.size(); from += 500) {
            mapper.insertVerdicts(rows.subList(from, Math.min(rows.size(), from + 500)));
        }
        List<ScreeningMapper.ProductRow> products = new ArrayList<>();
        List<ReportFigures.Product> declared = s.figures().products();
        for (int i = 0; i < declared.size(); i++) {
            ReportFigures.Product p = declared.get(i);
            String field = "products[" + i + "].value";
            Verdict grade = first(assessment, Checks.QUOTA_GRADE, field);
            Verdict level = first(assessment, Checks.BENCHMARK, field);
            products.add(new ScreeningMapper.ProductRow(
                    s.versionId(),
                    i + 1,
                    p.product(),
                    p.indicator(),
                    BigDecimal.valueOf(p.value()),
                    p.unit(),
                    grade == null ? null : grade.grade(),
                    grade != null && grade.raises(Signals.OVER_QUOTA),
                    grade != null && grade.outcome() != VerdictOutcome.PENDING,
                    level == null ? null : level.level()));
        }
        if (!products.isEmpty()) {
            mapper.insertProducts(products);
        }
    }

    private static Verdict first(ReportAssessment assessment, String check, String field) {
        for (Verdict v : assessment.verdicts()) {
            if (v.check().equals(check) && v.field().equals(field)) {
                return v;
            }
        }
        return null;
    }

    private long store(
            String uscc,
            int year,
            Long roundId,
            Long versionId,
            String countyCode,
            String industryCode,
            FilingStatus filing,
            ScreeningOutcome outcome,
            RuleSet set) {
        int cases = (int) outcome.signals().stream()
                .filter(x -> x.outcome() == SignalOutcome.CASE)
                .count();
        ScreeningMapper.NewScreening row = new ScreeningMapper.NewScreening(
                uscc,
                year,
                roundId,
                versionId,
                countyCode,
                industryCode,
                filing.name(),
                outcome.riskClass().name(),
                outcome.caseCandidate(),
                cases,
                outcome.signals().size() - cases,
                set.province() == null ? "DEFAULT" : set.province(),
                time.now());
        mapper.upsertScreening(row);
        long id = row.id;
        mapper.deleteSignals(id);
        List<ScreeningMapper.SignalRow> signals = new ArrayList<>();
        int line = 1;
        for (Signal signal : outcome.signals()) {
            Verdict v = signal.verdict();
            signals.add(new ScreeningMapper.SignalRow(
                    id,
                    line++,
                    signal.code(),
                    signal.outcome().name(),
                    signal.lawArticle(),
                    cut(signal.subject(), 200),
                    cut(signal.message(), 2000),
                    v == null ? null : cut(v.field(), 64),
                    v == null ? null : v.value(),
                    v == null ? null : v.threshold(),
                    v == null ? null : cut(v.unit(), 24),
                    basis(signal.basis()),
                    v != null ? v.unconfirmed() : signal.basis().getFirst().unconfirmed()));
        }
        for (int from = 0; from < signals.size(); from += 500) {
            mapper.insertSignals(signals.subList(from, Math.min(signals.size(), from + 500)));
        }
        mapper.upsertRiskClass(uscc, year, outcome.riskClass().name(), id);
        return id;
    }

    private String basis(List<Basis> basis) {
        try {
            return json.writeValueAsString(basis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a basis", e);
        }
    }

    List<Basis> readBasis(String text) {
        try {
            return json.readValue(text, BASES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored basis", e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    // ---------------------------------------------------------------- reading

    @Schema(description = "A unit's screening for a report year")
    public record ScreeningView(
            long id,
            String uscc,
            String enterpriseName,
            int reportYear,
            String regionCode,
            String regionName,
            String industryCode,

            @Schema(description = "ON_TIME, LATE or NOT_FILED")
            String filingStatus,

            String filingStatusLabel,

            @Schema(description = "HIGH, MEDIUM or LOW: the RISK_CLASS stratum of next year's draw")
            String riskClass,

            String riskClassLabel,

            @Schema(description = "At least one signal the province sends to a case")
            boolean caseCandidate,

            int caseSignals,
            int flagSignals,

            @Schema(description = "DEFAULT, or the province whose settings applied")
            String ruleSet,

            Instant screenedAt,
            Long versionId,
            Long deskCaseId,
            String deskCaseNumber,
            @Schema(description = "In the detail only") List<SignalView> signals) {}

    @Schema(description = "One signal of a screening")
    public record SignalView(
            int line,
            String code,
            String name,
            @Schema(description = "CASE or FLAG") String outcome,
            String outcomeLabel,

            @Schema(description = "The article of 节约能源法 it rests on, as cited; null for a policy")
            String lawArticle,

            @Schema(description = "The article's code in the procedure data, e.g. EL53; null for a policy")
            String lawArticleCode,

            String subject,
            String message,
            String field,
            BigDecimal value,
            BigDecimal threshold,
            String unit,

            @Schema(description = "It rests on an unconfirmed value (待核实)")
            boolean unconfirmed,

            List<Basis> basis) {}

    @Schema(description = "A page of screenings, the highest risk first")
    public record ScreeningPage(List<ScreeningView> items, int page, int size, long totalItems) {}

    /** The filters of the list and its export. */
    public record Filter(
            Integer year,
            String regionCode,
            String riskClass,
            String signal,
            Boolean candidate,
            Boolean hasCase,
            String industry,
            int page,
            int size) {}

    ScreeningQuery scoped(Filter filter, CurrentUser user, int offset, int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (filter.regionCode() != null && !RegionCodes.isWellFormed(filter.regionCode())) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        }
        if (filter.riskClass() != null && !RISK_CLASSES.contains(filter.riskClass())) {
            errors.add(new FieldError("riskClass", "须为 HIGH、MEDIUM 或 LOW"));
        }
        if (filter.signal() != null && !Signals.ALL.contains(filter.signal())) {
            errors.add(new FieldError("signal", "未知的筛查信号；可选：" + String.join("、", Signals.ALL)));
        }
        if (filter.industry() != null && !INDUSTRY.matcher(filter.industry()).matches()) {
            errors.add(new FieldError("industry", "须为国民经济行业分类代码或其前缀（GB/T 4754，例如 C、C30）"));
        }
        if (filter.year() != null && (filter.year() < 2000 || filter.year() > 2100)) {
            errors.add(new FieldError("year", "须为 2000–2100 之间的年份"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        var scope = user.jurisdiction();
        return new ScreeningQuery(
                scope.regionPrefix(),
                scope.enterpriseUscc(),
                filter.year(),
                filter.regionCode() == null ? null : RegionCodes.prefix(filter.regionCode()),
                filter.riskClass(),
                filter.signal(),
                filter.candidate(),
                filter.hasCase(),
                filter.industry(),
                offset,
                limit);
    }

    @Transactional(readOnly = true)
    public ScreeningPage list(Filter filter, CurrentUser user) {
        requireAgency(user);
        List<FieldError> errors = new ArrayList<>();
        Paging.check(filter.page(), filter.size(), Paging.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        ScreeningQuery query = scoped(filter, user, Paging.offset(filter.page(), filter.size()), filter.size());
        return new ScreeningPage(
                mapper.list(query).stream().map(r -> view(r, null)).toList(),
                filter.page(),
                filter.size(),
                mapper.count(query));
    }

    /** Every screening the list shows for {@code filter} (its paging aside), up to {@code cap}. */
    @Transactional(readOnly = true)
    public List<ScreeningView> all(Filter filter, CurrentUser user, int cap) {
        requireAgency(user);
        ScreeningQuery query = scoped(filter, user, 0, cap + 1);
        long total = mapper.count(query);
        if (total > cap) {
            throw new Refusal(
                    Refusal.Kind.VALIDATION_FAILED, "符合条件的筛查结果有 " + total + " 条，超过单次导出上限 " + cap + " 条，请缩小筛选范围后再导出");
        }
        return mapper.list(query).stream()
                .map(r -> view(r, signalViews(r.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ScreeningView get(long id, CurrentUser user) {
        requireAgency(user);
        ScreeningRow row = visible(id, user);
        return view(row, signalViews(id));
    }

    /** The screening if the user may see it (an enterprise its own, an agency its region); otherwise 404. */
    public ScreeningRow visible(long id, CurrentUser user) {
        return mapper.find(id)
                .filter(r -> user.jurisdiction().coversEnterprise(r.uscc(), r.regionCode()))
                .orElseThrow(() -> Refusal.notFound("筛查结果"));
    }

    /** The unit's screening of a year, if there is one and the user may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<ScreeningView> ofUnit(String uscc, int year, CurrentUser user) {
        return mapper.findByUnitYear(uscc, year)
                .filter(r -> user.jurisdiction().coversEnterprise(r.uscc(), r.regionCode()))
                .map(r -> view(r, signalViews(r.id())));
    }

    @Schema(description = "Whether the unit must file the next year, as its report recomputed it (GB/T 2589)")
    public record KeyUnitFlag(
            @Schema(description = "The report year this flag decides the filing of (the report's year + 1)")
            int appliesYear,

            @Schema(description = "YES (on next year's round), IF_DESIGNATED or NO")
            String status,

            String statusLabel,
            BigDecimal totalTce,

            @Schema(description = "Why: the report, the recomputed consumption, the conversion and the threshold")
            String basis) {}

    /** The key-unit flag the unit's report of {@code appliesYear - 1} set, if it filed one. */
    @Transactional(readOnly = true)
    public java.util.Optional<KeyUnitFlag> keyUnitFlag(String uscc, int appliesYear) {
        return mapper.keyUnit(uscc, appliesYear)
                .map(k -> new KeyUnitFlag(
                        k.appliesYear(),
                        k.status(),
                        DisplayNames.of(DisplayNames.Category.KEY_UNIT_STATUS, k.status()),
                        k.totalTce(),
                        k.basis()));
    }

    /** The signals as stored. */
    public List<SignalView> signalViews(long screeningId) {
        Procedure procedure = Procedure.standard();
        return mapper.signals(screeningId).stream()
                .map(s -> new SignalView(
                        s.lineNo(),
                        s.code(),
                        DisplayNames.of(DisplayNames.Category.SCREENING_SIGNAL, s.code()),
                        s.outcome(),
                        DisplayNames.of(DisplayNames.Category.SIGNAL_OUTCOME, s.outcome()),
                        s.lawArticle() == null
                                ? null
                                : procedure
                                        .article(s.lawArticle())
                                        .map(a -> a.citation())
                                        .orElse(null),
                        s.lawArticle(),
                        s.subject(),
                        s.message(),
                        s.field(),
                        s.value(),
                        s.threshold(),
                        s.unit(),
                        s.unconfirmed(),
                        readBasis(s.basisJson())))
                .toList();
    }

    /** Locks the screening to open its desk case; a second case of it is a conflict. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ScreeningRow lockForCase(long id, CurrentUser user) {
        visible(id, user);
        ScreeningRow row = mapper.findForUpdate(id).orElseThrow(() -> Refusal.notFound("筛查结果"));
        if (row.deskCaseId() != null) {
            throw Refusal.conflict("该筛查结果已立案（案件 "
                    + mapper.find(id).map(ScreeningRow::deskCaseNumber).orElse("") + "）");
        }
        return row;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void linkCase(long screeningId, long caseId) {
        if (mapper.setDeskCase(screeningId, caseId) != 1) {
            throw Refusal.conflict("该筛查结果已立案");
        }
    }

    /** The verdicts of a version as stored. */
    public List<VerdictView> verdicts(long versionId) {
        return mapper.verdicts(versionId).stream()
                .map(v -> new VerdictView(
                        v.lineNo(),
                        v.checkCode(),
                        DisplayNames.of(DisplayNames.Category.REPORT_CHECK, v.checkCode()),
                        v.outcome(),
                        v.signalCode(),
                        v.tableRef(),
                        v.field(),
                        v.subject(),
                        v.value(),
                        v.threshold(),
                        v.unit(),
                        v.grade(),
                        v.level(),
                        v.message(),
                        v.unconfirmed(),
                        readBasis(v.basisJson())))
                .toList();
    }

    /** A verdict as the API shows it. */
    @Schema(description = "One automatic check of a report")
    public record VerdictView(
            int line,
            String check,
            String checkName,

            @Schema(description = "PASS, SIGNAL, PENDING (a person must decide) or INFO")
            String outcome,

            String signal,
            String table,
            String field,
            String subject,
            BigDecimal value,
            BigDecimal threshold,
            String unit,
            Integer grade,
            String level,
            String message,
            boolean unconfirmed,
            List<Basis> basis) {

        /** The same view of a verdict just computed (live checks, not stored). */
        public static VerdictView of(int line, Verdict v) {
            return new VerdictView(
                    line,
                    v.check(),
                    DisplayNames.of(DisplayNames.Category.REPORT_CHECK, v.check()),
                    v.outcome().name(),
                    v.signal(),
                    v.table(),
                    v.field(),
                    v.subject(),
                    v.value(),
                    v.threshold(),
                    v.unit(),
                    v.grade(),
                    v.level(),
                    v.message(),
                    v.unconfirmed(),
                    v.basis());
        }
    }

    ScreeningView view(ScreeningRow r, List<SignalView> signals) {
        return new ScreeningView(
                r.id(),
                r.uscc(),
                r.enterpriseName(),
                r.reportYear(),
                r.regionCode(),
                cn.energyinspect.rules.region.Regions.standard()
                        .find(r.regionCode())
                        .map(cn.energyinspect.rules.region.Region::name)
                        .orElse(null),
                r.industryCode(),
                r.filingStatus(),
                DisplayNames.of(DisplayNames.Category.FILING_STATUS, r.filingStatus()),
                r.riskClass(),
                DisplayNames.of(DisplayNames.Category.RISK_CLASS, r.riskClass()),
                r.caseCandidate(),
                r.caseSignals(),
                r.flagSignals(),
                r.ruleSet(),
                r.screenedAt(),
                r.versionId(),
                r.deskCaseId(),
                r.deskCaseNumber(),
                signals);
    }

    private static void requireAgency(CurrentUser user) {
        user.requireRole("筛查结果仅供监察机构查看", Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR);
    }
}
