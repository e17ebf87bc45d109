package cn.energyinspect.app.web;

import cn.energyinspect.app.refusal.Refusal;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container sends what no controller answered: an exception that escaped a filter,
 * a {@code sendError} (a body read that timed out, a refused upload), or someone opening {@code /error} itself. It
 * replaces Spring Boot's {@code BasicErrorController}, whose JSON is no problem details and which answers a direct call
 * with status 999; here every answer is an RFC 9457 problem, and a direct call is a plain 404.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorProblems implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ErrorProblems.class);

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer value ? value : 404;
        Refusal.Kind type = type(status, failure);
        String traceId = ProblemResponses.traceId(request);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
        if (type == Refusal.Kind.DATABASE_UNAVAILABLE) {
            log.warn("E-DB-503 database unavailable on {} traceId={}: {}", path, traceId, failure.toString());
        } else if (status >= 500) {
            log.error("E-API-500 unexpected error on {} traceId={}", path, traceId, failure);
        }
        ProblemDetail problem = ProblemResponses.body(type, detail(type), List.of(), null);
        problem.setProperty("traceId", traceId);
        ProblemResponses.instance(path).ifPresent(problem::setInstance);
        int answered = type == Refusal.Kind.DATABASE_UNAVAILABLE ? 503 : status;
        problem.setStatus(answered);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answered);
        ProblemResponses.retryAfter(type).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static Refusal.Kind type(int status, Throwable failure) {
        if (failure != null && Failures.databaseUnavailable(failure)) {
            return Refusal.Kind.DATABASE_UNAVAILABLE;
        }
        return switch (status) {
            case 401 -> Refusal.Kind.UNAUTHENTICATED;
            case 403 -> Refusal.Kind.FORBIDDEN;
            case 404 -> Refusal.Kind.NOT_FOUND;
            case 405 -> Refusal.Kind.METHOD_NOT_ALLOWED;
            case 406 -> Refusal.Kind.NOT_ACCEPTABLE;
            case 408 -> Refusal.Kind.REQUEST_TIMEOUT;
            case 413 -> Refusal.Kind.PAYLOAD_TOO_LARGE;
            case 415 -> Refusal.Kind.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> Refusal.Kind.TOO_MANY_ATTEMPTS;
            default -> status >= 500 ? Refusal.Kind.INTERNAL_ERROR : Refusal.Kind.MALFORMED_REQUEST;
        };
    }

    private static String detail(Refusal.Kind type) {
        return switch (type) {
            case DATABASE_UNAVAILABLE -> ProblemResponses.DATABASE_DOWN;
            case REQUEST_TIMEOUT -> "长时间未收到请求数据，请求已中止，请重试";
            case NOT_FOUND -> "请求的地址不存在";
            case INTERNAL_ERROR -> "处理请求时出错，请联系管理员并提供 traceId";
            default -> type.title();
        };
    }
}
