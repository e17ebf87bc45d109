package cn.energyinspect.rules.capacity;

import cn.energyinspect.rules.basis.Basis;

/**
 * One step of the decision.
 *
 * @param code stable machine code, e.g. {@code RATIO_BELOW_REQUIRED}, {@code INELIGIBLE_EXIT_CAPACITY}
 * @param message what was found, with the numbers
 * @param basis the rule or list row it rests on; {@code null} only for arithmetic summaries without one
 */
public record Reason(String code, String message, Basis basis) {}
