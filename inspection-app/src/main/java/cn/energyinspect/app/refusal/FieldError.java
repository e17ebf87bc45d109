package cn.energyinspect.app.refusal;

/** One offending field of a request, as listed in a validation problem: {@code {"field":"uscc","message":"…"}}. */
public record FieldError(String field, String message) {}
