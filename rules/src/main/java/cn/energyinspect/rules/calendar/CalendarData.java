package cn.energyinspect.rules.calendar;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads notices.csv, holidays.csv and counting-rules.csv, and refuses data that would silently misplace a day. */
final class CalendarData {
    private static final List<String> REQUIRED_RULES =
            List.of("WORKING_DAYS", "START_DAY_EXCLUDED", "ROLL_TO_WORKING_DAY", "PROVISIONAL_WEEKENDS_ONLY");

    private CalendarData() {}

    static WorkingDayCalendar load(String folder) {
        TreeMap<Integer, Basis> notices = new TreeMap<>();
        for (DataTable.Row row : DataTable.load(folder + "notices.csv").rows()) {
            notices.put(Integer.valueOf(row.get("year")), row.basis());
        }
        if (notices.isEmpty() || notices.lastKey() - notices.firstKey() + 1 != notices.size()) {
            throw new IllegalStateException(
                    folder + "notices.csv: years must be consecutive, found " + notices.keySet());
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        Map<Integer, List<CalendarDay>> byYear = new HashMap<>();
        for (DataTable.Row row : DataTable.load(folder + "holidays.csv").rows()) {
            LocalDate date = LocalDate.parse(row.get("date"));
            boolean working = parseKind(row);
            if (!notices.containsKey(Integer.valueOf(row.get("notice_year")))
                    || date.getYear() < notices.firstKey()
                    || date.getYear() > notices.lastKey()) {
                throw new IllegalStateException(row.where() + ": date or notice_year outside the loaded years");
            }
            if (working && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalStateException(row.where() + ": an adjusted workday must be a Saturday or Sunday");
            }
            if (exceptions.put(date, working) != null) {
                throw new IllegalStateException(row.where() + ": date listed twice");
            }
            byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>())
                    .add(new CalendarDay(date, working ? DayKind.WORKDAY : DayKind.HOLIDAY, row.get("name")));
        }
        Map<String, Basis> rules = new HashMap<>();
        for (DataTable.Row row : DataTable.load(folder + "counting-rules.csv").rows()) {
            rules.put(row.get("rule"), row.basis());
        }
        for (String required : REQUIRED_RULES) {
            if (!rules.containsKey(required)) {
                throw new IllegalStateException(folder + "counting-rules.csv: rule " + required + " missing");
            }
        }
        // a day belongs to the year of its date (a 元旦 block starting on 12-31 is cited by the next year's notice, but
        // lies in the year before, where it is a weekend day or holiday either way)
        TreeMap<Integer, YearCalendar> years = new TreeMap<>();
        for (Map.Entry<Integer, Basis> notice : notices.entrySet()) {
            int year = notice.getKey();
            years.put(year, new YearCalendar(year, notice.getValue(), byYear.getOrDefault(year, List.of())));
        }
        return new WorkingDayCalendar(years, rules, false);
    }

    private static boolean parseKind(DataTable.Row row) {
        return switch (row.get("kind")) {
            case "HOLIDAY" -> false;
            case "WORKDAY" -> true;
            default -> throw new IllegalStateException(row.where() + ": kind must be HOLIDAY or WORKDAY");
        };
    }
}
