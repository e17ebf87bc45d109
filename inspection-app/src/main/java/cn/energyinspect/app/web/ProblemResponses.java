package cn.energyinspect.app.web;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds problem-details bodies the same way for controllers and for the security filters (which answer before any
 * controller runs). Every problem carries a trace id that is also logged, so support can find the server-side record.
 */
@Component
public class ProblemResponses {
    /** The detail of every 503 for a database outage, wherever it is noticed. */
    public static final String DATABASE_DOWN = "数据库暂时无法访问，请稍后重试；已确认（已返回成功）的操作均已保存";

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail body(
            Refusal.Kind type, String detail, List<FieldError> fields, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ProblemStatus.of(type), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (request != null) {
            instance(request.getRequestURI()).ifPresent(problem::setInstance);
        }
        problem.setProperty("traceId", traceId(request));
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields);
        }
        return problem;
    }

    /** Writes a problem straight to the servlet response (used where no controller is involved). */
    public void write(HttpServletResponse response, HttpServletRequest request, Refusal.Kind type, String detail)
            throws IOException {
        response.setStatus(ProblemStatus.of(type).value());
        retryAfter(type).ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(type, detail, List.of(), request));
    }

    /** The request's path as {@code instance}; left out when it is no valid URI (a path the firewall refused). */
    static Optional<URI> instance(String path) {
        try {
            return Optional.ofNullable(path).map(URI::create);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Seconds a client should wait before retrying after an outage (RFC 9110 {@code Retry-After}). */
    public static Optional<String> retryAfter(Refusal.Kind type) {
        return switch (type) {
            case DATABASE_UNAVAILABLE -> Optional.of("10");
            case SEARCH_UNAVAILABLE -> Optional.of("30");
            default -> Optional.empty();
        };
    }

    static String traceId(HttpServletRequest request) {
        if (request == null) {
            return UUID.randomUUID().toString();
        }
        Object existing = request.getAttribute(TRACE_ATTRIBUTE);
        if (existing instanceof String id) {
            return id;
        }
        String id = UUID.randomUUID().toString();
        request.setAttribute(TRACE_ATTRIBUTE, id);
        return id;
    }

    static final String TRACE_ATTRIBUTE = ProblemResponses.class.getName() + ".traceId";
}
