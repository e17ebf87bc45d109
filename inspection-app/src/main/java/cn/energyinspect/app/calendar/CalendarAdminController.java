package cn.energyinspect.app.calendar;

import cn.energyinspect.app.calendar.CalendarViews.CalendarYearForm;
import cn.energyinspect.app.calendar.CalendarViews.CalendarYearList;
import cn.energyinspect.app.calendar.CalendarViews.CalendarYearView;
import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar (节假日日历) a province administrator maintains from the State Council notices. */
@RestController
@RequestMapping(path = "/api/v1/admin/calendar/years", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "calendar-admin", description = "节假日日历维护（省级管理员）")
class CalendarAdminController {
    private final CalendarYears years;

    CalendarAdminController(CalendarYears years) {
        this.years = years;
    }

    @GetMapping
    @Operation(
            summary = "Years from the first shipped one to next year: SHIPPED, ENTERED (by an administrator) or"
                    + " PROVISIONAL (not loaded: deadlines counted over weekends only)")
    CalendarYearList list(@AuthenticationPrincipal CurrentUser user) {
        return years.list(user);
    }

    @GetMapping("/{year}")
    @Operation(summary = "A year's holidays (放假) and adjusted workdays (调休上班) with their notice")
    CalendarYearView get(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return years.get(year, user);
    }

    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Enter or correct a year from its State Council notice (number and date required); every date"
                            + " in the year once, adjusted workdays on Saturdays or Sundays; timers through the year are recomputed")
    CalendarYearView enter(
            @PathVariable int year, @RequestBody CalendarYearForm form, @AuthenticationPrincipal CurrentUser user) {
        return years.enter(year, form, user);
    }

    @DeleteMapping("/{year}")
    @Operation(summary = "Withdraw an administrator's entry: the shipped data (or weekends only) applies again")
    CalendarYearView withdraw(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return years.withdraw(year, user);
    }
}
