package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.web.JsonPaths;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads task payloads into typed records; a value of the wrong shape is a 422 naming the field. Public so that other
 * capabilities with steps on a case (the desk review) read theirs the same way.
 */
@Component
public class Payloads {
    private final ObjectMapper json;

    public Payloads(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(JsonNode payload, Class<T> type) {
        try {
            return json.convertValue(payload == null ? json.createObjectNode() : payload, type);
        } catch (IllegalArgumentException e) {
            // name the field that did not fit, with its path inside the payload (record.startedAt)
            if (e.getCause() instanceof JsonMappingException mapping
                    && !mapping.getPath().isEmpty()) {
                throw Refusal.invalid(JsonPaths.of(mapping), "值类型不正确");
            }
            throw Refusal.invalid("payload", "任务数据格式不正确：" + type.getSimpleName());
        }
    }

    public static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "必填，格式 YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "日期格式应为 YYYY-MM-DD"));
            return null;
        }
    }

    /** A service date: required, ISO, and not in the future (a document cannot be served tomorrow). */
    public static LocalDate servedOn(String value, LocalDate today, List<FieldError> errors) {
        LocalDate served = date(value, "servedOn", errors);
        if (served != null && served.isAfter(today)) {
            errors.add(new FieldError("servedOn", "送达日期不能晚于今天"));
        }
        return served;
    }

    /**
     * A text field: required or not, at most {@code max} characters (the column's size), stripped. A text longer than
     * its column is refused here, at the edge, never by the database.
     */
    public static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
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

    public static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }
}
