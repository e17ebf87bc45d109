package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads step payloads into their records; checks shared by the steps, each naming its field. */
@Component
public class StepPayloads {
    private final ObjectMapper json;

    StepPayloads(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(JsonNode payload, Class<T> type) {
        try {
            return json.convertValue(payload == null ? json.createObjectNode() : payload, type);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("payload", "任务数据格式不正确：" + type.getSimpleName());
        }
    }

    static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "必填"));
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 个字符（现为 " + value.length() + " 个）"));
            return null;
        }
        return value.strip();
    }

    static LocalDate date(String value, String field, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "必填，格式 YYYY-MM-DD"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "日期格式应为 YYYY-MM-DD"));
            return null;
        }
    }

    /** A day something happened: required, ISO, not in the future. */
    static LocalDate pastDate(String value, String field, LocalDate today, List<FieldError> errors) {
        LocalDate day = date(value, field, true, errors);
        if (day != null && day.isAfter(today)) {
            errors.add(new FieldError(field, "不能晚于今天（" + today + "）"));
            return null;
        }
        return day;
    }

    /** An ISO date-time with offset ({@code 2026-06-20T09:30:00+08:00}). */
    static Instant dateTime(String value, String field, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "必填，格式如 2026-06-20T09:30:00+08:00"));
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "时间格式应为 ISO 8601（如 2026-06-20T09:30:00+08:00）"));
            return null;
        }
    }

    static List<String> lines(List<String> values, String field, int maxEach, int maxTotal, List<FieldError> errors) {
        List<String> lines = new ArrayList<>();
        if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
            errors.add(new FieldError(field, "至少填写一项"));
            return lines;
        }
        int total = 0;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (value.length() > maxEach) {
                errors.add(new FieldError(field + "[" + i + "]", "不能超过 " + maxEach + " 个字符"));
                continue;
            }
            total += value.length() + 1;
            lines.add(value.strip());
        }
        if (total > maxTotal) {
            errors.add(new FieldError(field, "合计不能超过 " + maxTotal + " 个字符"));
        }
        return lines;
    }

    static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    /** The start of {@code day} in the agency's zone, as the timers' {@code <start>/<duration>} reads it. */
    static String startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String iso(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
