package cn.energyinspect.app.calendar;

import java.time.LocalDate;

/** A holiday or adjusted workday of an entered year (table {@code calendar_day}); kind HOLIDAY or WORKDAY. */
record CalendarDayRow(int year, LocalDate day, String kind, String name) {}
