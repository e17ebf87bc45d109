package cn.energyinspect.app.desk.report;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.desk.round.ReportRounds;
import cn.energyinspect.app.desk.screening.RuleSettings;
import cn.energyinspect.app.desk.screening.Screenings;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.desk.FilingStatus;
import cn.energyinspect.rules.desk.ReportAssessment;
import cn.energyinspect.rules.desk.ReportChecks;
import cn.energyinspect.rules.desk.ReportFigures;
import cn.energyinspect.rules.desk.RuleSet;
import cn.energyinspect.rules.desk.Verdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual 能源利用状况报告 of a unit: a draft saved as typed, and submissions, each a new version; a correction after
 * submission carries its reason, the same content submitted again is stored once. A submission is checked and screened
 * at once (see {@link Screenings}); figures that do not add up are filed and flagged. An enterprise reads and files its
 * own reports only (another's is a 404); agency users read those of their region and import batches.
 */
@Service
public class EnergyReports {
    private static final Logger log = LoggerFactory.getLogger(EnergyReports.class);
    static final String PORTAL = "PORTAL";
    static final String EXCEL = "EXCEL";
    static final String BATCH = "BATCH";

    private final ReportMapper reports;
    private final ReportValidation validation;
    private final ReportRounds rounds;
    private final Screenings screenings;
    private final RuleSettings rules;
    private final EnterpriseMapper enterprises;
    private final ObjectMapper json;
    private final ObjectMapper canonical;
    private final AuditLog audit;
    private final BusinessTime time;

    EnergyReports(
            ReportMapper reports,
            ReportValidation validation,
            ReportRounds rounds,
            Screenings screenings,
            RuleSettings rules,
            EnterpriseMapper enterprises,
            ObjectMapper json,
            AuditLog audit,
            BusinessTime time) {
        this.reports = reports;
        this.validation = validation;
        this.rounds = rounds;
        this.screenings = screenings;
        this.rules = rules;
        this.enterprises = enterprises;
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.audit = audit;
        this.time = time;
    }

    // ------------------------------------------------------------------ views

    @Schema(description = "A unit's report of one year: its draft, its versions, the latest checks, its round")
    public record ReportView(
            String uscc,
            String enterpriseName,
            int year,

            @Schema(description = "NONE (nothing saved), DRAFT or SUBMITTED")
            String status,

            String statusLabel,
            String formVersion,

            @Schema(description = "The draft being typed, null once submitted (until a new draft)")
            ReportContent draft,

            Instant draftUpdatedAt,
            int currentVersion,
            List<VersionSummary> versions,

            @Schema(description = "The latest submitted version with its checks")
            VersionDetail latest,

            RoundInfo round,

            @Schema(
                    description = "The key-unit flag the latest version set for the next year's filing, with its"
                            + " basis; null before a submission")
            Screenings.KeyUnitFlag keyUnitNextYear) {}

    @Schema(description = "A submitted version")
    public record VersionSummary(
            int version,
            String source,
            String sourceLabel,

            @Schema(description = "Why a submitted report was corrected")
            String reason,

            Instant submittedAt,
            boolean late,
            BigDecimal declaredTotalTce,
            BigDecimal recomputedTotalTce,
            String keyUnitStatus,
            String keyUnitStatusLabel) {}

    @Schema(description = "A version with its content and every check of it")
    public record VersionDetail(VersionSummary summary, ReportContent content, List<Screenings.VerdictView> verdicts) {}

    @Schema(description = "Where the report stands in its filing round")
    public record RoundInfo(
            long roundId,
            LocalDate dueDate,
            String roundStatus,

            @Schema(description = "PENDING, ON_TIME, LATE or MISSING; null when the unit is not on the round's list")
            String filerStatus,

            String filerStatusLabel,
            @Schema(description = "The due day has passed") boolean late,

            @Schema(description = "The round is closed and not reopened for the unit: a submission is refused")
            boolean closedForUnit,

            @Schema(description = "Reminders sent, working days before the due day")
            List<Integer> reminders) {}

    @Transactional(readOnly = true)
    public ReportView view(String uscc, int year, CurrentUser user) {
        EnterpriseRow enterprise = readable(uscc, user);
        checkYear(year);
        Optional<ReportMapper.ReportRow> row = reports.find(enterprise.uscc(), year);
        Optional<ReportRounds.Window> window =
                rounds.window(enterprise.uscc(), enterprise.regionCode(), year, time.now());
        RoundInfo round = window.map(w -> new RoundInfo(
                        w.roundId(),
                        w.dueDate(),
                        w.roundStatus(),
                        w.filerStatus(),
                        w.filerStatus() == null
                                ? null
                                : DisplayNames.of(DisplayNames.Category.FILER_STATUS, w.filerStatus()),
                        w.late(),
                        w.closedForUnit(),
                        rounds.reminders(w.roundId(), enterprise.uscc())))
                .orElse(null);
        if (row.isEmpty()) {
            return new ReportView(
                    enterprise.uscc(),
                    enterprise.name(),
                    year,
                    "NONE",
                    DisplayNames.of(DisplayNames.Category.REPORT_STATUS, "NONE"),
                    ReportContent.FORM_2008,
                    null,
                    null,
                    0,
                    List.of(),
                    null,
                    round,
                    null);
        }
        ReportMapper.ReportRow r = row.get();
        List<VersionSummary> versions =
                reports.versions(r.id()).stream().map(EnergyReports::summary).toList();
        VersionDetail latest = r.currentVersion() == 0 ? null : detail(r, r.currentVersion());
        return new ReportView(
                r.uscc(),
                enterprise.name(),
                year,
                r.status(),
                DisplayNames.of(DisplayNames.Category.REPORT_STATUS, r.status()),
                r.formVersion(),
                r.draftJson() == null ? null : read(r.draftJson()),
                r.draftUpdatedAt(),
                r.currentVersion(),
                versions,
                latest,
                round,
                r.currentVersion() == 0
                        ? null
                        : screenings.keyUnitFlag(r.uscc(), year + 1).orElse(null));
    }

    @Transactional(readOnly = true)
    public VersionDetail version(String uscc, int year, int versionNo, CurrentUser user) {
        EnterpriseRow enterprise = readable(uscc, user);
        ReportMapper.ReportRow r = reports.find(enterprise.uscc(), year).orElseThrow(() -> Refusal.notFound("报告"));
        if (versionNo < 1 || versionNo > r.currentVersion()) {
            throw Refusal.notFound("报告版本");
        }
        return detail(r, versionNo);
    }

    private VersionDetail detail(ReportMapper.ReportRow r, int versionNo) {
        ReportMapper.VersionRow v = reports.version(r.id(), versionNo).orElseThrow();
        return new VersionDetail(summary(v), read(v.contentJson()), screenings.verdicts(v.id()));
    }

    private static VersionSummary summary(ReportMapper.VersionSummary v) {
        return new VersionSummary(
                v.versionNo(),
                v.source(),
                DisplayNames.of(DisplayNames.Category.REPORT_SOURCE, v.source()),
                v.reason(),
                v.submittedAt(),
                v.late(),
                v.declaredTotalTce(),
                v.recomputedTotalTce(),
                v.keyUnitStatus(),
                v.keyUnitStatus() == null
                        ? null
                        : DisplayNames.of(DisplayNames.Category.KEY_UNIT_STATUS, v.keyUnitStatus()));
    }

    private static VersionSummary summary(ReportMapper.VersionRow v) {
        return summary(new ReportMapper.VersionSummary(
                v.versionNo(),
                v.source(),
                v.reason(),
                v.submittedBy(),
                v.submittedAt(),
                v.late(),
                v.declaredTotalTce(),
                v.recomputedTotalTce(),
                v.keyUnitStatus()));
    }

    @Schema(description = "A report of the list")
    public record ListItem(
            String uscc,
            String enterpriseName,
            String regionCode,
            int year,
            String status,
            String statusLabel,
            int currentVersion,
            Instant submittedAt,
            boolean late,
            BigDecimal recomputedTotalTce,
            String riskClass,
            String riskClassLabel) {}

    @Schema(description = "A page of reports")
    public record ReportPage(List<ListItem> items, int page, int size, long totalItems) {}

    @Transactional(readOnly = true)
    public ReportPage list(Integer year, int page, int size, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(page, size, Paging.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        var scope = user.jurisdiction();
        boolean enterprise = user.role() == Role.ENTERPRISE;
        List<ListItem> items =
                reports
                        .list(scope.regionPrefix(), scope.enterpriseUscc(), year, Paging.offset(page, size), size)
                        .stream()
                        .map(r -> new ListItem(
                                r.uscc(),
                                r.enterpriseName(),
                                r.regionCode(),
                                r.reportYear(),
                                r.status(),
                                DisplayNames.of(DisplayNames.Category.REPORT_STATUS, r.status()),
                                r.currentVersion(),
                                r.submittedAt(),
                                r.late(),
                                r.recomputedTotalTce(),
                                enterprise ? null : r.riskClass(),
                                enterprise || r.riskClass() == null
                                        ? null
                                        : DisplayNames.of(DisplayNames.Category.RISK_CLASS, r.riskClass())))
                        .toList();
        return new ReportPage(items, page, size, reports.count(scope.regionPrefix(), scope.enterpriseUscc(), year));
    }

    // ------------------------------------------------------------------ drafts and live checks

    @Transactional
    public ReportView saveDraft(String uscc, int year, ReportContent content, CurrentUser user) {
        EnterpriseRow enterprise = writable(uscc, user);
        checkYear(year);
        if (content == null) {
            throw Refusal.invalid("content", "必填：报告内容");
        }
        ReportMapper.ReportRow row = lockOrCreate(enterprise.uscc(), year);
        String text = write(content, json);
        if (text.length() > 2_000_000) {
            throw Refusal.invalid("content", "报告内容过大");
        }
        reports.saveDraft(row.id(), text, user.username(), time.now());
        return view(uscc, year, user);
    }

    @Schema(
            description = "The checks of a report as typed, before it is filed: problems that keep it from being filed"
                    + " and the verdicts of what can be checked")
    public record LiveCheck(
            @Schema(description = "What keeps it from being filed, by field")
            List<FieldError> problems,

            @Schema(description = "Every check that could run, with its basis")
            List<Screenings.VerdictView> verdicts,

            BigDecimal recomputedTotalTce,
            String keyUnitStatus) {}

    /** Checks a report as typed, without saving; bad input is data here (the form shows it), never a refusal. */
    @Transactional(readOnly = true)
    public LiveCheck check(String uscc, int year, ReportContent content, CurrentUser user) {
        EnterpriseRow enterprise = readable(uscc, user);
        checkYear(year);
        List<FieldError> problems = content == null
                ? List.of(new FieldError("content", "必填：报告内容"))
                : validation.problems(content, year, enterprise.regionCode());
        if (content == null) {
            return new LiveCheck(problems, List.of(), null, null);
        }
        ReportFigures figures = validation.figures(content, year, enterprise.regionCode(), previous(uscc, year));
        RuleSet set = rules.forRegion(enterprise.regionCode());
        ReportAssessment assessment;
        try {
            assessment = ReportChecks.standard().check(figures, set);
        } catch (InvalidInputException partly) {
            assessment = checkWhatCan(figures, set);
        }
        List<Screenings.VerdictView> verdicts = new ArrayList<>();
        int line = 1;
        for (Verdict v : assessment.verdicts()) {
            verdicts.add(Screenings.VerdictView.of(line++, v));
        }
        return new LiveCheck(
                problems,
                verdicts,
                assessment.recomputedTotalTce(),
                assessment.keyUnit() == null
                        ? null
                        : assessment.keyUnit().status().name());
    }

    /** The checks of the rows the rules can read, when some cannot be (a draft being typed). */
    private static ReportAssessment checkWhatCan(ReportFigures f, RuleSet set) {
        ReportChecks checks = ReportChecks.standard();
        List<cn.energyinspect.rules.energy.EnergyQuantity> energy =
                checks.validate(copy(f, f.energy(), List.of(), List.of())).isEmpty() ? f.energy() : List.of();
        List<ReportFigures.Product> products = new ArrayList<>();
        for (ReportFigures.Product p : f.products()) {
            if (checks.validate(copy(f, List.of(), List.of(p), List.of())).isEmpty()) {
                products.add(p);
            }
        }
        List<cn.energyinspect.rules.equipment.EquipmentQuery> equipment = new ArrayList<>();
        for (var e : f.equipment()) {
            if (checks.validate(copy(f, List.of(), List.of(), List.of(e))).isEmpty()) {
                equipment.add(e);
            }
        }
        return checks.check(copy(f, energy, products, equipment), set);
    }

    private static ReportFigures copy(
            ReportFigures f,
            List<cn.energyinspect.rules.energy.EnergyQuantity> energy,
            List<ReportFigures.Product> products,
            List<cn.energyinspect.rules.equipment.EquipmentQuery> equipment) {
        return new ReportFigures(
                f.year(),
                f.regionCode(),
                energy,
                f.electricityBasis(),
                f.equalValueCoefficient(),
                f.declaredTotalTce(),
                f.usesTce(),
                f.balance(),
                products,
                f.changeExplained(),
                f.target(),
                equipment,
                f.dataCentre(),
                f.energyManagerFiled(),
                f.lastAuditYear(),
                f.nonFossilSharePercent());
    }

    // ------------------------------------------------------------------ submission

    @Schema(description = "POST …/submit: file the report (a new version)")
    public record Submission(
            @Schema(description = "The report; empty to file the saved draft")
            ReportContent content,

            @Schema(
                    description = "The version the filer last saw (0 before the first): another version filed"
                            + " meanwhile is a 409")
            Integer expectedVersion,

            @Schema(description = "Required for a correction of a submitted report (at most 500 characters)")
            String reason) {}

    @Schema(description = "What a submission stored and found")
    public record Submitted(
            @Schema(description = "The version filed (the existing one when the same content came again)")
            int version,

            @Schema(description = "false when the same content was already the latest version: stored once")
            boolean created,

            boolean late,
            BigDecimal recomputedTotalTce,
            String keyUnitStatus,

            @Schema(description = "How many checks raised a signal")
            long signals,

            List<Screenings.VerdictView> verdicts) {}

    @Transactional
    public Submitted submit(String uscc, int year, Submission request, CurrentUser user) {
        EnterpriseRow enterprise = writable(uscc, user);
        checkYear(year);
        ReportContent content = request == null ? null : request.content();
        if (content == null) {
            content = reports.find(enterprise.uscc(), year)
                    .map(ReportMapper.ReportRow::draftJson)
                    .map(this::read)
                    .orElseThrow(() -> Refusal.invalid("content", "必填：报告内容（或先保存草稿）"));
        }
        return file(
                enterprise,
                year,
                content,
                request == null ? null : request.expectedVersion(),
                request == null ? null : request.reason(),
                PORTAL,
                user.username(),
                rules.forRegion(enterprise.regionCode()));
    }

    /**
     * Files one report: the whole submission path, for the portal, an uploaded workbook and a batch line alike.
     *
     * @param expectedVersion the version the filer saw, {@code null} to file on top of whatever is there
     * @param set the province's rule set (a batch holds it once)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Submitted file(
            EnterpriseRow enterprise,
            int year,
            ReportContent content,
            Integer expectedVersion,
            String reason,
            String source,
            String by,
            RuleSet set) {
        List<FieldError> problems = validation.problems(content, year, enterprise.regionCode());
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        ReportContent normalised = withForm(content);
        String text = write(normalised, canonical);
        String sha = sha256(text);
        ReportMapper.ReportRow row = lockOrCreate(enterprise.uscc(), year);
        if (row.currentVersion() > 0) {
            ReportMapper.VersionRow latest =
                    reports.version(row.id(), row.currentVersion()).orElseThrow();
            if (latest.contentSha256().equals(sha)) {
                return new Submitted(
                        latest.versionNo(),
                        false,
                        latest.late(),
                        latest.recomputedTotalTce(),
                        latest.keyUnitStatus(),
                        screenings.verdicts(latest.id()).stream()
                                .filter(v -> v.signal() != null)
                                .count(),
                        screenings.verdicts(latest.id()));
            }
        }
        if (expectedVersion != null && expectedVersion != row.currentVersion()) {
            throw new Refusal(
                    Refusal.Kind.STALE_VERSION,
                    "报告已有第 " + row.currentVersion() + " 版，与提交时所见的第 " + expectedVersion + " 版不同，请刷新后重试");
        }
        String why = reason == null ? null : reason.strip();
        if (row.currentVersion() > 0 && (why == null || why.isEmpty())) {
            throw Refusal.invalid("reason", "更正已报送的报告须说明原因");
        }
        if (why != null && why.length() > 500) {
            throw Refusal.invalid("reason", "不能超过 500 个字符");
        }
        Instant now = time.now();
        Optional<ReportRounds.Window> window = rounds.window(enterprise.uscc(), enterprise.regionCode(), year, now);
        if (window.isPresent() && window.get().closedForUnit()) {
            throw Refusal.conflict(year + " 年度报送轮次已关闭（截止日 " + window.get().dueDate() + "）：须由监察机构为本单位重新开放后才能报送");
        }
        boolean late = window.map(ReportRounds.Window::late).orElse(false);
        ReportMapper.NewVersion version = new ReportMapper.NewVersion(
                row.id(),
                row.currentVersion() + 1,
                source,
                why == null || why.isEmpty() ? null : why,
                text,
                sha,
                by,
                now,
                late,
                normalised.declaredTotalTce());
        reports.insertVersion(version);
        reports.setSubmitted(row.id(), version.versionNo);
        FilingStatus filing = FilingStatus.ON_TIME;
        if (window.isPresent()) {
            String before = window.get().filerStatus();
            boolean first = before == null || "PENDING".equals(before) || "MISSING".equals(before);
            filing = first ? (late ? FilingStatus.LATE : FilingStatus.ON_TIME) : FilingStatus.valueOf(before);
            rounds.filed(window.get().roundId(), enterprise.uscc(), late, now);
        }
        ReportFigures figures =
                validation.figures(normalised, year, enterprise.regionCode(), previous(enterprise.uscc(), year));
        Screenings.Outcome outcome = screenings.screenSubmitted(
                new Screenings.Submitted(
                        enterprise.uscc(),
                        year,
                        enterprise.regionCode(),
                        enterprise.industryCode(),
                        window.map(ReportRounds.Window::roundId).orElse(null),
                        version.id,
                        filing,
                        figures),
                set);
        ReportAssessment assessment = outcome.assessment();
        String keyStatus = assessment.keyUnit() == null
                ? null
                : assessment.keyUnit().status().name();
        reports.setRecomputed(version.id, assessment.recomputedTotalTce(), keyStatus);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("year", year);
        detail.put("version", version.versionNo);
        detail.put("source", source);
        detail.put("reason", version.reason);
        detail.put("late", late);
        detail.put("riskClass", outcome.riskClass());
        audit.record(null, "energy_report", enterprise.uscc() + "/" + year, "REPORT_SUBMITTED", by, null, detail);
        List<Screenings.VerdictView> verdicts = new ArrayList<>();
        int line = 1;
        for (Verdict v : assessment.verdicts()) {
            verdicts.add(Screenings.VerdictView.of(line++, v));
        }
        log.info(
                "I-REPORT-SUBMITTED uscc={} year={} version={} source={} late={} risk={}",
                enterprise.uscc(),
                year,
                version.versionNo,
                source,
                late,
                outcome.riskClass());
        return new Submitted(
                version.versionNo,
                true,
                late,
                assessment.recomputedTotalTce(),
                keyStatus,
                assessment.verdicts().stream().filter(v -> v.signal() != null).count(),
                verdicts);
    }

    private static ReportContent withForm(ReportContent c) {
        if (c.formVersion() != null) {
            return c;
        }
        return new ReportContent(
                ReportContent.FORM_2008,
                c.basic(),
                c.energy(),
                c.electricityBasis(),
                c.equalValueCoefficient(),
                c.declaredTotalTce(),
                c.uses(),
                c.balance(),
                c.products(),
                c.changeExplanation(),
                c.target(),
                c.equipment(),
                c.projects(),
                c.dataCentre());
    }

    /** Last year's unit consumption of each product and indicator the unit filed. */
    Map<String, BigDecimal> previous(String uscc, int year) {
        Map<String, BigDecimal> previous = new LinkedHashMap<>();
        reports.products(uscc, year - 1)
                .forEach(p -> previous.putIfAbsent(p.product() + "/" + p.indicator(), p.value()));
        return previous;
    }

    private ReportMapper.ReportRow lockOrCreate(String uscc, int year) {
        Optional<ReportMapper.ReportRow> found = reports.findForUpdate(uscc, year);
        if (found.isPresent()) {
            return found.get();
        }
        reports.insertIgnore(new ReportMapper.NewReport(uscc, year, ReportContent.FORM_2008, time.now()));
        return reports.findForUpdate(uscc, year).orElseThrow();
    }

    // ------------------------------------------------------------------ access

    /** The enterprise if the user may read its reports: its own user, or an agency user of its region. */
    EnterpriseRow readable(String uscc, CurrentUser user) {
        return enterprises
                .findByUscc(uscc == null ? "" : uscc)
                .filter(e -> user.jurisdiction().coversEnterprise(e.uscc(), e.regionCode()))
                .orElseThrow(() -> Refusal.notFound("报告"));
    }

    /** The enterprise if the user may file for it: only its own user (an agency files through a batch). */
    EnterpriseRow writable(String uscc, CurrentUser user) {
        EnterpriseRow enterprise = readable(uscc, user);
        if (user.role() != Role.ENTERPRISE) {
            throw Refusal.forbidden("能源利用状况报告由企业填报；监察机构可批量导入");
        }
        return enterprise;
    }

    private void checkYear(int year) {
        int latest = time.today().getYear();
        if (year < 2000 || year > latest) {
            throw Refusal.invalid("year", "报告年度须在 2000–" + latest + " 之间");
        }
    }

    private ReportContent read(String text) {
        try {
            return json.readValue(text, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report content unreadable", e);
        }
    }

    private static String write(ReportContent content, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report content not serialisable", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
