package cn.energyinspect.app.desk.round;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.calendar.BusinessCalendar;
import cn.energyinspect.app.desk.screening.RuleSettings;
import cn.energyinspect.app.desk.screening.Screenings;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import cn.energyinspect.rules.desk.RuleSet;
import cn.energyinspect.rules.region.Region;
import cn.energyinspect.rules.region.Regions;
import cn.energyinspect.workflow.ReportRoundWorkflow;
import cn.energyinspect.workflow.RoundNotClosableException;
import cn.energyinspect.workflow.RoundStart;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filing rounds of the annual 能源利用状况报告: one per report year and region, opened by the agency of a province
 * (or a city) with its due date and reminder days; the units that must file are frozen at opening (the register's key
 * units, and those last year's report recomputed as key units). The round's process reminds, lists the missing units at
 * the end of the due day and waits for the agency to close it; after that a unit files only if the agency reopens the
 * round for it.
 */
@Service
public class ReportRounds {
    private static final Logger log = LoggerFactory.getLogger(ReportRounds.class);
    static final String REGISTER_BASIS = "企业名录：重点用能单位";
    static final String RECOMPUTED_BASIS = "上年度报告折算为重点用能单位";

    private final RoundMapper rounds;
    private final AgencyMapper agencies;
    private final ReportRoundWorkflow workflow;
    private final RuleSettings rules;
    private final Screenings screenings;
    private final BusinessCalendar calendar;
    private final AuditLog audit;
    private final BusinessTime time;

    ReportRounds(
            RoundMapper rounds,
            AgencyMapper agencies,
            ReportRoundWorkflow workflow,
            RuleSettings rules,
            Screenings screenings,
            BusinessCalendar calendar,
            AuditLog audit,
            BusinessTime time) {
        this.rounds = rounds;
        this.agencies = agencies;
        this.workflow = workflow;
        this.rules = rules;
        this.screenings = screenings;
        this.calendar = calendar;
        this.audit = audit;
        this.time = time;
    }

    @Schema(description = "POST /api/v1/desk/rounds: open the filing round of the agency's region")
    public record OpenRound(
            @Schema(description = "The year reported on, e.g. 2025 (filed in 2026)")
            Integer year,

            @Schema(
                    description =
                            "Reports are due by the end of this day; default: the province's FILING_DUE_MONTH/DAY")
            LocalDate dueDate,

            @Schema(description = "Remind this many working days before the due day; default: the province's reminders")
            List<Integer> reminderWorkingDays) {}

    @Schema(description = "A filing round with its progress")
    public record RoundView(
            long id,
            int reportYear,
            String regionCode,
            String regionName,
            long agencyId,
            LocalDate dueDate,
            List<Integer> reminderWorkingDays,

            @Schema(description = "OPEN, DUE_PASSED or CLOSED")
            String status,

            String statusLabel,
            Instant openedAt,
            Instant missingListedAt,
            Instant closedAt,

            @Schema(description = "Whether the agency may close it now (its due day has passed)")
            boolean closable,

            Progress total,

            @Schema(description = "By the regions one level below the reader's (or the round's)")
            List<Progress> byRegion) {}

    @Schema(description = "How many units filed on time, late, are missing or still pending")
    public record Progress(
            String regionCode,
            String regionName,
            long units,
            long onTime,
            long late,
            long missing,
            long pending,

            @Schema(description = "(on time + late) ÷ units, %")
            double filingRate) {}

    @Transactional
    public RoundView open(OpenRound request, CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.SUPERVISOR) || user.agencyId() == null) {
            throw Refusal.forbidden("只有省、市监察机构的管理员或科室负责人可以开启报送轮次");
        }
        Agency agency = agencies.findById(user.agencyId()).orElseThrow(() -> Refusal.forbidden("用户未关联监察机构"));
        if (agency.tier() == Agency.Tier.COUNTY) {
            throw Refusal.forbidden("报送轮次由省级（或市级）机构开启");
        }
        RuleSet set = rules.forRegion(agency.regionCode());
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = time.today();
        Integer year = request == null ? null : request.year();
        if (year == null) {
            errors.add(new FieldError("year", "必填：报告年度"));
        } else if (year < 2000 || year >= today.getYear() + 1) {
            errors.add(new FieldError("year", "报告年度须在 2000–" + today.getYear() + " 之间（报送上一年度）"));
        }
        LocalDate due = request == null ? null : request.dueDate();
        if (due == null && year != null) {
            due = defaultDue(year + 1, set);
        }
        if (due != null && due.isBefore(today)) {
            errors.add(new FieldError("dueDate", "截止日期不能早于今天"));
        }
        if (due != null && year != null && due.getYear() != year + 1) {
            errors.add(new FieldError("dueDate", "截止日期须在报告年度的次年（" + (year + 1) + " 年）"));
        }
        List<Integer> reminders = request == null || request.reminderWorkingDays() == null
                ? List.of(
                        set.parameter("REMINDER_FIRST_WORKING_DAYS").intValue(),
                        set.parameter("REMINDER_SECOND_WORKING_DAYS").intValue(),
                        set.parameter("REMINDER_LAST_WORKING_DAYS").intValue())
                : request.reminderWorkingDays();
        if (reminders.size() > 10
                || reminders.stream().anyMatch(d -> d == null || d < 0 || d > 60)
                || new LinkedHashSet<>(reminders).size() != reminders.size()) {
            errors.add(new FieldError("reminderWorkingDays", "须为 0–60 之间、互不重复的工作日数，至多 10 个"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (rounds.findByYearRegion(year, agency.regionCode()).isPresent()) {
            throw new Refusal(Refusal.Kind.DUPLICATE, year + " 年度本辖区的报送轮次已开启");
        }
        // a reminder whose day has passed is not sent late
        LocalDate dueDay = due;
        List<Integer> ahead = reminders.stream()
                .distinct()
                .filter(d -> !reminderDay(dueDay, d).isBefore(today))
                .sorted((a, b) -> b - a)
                .toList();
        RoundMapper.NewRound row = new RoundMapper.NewRound(
                year, agency.regionCode(), agency.id(), due, join(reminders), user.username(), time.now());
        rounds.insert(row);
        int filers = rounds.insertFilers(
                row.id, RegionCodes.prefix(agency.regionCode()), year, REGISTER_BASIS, RECOMPUTED_BASIS);
        String instance = workflow.open(new RoundStart(row.id, agency.id(), due, ahead));
        rounds.setProcessInstance(row.id, instance);
        audit.record(
                null,
                "report_round",
                row.id,
                "REPORT_ROUND_OPENED",
                user.username(),
                null,
                java.util.Map.of(
                        "year",
                        year,
                        "region",
                        agency.regionCode(),
                        "dueDate",
                        due.toString(),
                        "reminders",
                        reminders,
                        "filers",
                        filers));
        log.info(
                "I-REPORT-ROUND-OPENED round={} year={} region={} due={} filers={}",
                row.id,
                year,
                agency.regionCode(),
                due,
                filers);
        return view(row.id, user);
    }

    private static LocalDate defaultDue(int filingYear, RuleSet set) {
        int month = set.parameter("FILING_DUE_MONTH").intValue();
        int day = set.parameter("FILING_DUE_DAY").intValue();
        LocalDate first = LocalDate.of(filingYear, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    /** The day a reminder {@code days} working days before {@code due} falls on (the process's own count). */
    LocalDate reminderDay(LocalDate due, int days) {
        WorkingDayCalendar inForce = calendar.provisional();
        LocalDate day = due;
        int left = days;
        while (left > 0) {
            day = day.minusDays(1);
            if (inForce.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Transactional(readOnly = true)
    public List<RoundView> list(Integer year, CurrentUser user) {
        requireAgencyUser(user);
        return rounds.list(user.jurisdiction().regionPrefix(), year).stream()
                .map(r -> view(r, user))
                .toList();
    }

    @Transactional(readOnly = true)
    public RoundView view(long id, CurrentUser user) {
        return view(visible(id, user), user);
    }

    /** The round if it covers, or lies within, the user's region; otherwise 404. */
    RoundRow visible(long id, CurrentUser user) {
        requireAgencyUser(user);
        String prefix = user.jurisdiction().regionPrefix();
        return rounds.find(id)
                .filter(r -> r.regionCode().startsWith(prefix) || prefix.startsWith(RegionCodes.prefix(r.regionCode())))
                .orElseThrow(() -> Refusal.notFound("报送轮次"));
    }

    private RoundView view(RoundRow r, CurrentUser user) {
        String roundPrefix = RegionCodes.prefix(r.regionCode());
        String userPrefix = user.jurisdiction().regionPrefix();
        String prefix = userPrefix.length() > roundPrefix.length() ? userPrefix : roundPrefix;
        int length = Math.min(6, prefix.length() + 2);
        List<Progress> byRegion = rounds.progress(r.id(), prefix, length).stream()
                .map(p -> progress(p.regionCode(), p.units(), p.onTime(), p.late(), p.missing(), p.pending()))
                .toList();
        long units = 0, onTime = 0, late = 0, missing = 0, pending = 0;
        for (Progress p : byRegion) {
            units += p.units();
            onTime += p.onTime();
            late += p.late();
            missing += p.missing();
            pending += p.pending();
        }
        String scope = prefix.length() == 2 ? prefix + "0000" : prefix.length() == 4 ? prefix + "00" : prefix;
        return new RoundView(
                r.id(),
                r.reportYear(),
                r.regionCode(),
                regionName(r.regionCode()),
                r.agencyId(),
                r.dueDate(),
                parse(r.reminderDays()),
                r.status(),
                DisplayNames.of(DisplayNames.Category.ROUND_STATUS, r.status()),
                r.openedAt(),
                r.missingListedAt(),
                r.closedAt(),
                RoundRow.DUE_PASSED.equals(r.status()),
                progress(scope, units, onTime, late, missing, pending),
                byRegion);
    }

    private static Progress progress(String region, long units, long onTime, long late, long missing, long pending) {
        double rate = units == 0 ? 0 : Math.round((onTime + late) * 1000.0 / units) / 10.0;
        return new Progress(region, regionName(region), units, onTime, late, missing, pending, rate);
    }

    static String regionName(String code) {
        return Regions.standard().find(code).map(Region::name).orElse(code);
    }

    @Schema(description = "A page of a round's units")
    public record FilerPage(List<FilerView> items, int page, int size, long totalItems) {}

    /** The round's units, by status (the late list: LATE; the missing list: MISSING), within the reader's region. */
    @Transactional(readOnly = true)
    public FilerPage filers(long id, String status, String regionCode, int page, int size, CurrentUser user) {
        RoundRow round = visible(id, user);
        List<FieldError> errors = new ArrayList<>();
        Paging.check(page, size, Paging.MAX_SIZE, errors);
        if (status != null && !Set.of("PENDING", "ON_TIME", "LATE", "MISSING").contains(status)) {
            errors.add(new FieldError("status", "须为 PENDING、ON_TIME、LATE 或 MISSING"));
        }
        if (regionCode != null && !RegionCodes.isWellFormed(regionCode)) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        String prefix = longest(
                RegionCodes.prefix(round.regionCode()),
                user.jurisdiction().regionPrefix(),
                regionCode == null ? "" : RegionCodes.prefix(regionCode));
        List<FilerView> items = rounds.filers(id, prefix, status, Paging.offset(page, size), size).stream()
                .map(f -> new FilerView(
                        f.uscc(),
                        f.enterpriseName(),
                        f.regionCode(),
                        f.basis(),
                        f.status(),
                        DisplayNames.of(DisplayNames.Category.FILER_STATUS, f.status()),
                        f.filedAt(),
                        f.reminders(),
                        f.reopened()))
                .toList();
        return new FilerPage(items, page, size, rounds.countFilers(id, prefix, status));
    }

    private static String longest(String... prefixes) {
        return Arrays.stream(prefixes).max((a, b) -> a.length() - b.length()).orElse("");
    }

    /** The agency closes its round once the due day has passed. */
    @Transactional
    public RoundView close(long id, CurrentUser user) {
        RoundRow round = owned(id, user, "只有开启轮次的机构可以关闭报送轮次");
        rounds.findForUpdate(id);
        if (RoundRow.CLOSED.equals(round.status())) {
            throw Refusal.conflict("报送轮次已关闭");
        }
        rounds.setClosedBy(id, user.username());
        try {
            workflow.close(id);
        } catch (RoundNotClosableException e) {
            throw Refusal.conflict("报送截止日（" + round.dueDate() + "）之后才能关闭报送轮次");
        }
        audit.record(null, "report_round", id, "REPORT_ROUND_CLOSED", user.username(), round.status(), RoundRow.CLOSED);
        return view(id, user);
    }

    @Schema(description = "Let one unit file after the round closed, with the reason")
    public record Reopen(
            @Schema(description = "Why (at most 500 characters)")
            String reason) {}

    /** After the round closed, the agency lets one unit file (or correct) with a reason. */
    @Transactional
    public FilerView reopen(long id, String uscc, Reopen request, CurrentUser user) {
        owned(id, user, "只有开启轮次的机构可以为单位重新开放报送");
        String reason = request == null || request.reason() == null
                ? ""
                : request.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw Refusal.invalid("reason", "必填，不超过 500 个字符");
        }
        FilerRow filer = rounds.filer(id, uscc).orElseThrow(() -> Refusal.notFound("报送单位"));
        rounds.reopen(id, uscc, user.username(), time.now(), reason);
        audit.record(null, "report_filer", id + "/" + uscc, "REPORT_REOPENED", user.username(), null, reason);
        return new FilerView(
                uscc,
                null,
                filer.regionCode(),
                filer.basis(),
                filer.status(),
                DisplayNames.of(DisplayNames.Category.FILER_STATUS, filer.status()),
                filer.filedAt(),
                filer.reminders(),
                true);
    }

    private RoundRow owned(long id, CurrentUser user, String refusal) {
        RoundRow round = visible(id, user);
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.SUPERVISOR)
                || user.agencyId() == null
                || user.agencyId() != round.agencyId()) {
            throw Refusal.forbidden(refusal);
        }
        return round;
    }

    // ------------------------------------------------------------ for the reports and the process

    /**
     * Where a unit's report of {@code year} stands in its round.
     *
     * @param late filed after the due day
     * @param closedForUnit the round is closed and not reopened for the unit: a report is refused (409)
     */
    public record Window(
            long roundId,
            LocalDate dueDate,
            String roundStatus,
            String filerStatus,
            boolean late,
            boolean closedForUnit) {}

    /** The round covering the unit's county and year (the most specific), if any, as of {@code now}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Window> window(String uscc, String countyCode, int year, Instant now) {
        List<RoundRow> covering = rounds.covering(year, countyCode);
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        // the most specific round that lists the unit, else the most specific one
        RoundRow round = covering.getFirst();
        Optional<FilerRow> filer = Optional.empty();
        for (RoundRow candidate : covering) {
            Optional<FilerRow> listed = rounds.filer(candidate.id(), uscc);
            if (listed.isPresent()) {
                round = candidate;
                filer = listed;
                break;
            }
        }
        boolean late = now.isAfter(time.endOf(round.dueDate()));
        boolean reopened = filer.map(f -> f.reopenedAt() != null).orElse(false);
        return Optional.of(new Window(
                round.id(),
                round.dueDate(),
                round.status(),
                filer.map(FilerRow::status).orElse(null),
                late,
                RoundRow.CLOSED.equals(round.status()) && !reopened));
    }

    /** A unit filed in the round: its first filing decides on time or late. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void filed(long roundId, String uscc, boolean late, Instant at) {
        rounds.recordFiled(roundId, uscc, late ? FilerRow.LATE : FilerRow.ON_TIME, at);
    }

    /** The reminders a unit got in a round. */
    public List<Integer> reminders(long roundId, String uscc) {
        return rounds.reminders(roundId, uscc).stream()
                .map(RoundMapper.ReminderRow::workingDaysBefore)
                .toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remind(long roundId, int days) {
        RoundRow round = rounds.find(roundId).orElseThrow();
        int sent = rounds.insertReminders(roundId, days, time.now());
        rounds.countReminders(roundId);
        log.info(
                "I-REPORT-REMINDED round={} year={} workingDaysBefore={} units={}",
                roundId,
                round.reportYear(),
                days,
                sent);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void listMissing(long roundId) {
        RoundRow round = rounds.findForUpdate(roundId).orElseThrow();
        rounds.markMissing(roundId);
        rounds.setStatus(roundId, RoundRow.OPEN, RoundRow.DUE_PASSED, time.now());
        List<String> missing = rounds.missing(roundId);
        screenings.screenMissing(roundId, round.reportYear(), missing);
        audit.record(null, "report_round", roundId, "REPORT_MISSING_LISTED", "process", null, missing.size());
        log.warn(
                "I-REPORT-MISSING round={} year={} region={} missing={}",
                roundId,
                round.reportYear(),
                round.regionCode(),
                missing.size());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void closed(long roundId) {
        rounds.setStatus(roundId, RoundRow.DUE_PASSED, RoundRow.CLOSED, time.now());
        log.info("I-REPORT-ROUND-CLOSED round={}", roundId);
    }

    private static void requireAgencyUser(CurrentUser user) {
        user.requireRole("报送轮次仅供监察机构查看", Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR);
    }

    private static String join(List<Integer> days) {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }

    private static List<Integer> parse(String days) {
        return days == null || days.isBlank()
                ? List.of()
                : Arrays.stream(days.split(",")).map(Integer::valueOf).toList();
    }
}
