package cn.energyinspect.app.reference;

import cn.energyinspect.app.calendar.BusinessCalendar;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.calendar.Deadline;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import cn.energyinspect.rules.identifier.UsccCheck;
import cn.energyinspect.rules.region.Region;
import cn.energyinspect.rules.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference look-ups from the rules library for the web UI, the mobile app and integrators: 统一社会信用代码 checks,
 * GB/T 2260 regions and statutory deadlines on the working-day calendar. Any authenticated role may call them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "reference", description = "代码校验、行政区划与法定期限")
class ReferenceController {
    /**
     * The longest period the deadline look-up counts (ten years): statutory periods are days to a few years, and every
     * counted day is listed in the answer, so an unbounded count would stream megabytes.
     */
    static final int MAX_DAYS = 3660;
    /** Event days outside these years are refused rather than overflowing the date arithmetic. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 9999;

    static final String PROVISIONAL_NOTE = "暂按周末计算";

    private final BusinessCalendar calendar;

    ReferenceController(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** The answer to a code check. */
    record UsccResponse(
            String code,
            boolean valid,
            List<String> errors,
            String regionCode,
            String expectedCheckCharacter,
            Basis basis) {}

    /** A division with the chain of divisions above it, province first. */
    record RegionResponse(String code, String name, String level, List<RegionRef> parents) {}

    record RegionRef(String code, String name, String level) {
        static RegionRef of(Region region) {
            return new RegionRef(region.code(), region.name(), region.level().name());
        }
    }

    /**
     * A deadline and the days counted to reach it.
     *
     * @param provisional whether the count ran through a year whose holidays are not entered yet ({@code
     *     provisionalYears}), counted over weekends only; it may move once the year is entered
     * @param note {@code 暂按周末计算…} for a provisional deadline, else {@code null}
     */
    record DeadlineResponse(
            LocalDate from,
            LocalDate deadline,
            List<LocalDate> countedDays,
            boolean rolledOver,
            List<Basis> basis,
            boolean provisional,
            List<Integer> provisionalYears,
            String note) {}

    @GetMapping("/reference/uscc/{code}")
    @Operation(summary = "Check a 统一社会信用代码 (GB 32100-2015): structure, character set and check character")
    UsccResponse uscc(@PathVariable String code) {
        UsccCheck check = UnifiedSocialCreditCode.check(code);
        return new UsccResponse(
                check.code(),
                check.valid(),
                check.errors(),
                check.regionCode(),
                check.expectedCheckCharacter(),
                check.basis());
    }

    @GetMapping("/reference/regions/{code}")
    @Operation(summary = "A GB/T 2260 division with its level and parent chain; unknown codes answer 404")
    RegionResponse region(@PathVariable String code) {
        Region region = Regions.standard().find(code).orElseThrow(() -> Refusal.notFound("行政区划 " + code));
        List<Region> chain = Regions.standard().parentChain(code);
        List<RegionRef> parents =
                chain.subList(0, chain.size() - 1).stream().map(RegionRef::of).toList();
        return new RegionResponse(region.code(), region.name(), region.level().name(), parents);
    }

    @GetMapping("/calendar/deadline")
    @Operation(
            summary = "A statutory deadline: N working days (Chinese holidays and 调休) or N natural days after an event;"
                    + " the day of the event is not counted. Through a year whose holidays are not entered yet the count"
                    + " is over weekends only and the answer says provisional: true (暂按周末计算); at most " + MAX_DAYS
                    + " days")
    DeadlineResponse deadline(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) Integer workingDays,
            @RequestParam(required = false) Integer naturalDays,
            @RequestParam(defaultValue = "true") boolean rollToWorkingDay) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = null;
        if (from == null || from.isBlank()) {
            errors.add(new FieldError("from", "必填，格式 YYYY-MM-DD"));
        } else {
            try {
                start = LocalDate.parse(from);
                if (start.getYear() < FIRST_YEAR || start.getYear() > LAST_YEAR) {
                    errors.add(new FieldError("from", "年份须在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("from", "日期格式应为 YYYY-MM-DD"));
            }
        }
        if ((workingDays == null) == (naturalDays == null)) {
            errors.add(new FieldError("workingDays", "workingDays 与 naturalDays 须且只能提供一个"));
        }
        checkDays("workingDays", workingDays, errors);
        checkDays("naturalDays", naturalDays, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        WorkingDayCalendar inForce = calendar.provisional();
        Deadline deadline = workingDays != null
                ? inForce.addWorkingDays(start, workingDays)
                : inForce.addNaturalDays(start, naturalDays, rollToWorkingDay);
        String note = deadline.provisional()
                ? PROVISIONAL_NOTE + "（"
                        + String.join(
                                "、",
                                deadline.provisionalYears().stream()
                                        .map(y -> y + "年")
                                        .toList())
                        + "节假日安排尚未录入）"
                : null;
        return new DeadlineResponse(
                deadline.from(),
                deadline.deadline(),
                deadline.countedDays(),
                deadline.rolledOver(),
                deadline.basis(),
                deadline.provisional(),
                deadline.provisionalYears(),
                note);
    }

    private static void checkDays(String field, Integer days, List<FieldError> errors) {
        if (days != null && (days < 0 || days > MAX_DAYS)) {
            errors.add(new FieldError(field, "天数须在 0 至 " + MAX_DAYS + " 之间"));
        }
    }
}
