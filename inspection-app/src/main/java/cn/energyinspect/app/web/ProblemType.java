package cn.energyinspect.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable kinds of error the API answers with, each with its RFC 9457 {@code type} URI, HTTP status and a Chinese
 * title for end users. Clients switch on {@code type}, never on the title.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "请求格式错误"),
    VALIDATION_FAILED("validation-failed", HttpStatus.UNPROCESSABLE_ENTITY, "输入数据未通过校验"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "未登录或凭证无效"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "无权执行此操作"),
    SECOND_FACTOR_REQUIRED("second-factor-required", HttpStatus.UNAUTHORIZED, "需要动态口令"),
    PASSWORD_CHANGE_REQUIRED("password-change-required", HttpStatus.FORBIDDEN, "请先修改密码"),
    SECOND_FACTOR_ENROLMENT_REQUIRED("second-factor-enrolment-required", HttpStatus.FORBIDDEN, "请先启用动态口令"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "记录不存在或不在您的管辖范围内"),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "记录已存在"),
    STALE_VERSION("stale-version", HttpStatus.CONFLICT, "记录已被他人修改，请刷新后重试"),
    STATE_CONFLICT("state-conflict", HttpStatus.CONFLICT, "当前状态不允许此操作"),
    DRAW_NOT_COMMITTED("draw-not-committed", HttpStatus.CONFLICT, "抽取前须先公布抽取承诺"),
    TOO_FEW_INSPECTORS("too-few-inspectors", HttpStatus.UNPROCESSABLE_ENTITY, "持证执法人员不足，无法组成检查组"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "上传内容过大"),
    TOO_MANY_ATTEMPTS("too-many-attempts", HttpStatus.TOO_MANY_REQUESTS, "尝试次数过多，请稍后再试"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "无法提供所请求的格式"),
    REQUEST_TIMEOUT("request-timeout", HttpStatus.REQUEST_TIMEOUT, "请求超时"),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "数据库暂时不可用"),
    SEARCH_UNAVAILABLE("search-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "检索服务暂不可用"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误");

    private static final String BASE = "urn:energyinspect:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
