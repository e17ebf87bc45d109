package cn.energyinspect.app.calendar;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.calendar.CalendarViews.CalendarYearForm;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.rules.calendar.YearCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a year, its days, the revision and the audit row in one transaction. */
@Component
class CalendarYearStore {
    static final String ENTITY = "calendar_year";

    private final CalendarMapper mapper;
    private final AuditLog audit;

    CalendarYearStore(CalendarMapper mapper, AuditLog audit) {
        this.mapper = mapper;
        this.audit = audit;
    }

    /** The audited state of an entered year. */
    record AuditState(
            int year,
            String noticeTitle,
            String noticeNumber,
            LocalDate noticeDate,
            String noticeUrl,
            int version,
            List<CalendarDayRow> days) {
        static AuditState of(CalendarYearRow row, List<CalendarDayRow> days) {
            return new AuditState(
                    row.year(),
                    row.noticeTitle(),
                    row.noticeNumber(),
                    row.noticeDate(),
                    row.noticeUrl(),
                    row.version(),
                    days);
        }
    }

    @Transactional
    void save(int year, CalendarYearForm form, String title, YearCalendar days, String username, Instant now) {
        Optional<CalendarYearRow> existing = mapper.findYearForUpdate(year);
        AuditState before =
                existing.map(row -> AuditState.of(row, mapper.daysOf(year))).orElse(null);
        int version = existing.map(row -> row.version() + 1).orElse(1);
        CalendarYearRow row = new CalendarYearRow(
                year,
                title,
                form.noticeNumber().strip(),
                form.noticeDate(),
                form.noticeUrl() == null || form.noticeUrl().isBlank()
                        ? null
                        : form.noticeUrl().strip(),
                username,
                now.truncatedTo(ChronoUnit.MILLIS),
                version);
        if (existing.isPresent()) {
            if (form.version() == null || form.version() != existing.get().version()) {
                throw stale(year);
            }
            mapper.updateYear(row, existing.get().version());
        } else {
            if (form.version() != null) {
                // the entry read was withdrawn meanwhile
                throw stale(year);
            }
            try {
                mapper.insertYear(row);
            } catch (DuplicateKeyException raced) {
                throw stale(year);
            }
        }
        mapper.deleteDays(year);
        List<CalendarDayRow> rows = days.days().stream()
                .map(d -> new CalendarDayRow(year, d.date(), d.kind().name(), d.name()))
                .toList();
        mapper.insertDays(rows);
        mapper.bumpRevision();
        audit.record(
                null,
                ENTITY,
                year,
                existing.isPresent() ? "CALENDAR_YEAR_CHANGED" : "CALENDAR_YEAR_ENTERED",
                username,
                before,
                AuditState.of(row, rows));
    }

    @Transactional
    void withdraw(int year, String username) {
        CalendarYearRow existing =
                mapper.findYearForUpdate(year).orElseThrow(() -> Refusal.notFound("管理员录入的 " + year + " 年节假日安排"));
        AuditState before = AuditState.of(existing, mapper.daysOf(year));
        mapper.deleteYear(year);
        mapper.bumpRevision();
        audit.record(null, ENTITY, year, "CALENDAR_YEAR_WITHDRAWN", username, before, null);
    }

    private static Refusal stale(int year) {
        return new Refusal(Refusal.Kind.STALE_VERSION, year + " 年的节假日安排已被他人修改，请刷新后重试");
    }
}
