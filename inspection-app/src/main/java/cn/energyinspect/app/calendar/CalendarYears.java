package cn.energyinspect.app.calendar;

import cn.energyinspect.app.calendar.CalendarViews.CalendarDayEntry;
import cn.energyinspect.app.calendar.CalendarViews.CalendarYearForm;
import cn.energyinspect.app.calendar.CalendarViews.CalendarYearList;
import cn.energyinspect.app.calendar.CalendarViews.CalendarYearSummary;
import cn.energyinspect.app.calendar.CalendarViews.CalendarYearView;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.calendar.CalendarDay;
import cn.energyinspect.rules.calendar.DayKind;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import cn.energyinspect.rules.calendar.YearCalendar;
import cn.energyinspect.workflow.WorkingDayTimers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A province administrator maintains the holiday calendar: lists the years with where their holidays come from, reads
 * one, enters (or corrects) a year from its State Council notice, withdraws an entry. A change is stored and audited
 * in one transaction ({@link CalendarYearStore}); then the calendar in force is reloaded and the timers that ran
 * through the year are recomputed.
 */
@Service
public class CalendarYears {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;
    private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

    private final BusinessCalendar calendar;
    private final CalendarYearStore store;
    private final WorkingDayTimers timers;
    private final Clock clock;

    CalendarYears(BusinessCalendar calendar, CalendarYearStore store, WorkingDayTimers timers, Clock clock) {
        this.calendar = calendar;
        this.store = store;
        this.timers = timers;
        this.clock = clock;
    }

    /** Every year from the first shipped one to next year (or the last entered one), with its state. */
    public CalendarYearList list(CurrentUser user) {
        requireAdmin(user);
        WorkingDayCalendar inForce = calendar.calendar();
        int nextYear = LocalDate.now(clock.withZone(BusinessCalendar.CHINA)).getYear() + 1;
        List<CalendarYearSummary> items = new ArrayList<>();
        for (int year = inForce.firstYear(); year <= Math.max(inForce.lastYear(), nextYear); year++) {
            CalendarYearView view = view(year, inForce, null);
            long holidays = view.days().stream()
                    .filter(d -> d.kind() == DayKind.HOLIDAY)
                    .count();
            items.add(new CalendarYearSummary(
                    year,
                    view.state(),
                    view.noticeTitle(),
                    view.noticeNumber(),
                    view.noticeDate(),
                    (int) holidays,
                    view.days().size() - (int) holidays,
                    view.enteredBy(),
                    view.enteredAt(),
                    view.version()));
        }
        return new CalendarYearList(items);
    }

    public CalendarYearView get(int year, CurrentUser user) {
        requireAdmin(user);
        requireYear(year);
        return view(year, calendar.calendar(), null);
    }

    /** Enters or replaces the holidays of {@code year}; refused as a whole (422, every field named) when wrong. */
    public CalendarYearView enter(int year, CalendarYearForm form, CurrentUser user) {
        requireAdmin(user);
        requireYear(year);
        if (form == null) {
            throw Refusal.invalid("days", "请求体不能为空");
        }
        String title = blankToNull(form.noticeTitle()) == null
                ? EnteredYears.defaultTitle(year)
                : form.noticeTitle().strip();
        YearCalendar validated = validate(year, form, title, user);
        store.save(year, form, title, validated, user.username(), clock.instant());
        return afterChange(year);
    }

    /** Withdraws an administrator's entry: the shipped data of the year (or weekends only) is in force again. */
    public CalendarYearView withdraw(int year, CurrentUser user) {
        requireAdmin(user);
        requireYear(year);
        store.withdraw(year, user.username());
        return afterChange(year);
    }

    private CalendarYearView afterChange(int year) {
        calendar.refresh();
        WorkingDayTimers.Recalculated recalculated;
        try {
            recalculated = timers.recalculate(year);
        } catch (RuntimeException e) {
            // the year is stored and in force; saving it again recomputes (each timer is recomputed from its creation)
            log.error("CAL-004 timers through {} not recomputed, save the year again to retry", year, e);
            recalculated = null;
        }
        return view(year, calendar.calendar(), recalculated);
    }

    private YearCalendar validate(int year, CalendarYearForm form, String title, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        String number = blankToNull(form.noticeNumber());
        if (number == null) {
            errors.add(new FieldError("noticeNumber", "须填写通知文号，如 国办发明电〔2026〕7号"));
        } else if (number.length() > 60) {
            errors.add(new FieldError("noticeNumber", "不能超过 60 个字"));
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.CHINA));
        if (form.noticeDate() == null) {
            errors.add(new FieldError("noticeDate", "须填写通知发布日期"));
        } else if (form.noticeDate().getYear() < year - 1 || form.noticeDate().getYear() > year) {
            errors.add(new FieldError("noticeDate", year + " 年的通知应在 " + (year - 1) + " 年或 " + year + " 年发布"));
        } else if (form.noticeDate().isAfter(today)) {
            errors.add(new FieldError("noticeDate", "发布日期不能晚于今天"));
        }
        if (title.length() > 200) {
            errors.add(new FieldError("noticeTitle", "不能超过 200 个字"));
        }
        String url = blankToNull(form.noticeUrl());
        if (url != null && (url.length() > 500 || !(url.startsWith("https://") || url.startsWith("http://")))) {
            errors.add(new FieldError("noticeUrl", "须为 http(s):// 开头的网址，不超过 500 个字符"));
        }
        List<CalendarDay> days = new ArrayList<>();
        if (form.days() == null || form.days().isEmpty()) {
            errors.add(new FieldError("days", "至少录入一天（放假或调休上班）"));
        } else {
            for (CalendarDayEntry entry : form.days()) {
                days.add(entry == null ? null : new CalendarDay(entry.date(), entry.kind(), strip(entry.name())));
            }
        }
        Basis notice = EnteredYears.notice(
                year,
                title,
                number == null ? "" : number,
                form.noticeDate() == null ? today : form.noticeDate(),
                url,
                user.username());
        try {
            YearCalendar validated = new YearCalendar(year, notice, days);
            if (errors.isEmpty()) {
                return validated;
            }
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(new FieldError(v.field(), v.message())));
        }
        throw Refusal.invalid(errors);
    }

    private CalendarYearView view(int year, WorkingDayCalendar inForce, WorkingDayTimers.Recalculated recalculated) {
        Optional<CalendarYearRow> entered = calendar.entered(year);
        Optional<YearCalendar> loaded = inForce.year(year);
        if (loaded.isEmpty()) {
            return new CalendarYearView(
                    year,
                    YearState.PROVISIONAL,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    recalculated);
        }
        List<CalendarDayEntry> days = loaded.get().days().stream()
                .map(d -> new CalendarDayEntry(d.date(), d.kind(), d.name()))
                .toList();
        Basis notice = loaded.get().notice();
        if (entered.isPresent()) {
            CalendarYearRow row = entered.get();
            return new CalendarYearView(
                    year,
                    YearState.ENTERED,
                    row.noticeTitle(),
                    row.noticeNumber(),
                    row.noticeDate(),
                    row.noticeUrl(),
                    notice.source(),
                    notice.confidence().name(),
                    days,
                    row.enteredBy(),
                    row.enteredAt(),
                    row.version(),
                    recalculated);
        }
        return new CalendarYearView(
                year,
                YearState.SHIPPED,
                notice.standard(),
                null,
                null,
                null,
                notice.source(),
                notice.confidence().name(),
                days,
                null,
                null,
                null,
                recalculated);
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.hasRole(Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("仅省级管理员可以维护节假日日历");
        }
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.invalid("year", "年份须在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
