package cn.energyinspect.rules.basis;

/**
 * One problem with a rule's input: the field it concerns (a JSON-style path such as {@code items[2].quantity}) and a
 * message a person can act on.
 */
public record Violation(String field, String message) {}
