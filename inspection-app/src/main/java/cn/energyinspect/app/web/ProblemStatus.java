package cn.energyinspect.app.web;

import cn.energyinspect.app.refusal.Refusal;
import org.springframework.http.HttpStatus;

/** The HTTP status of each kind of refusal: the only place a refusal meets HTTP. */
public final class ProblemStatus {
    private ProblemStatus() {}

    public static HttpStatus of(Refusal.Kind kind) {
        return switch (kind) {
            case MALFORMED_REQUEST -> HttpStatus.BAD_REQUEST;
            case VALIDATION_FAILED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case SECOND_FACTOR_REQUIRED -> HttpStatus.UNAUTHORIZED;
            case PASSWORD_CHANGE_REQUIRED -> HttpStatus.FORBIDDEN;
            case SECOND_FACTOR_ENROLMENT_REQUIRED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case DUPLICATE -> HttpStatus.CONFLICT;
            case STALE_VERSION -> HttpStatus.CONFLICT;
            case STATE_CONFLICT -> HttpStatus.CONFLICT;
            case DRAW_NOT_COMMITTED -> HttpStatus.CONFLICT;
            case TOO_FEW_INSPECTORS -> HttpStatus.UNPROCESSABLE_ENTITY;
            case PAYLOAD_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case REQUEST_TIMEOUT -> HttpStatus.REQUEST_TIMEOUT;
            case DATABASE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case SEARCH_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
