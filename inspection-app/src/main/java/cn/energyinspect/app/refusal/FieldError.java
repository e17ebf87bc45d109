package cn.energyinspect.app.refusal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One offending field of a request, as listed in a validation problem: {@code {"field":"uscc","message":"…"}}. */
@Schema(description = "One offending field of a request in a problem's errors")
public record FieldError(
        @Schema(description = "The field's path in the request, e.g. uscc, items[0].deadline or a query parameter")
        String field,

        @Schema(description = "What is wrong with it, in Chinese")
        String message) {}
