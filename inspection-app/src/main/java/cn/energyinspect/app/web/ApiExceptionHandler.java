package cn.energyinspect.app.web;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.rules.basis.InvalidInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into RFC 9457 problem details. Unexpected errors are logged with their trace id
 * and answered with a generic 500 whose body never carries the exception's message or stack.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> apiProblem(Refusal e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = respond(e.kind(), e.getMessage(), e.fields(), request);
        e.properties().forEach(response.getBody()::setProperty);
        if (e.properties().get("retryAfter") instanceof Number seconds) {
            // RFC 9110 §10.2.3: a 429 (or 503) says when to come back
            return ResponseEntity.status(response.getStatusCode())
                    .headers(response.getHeaders())
                    .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()))
                    .body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidRuleInput(InvalidInputException e, HttpServletRequest request) {
        List<FieldError> fields = e.violations().stream()
                .map(v -> new FieldError(v.field(), v.message()))
                .toList();
        Refusal problem = Refusal.invalid(fields);
        return respond(problem.kind(), problem.getMessage(), fields, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        // well-formed JSON with a value of the wrong type names the field, with its whole path (422); JSON cut short
        // is no mismatch, even when Jackson knows the field it was in
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = JsonPaths.of(mismatch);
            return respond(
                    Refusal.Kind.VALIDATION_FAILED,
                    "字段 " + field + " 的值类型不正确",
                    List.of(new FieldError(field, "值类型不正确")),
                    request);
        }
        // a number past its type's range (3000000000 for an int) or a value its type could not be built from: the
        // field is known from where the parser stood or from the mapping's path
        String invalid = invalidField(e.getCause());
        if (!invalid.isEmpty()) {
            return respond(
                    Refusal.Kind.VALIDATION_FAILED,
                    "字段 " + invalid + " 的值无效",
                    List.of(new FieldError(invalid, "值无效")),
                    request);
        }
        // a key given twice would let the last one win silently: refused
        // (spring.jackson.parser.strict-duplicate-detection)
        if (e.getCause() instanceof StreamReadException parse) {
            var duplicate = JsonPaths.duplicateKey(parse);
            if (duplicate.isPresent()) {
                return respond(
                        Refusal.Kind.MALFORMED_REQUEST,
                        "字段 " + duplicate.get() + " 在请求体中重复出现",
                        List.of(new FieldError(duplicate.get(), "重复的字段")),
                        request);
            }
        }
        // broken JSON is a 400
        return respond(Refusal.Kind.MALFORMED_REQUEST, "请求体不是有效的 JSON", List.of(), request);
    }

    private static String invalidField(Throwable cause) {
        if (cause instanceof InputCoercionException outOfRange
                && outOfRange.getProcessor() instanceof JsonParser parser) {
            return JsonPaths.of(parser.getParsingContext());
        }
        if (cause instanceof JsonMappingException mapping) {
            if (mapping.getCause() instanceof InputCoercionException) {
                return JsonPaths.of(mapping);
            }
            // broken JSON (cut short, a stray character) stays a 400, even inside a field Jackson knows
            return mapping.getCause() instanceof StreamReadException ? "" : JsonPaths.of(mapping);
        }
        return "";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(
                Refusal.Kind.VALIDATION_FAILED,
                "参数 " + e.getName() + " 的值无效",
                List.of(new FieldError(e.getName(), "值无效")),
                request);
    }

    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(
            org.springframework.web.bind.MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldError> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), "必填或格式不正确"))
                .toList();
        Refusal problem = Refusal.invalid(fields);
        return respond(problem.kind(), problem.getMessage(), fields, request);
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e,
            HttpServletRequest request) {
        return respond(
                Refusal.Kind.VALIDATION_FAILED,
                "缺少上传的文件 " + e.getRequestPartName(),
                List.of(new FieldError(e.getRequestPartName(), "必填")),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(
                Refusal.Kind.VALIDATION_FAILED,
                "缺少参数 " + e.getParameterName(),
                List.of(new FieldError(e.getParameterName(), "必填")),
                request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(Refusal.Kind.FORBIDDEN, "您的角色无权执行此操作", List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(Refusal.Kind.METHOD_NOT_ALLOWED, "不支持 " + e.getMethod() + " 请求", List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(Refusal.Kind.UNSUPPORTED_MEDIA_TYPE, "请求体须为 application/json", List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        // the problem itself is always application/problem+json, whatever the client asked for
        return respond(Refusal.Kind.NOT_ACCEPTABLE, "无法按所请求的格式（Accept）提供内容，请接受 application/json", List.of(), request);
    }

    /** A multipart body that cannot be read: cut short or malformed (400), or stalled until the read timeout (408). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e, HttpServletRequest request) {
        if (Failures.readTimedOut(e)) {
            log.warn("E-API-408 upload stalled on {} {}", request.getMethod(), request.getRequestURI());
            return respond(Refusal.Kind.REQUEST_TIMEOUT, "上传中断：长时间未收到数据，请重新上传", List.of(), request);
        }
        return respond(Refusal.Kind.MALFORMED_REQUEST, "上传的内容不完整或格式不正确（multipart/form-data），请重新上传", List.of(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(Refusal.Kind.PAYLOAD_TOO_LARGE, "上传文件超过允许的大小", List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(Refusal.Kind.NOT_FOUND, "请求的地址不存在", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String traceId = ProblemResponses.traceId(request);
        if (Failures.databaseUnavailable(e)) {
            log.warn(
                    "E-DB-503 database unavailable on {} {} traceId={}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    traceId,
                    e.toString());
            return respond(Refusal.Kind.DATABASE_UNAVAILABLE, ProblemResponses.DATABASE_DOWN, List.of(), request);
        }
        log.error(
                "E-API-500 unexpected error on {} {} traceId={}",
                request.getMethod(),
                request.getRequestURI(),
                traceId,
                e);
        return respond(Refusal.Kind.INTERNAL_ERROR, "处理请求时出错，请联系管理员并提供 traceId", List.of(), request);
    }

    private static ResponseEntity<ProblemDetail> respond(
            Refusal.Kind type, String detail, List<FieldError> fields, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(ProblemStatus.of(type));
        ProblemResponses.retryAfter(type).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(type, detail, fields, request));
    }
}
