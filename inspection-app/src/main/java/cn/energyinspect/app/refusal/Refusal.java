package cn.energyinspect.app.refusal;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal: what a service throws when a request breaks a rule, names something that is not there (or not the
 * caller's), or meets a state that does not allow it. Neutral — no HTTP in it: the web layer maps each {@link Kind} to
 * its status and answers RFC 9457 problem details. The message is the safe {@code detail} shown to the client, so it
 * never carries internals.
 */
public class Refusal extends RuntimeException {
    /**
     * The stable kinds of refusal, each with its problem {@code type} URI and a Chinese title for end users. Clients
     * switch on the type, never on the title.
     */
    public enum Kind {
        MALFORMED_REQUEST("malformed-request", "请求格式错误"),
        VALIDATION_FAILED("validation-failed", "输入数据未通过校验"),
        UNAUTHENTICATED("unauthenticated", "未登录或凭证无效"),
        FORBIDDEN("forbidden", "无权执行此操作"),
        SECOND_FACTOR_REQUIRED("second-factor-required", "需要动态口令"),
        PASSWORD_CHANGE_REQUIRED("password-change-required", "请先修改密码"),
        SECOND_FACTOR_ENROLMENT_REQUIRED("second-factor-enrolment-required", "请先启用动态口令"),
        NOT_FOUND("not-found", "记录不存在或不在您的管辖范围内"),
        DUPLICATE("duplicate", "记录已存在"),
        STALE_VERSION("stale-version", "记录已被他人修改，请刷新后重试"),
        STATE_CONFLICT("state-conflict", "当前状态不允许此操作"),
        DRAW_NOT_COMMITTED("draw-not-committed", "抽取前须先公布抽取承诺"),
        TOO_FEW_INSPECTORS("too-few-inspectors", "持证执法人员不足，无法组成检查组"),
        PAYLOAD_TOO_LARGE("payload-too-large", "上传内容过大"),
        TOO_MANY_ATTEMPTS("too-many-attempts", "尝试次数过多，请稍后再试"),
        METHOD_NOT_ALLOWED("method-not-allowed", "不支持的请求方法"),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "不支持的内容类型"),
        NOT_ACCEPTABLE("not-acceptable", "无法提供所请求的格式"),
        REQUEST_TIMEOUT("request-timeout", "请求超时"),
        DATABASE_UNAVAILABLE("database-unavailable", "数据库暂时不可用"),
        SEARCH_UNAVAILABLE("search-unavailable", "检索服务暂不可用"),
        INTERNAL_ERROR("internal-error", "服务器内部错误");

        private static final String BASE = "urn:energyinspect:problem:";

        private final String slug;
        private final String title;

        Kind(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }

        public URI uri() {
            return URI.create(BASE + slug);
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final List<FieldError> fields;
    private final Map<String, Object> properties;

    public Refusal(Kind kind, String detail, List<FieldError> fields) {
        this(kind, detail, fields, Map.of());
    }

    /**
     * A refusal with extension members beside the standard ones, e.g. a whole import report; a property named like a
     * standard member's extension ({@code errors}) replaces it.
     */
    public Refusal(Kind kind, String detail, List<FieldError> fields, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Refusal(Kind kind, String detail) {
        this(kind, detail, List.of());
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, what + "不存在或不在您的管辖范围内");
    }

    public static Refusal invalid(List<FieldError> fields) {
        return new Refusal(Kind.VALIDATION_FAILED, describe(fields), fields);
    }

    public static Refusal invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, detail);
    }

    /** A state that does not allow the request (409): a closed case, a step not reached, a task another holds. */
    public static Refusal conflict(String detail) {
        return new Refusal(Kind.STATE_CONFLICT, detail);
    }

    public Kind kind() {
        return kind;
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
