package cn.energyinspect.bpmn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Stand-in for the workflow module's working-day calendar (bpmn cannot depend on workflow): understands the same
 * grammar (with the backward {@code <day>/-P<n>WD}), but counts every day as a working day, so path tests can move the clock by plain days. Real due dates are
 * tested in workflow against the statutory calendar.
 */
final class PathTestCalendar implements BusinessCalendar {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Pattern DAYS = Pattern.compile("P(\\d+)(WD|CD|D)");

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, ClockUtil.getCurrentTime());
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return resolveDuedate(description);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        String text = description.strip();
        int slash = text.indexOf('/');
        if (slash > 0 && text.startsWith("-", slash + 1)) {
            // <day>/-P<n>WD: the start of the n-th (working) day before the anchor day
            String anchor = text.substring(0, slash);
            LocalDate day = anchor.length() == 10
                    ? LocalDate.parse(anchor)
                    : OffsetDateTime.parse(anchor).toInstant().atOffset(CHINA).toLocalDate();
            Matcher back = DAYS.matcher(text.substring(slash + 2));
            if (!back.matches()) {
                throw new IllegalArgumentException("not a backward day count: " + text);
            }
            return Date.from(day.minusDays(Integer.parseInt(back.group(1)))
                    .atStartOfDay()
                    .toInstant(CHINA));
        }
        if (slash > 0) {
            return resolveDuedate(text.substring(slash + 1), Date.from(parseInstant(text.substring(0, slash))));
        }
        Matcher days = DAYS.matcher(text);
        if (!days.matches()) {
            return Date.from(parseInstant(text));
        }
        Instant start = startDate.toInstant();
        int n = Integer.parseInt(days.group(1));
        if (days.group(2).equals("D")) {
            return Date.from(start.plus(Duration.ofDays(n)));
        }
        return Date.from(endOfDay(start.atOffset(CHINA).toLocalDate().plusDays(n)));
    }

    private static Instant parseInstant(String text) {
        return text.length() == 10
                ? endOfDay(LocalDate.parse(text))
                : OffsetDateTime.parse(text).toInstant();
    }

    private static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(CHINA);
    }
}
