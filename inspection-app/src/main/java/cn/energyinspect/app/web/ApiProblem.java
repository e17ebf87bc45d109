package cn.energyinspect.app.web;

import java.util.List;
import java.util.Map;

/**
 * A refusal the API reports as RFC 9457 problem details. Thrown by capability code; the message is the safe {@code
 * detail} shown to the client, so it never carries internals.
 */
public class ApiProblem extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> fields;
    private final Map<String, Object> properties;

    public ApiProblem(ProblemType type, String detail, List<FieldError> fields) {
        this(type, detail, fields, Map.of());
    }

    /**
     * A problem with extension members beside the standard ones, e.g. a whole import report; a property named like a
     * standard member's extension ({@code errors}) replaces it.
     */
    public ApiProblem(ProblemType type, String detail, List<FieldError> fields, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.type = type;
        this.fields = List.copyOf(fields);
        this.properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + "不存在或不在您的管辖范围内");
    }

    public static ApiProblem invalid(List<FieldError> fields) {
        return new ApiProblem(ProblemType.VALIDATION_FAILED, describe(fields), fields);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> fields() {
        return fields;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    private static String describe(List<FieldError> fields) {
        StringBuilder detail = new StringBuilder("以下字段有误：");
        for (int i = 0; i < fields.size(); i++) {
            detail.append(i == 0 ? "" : "；")
                    .append(fields.get(i).field())
                    .append(" ")
                    .append(fields.get(i).message());
        }
        return detail.toString();
    }
}
