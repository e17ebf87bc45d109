package cn.energyinspect.app.web;

import java.util.List;

/**
 * A refusal the API reports as RFC 9457 problem details. Thrown by capability code; the message is the safe {@code
 * detail} shown to the client, so it never carries internals.
 */
public class ApiProblem extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> fields;

    public ApiProblem(ProblemType type, String detail, List<FieldError> fields) {
        super(detail, null, false, false);
        this.type = type;
        this.fields = List.copyOf(fields);
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
