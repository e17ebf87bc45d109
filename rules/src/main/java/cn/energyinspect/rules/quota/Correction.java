package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;

/**
 * One correction (修正) applied to one grade's limit: which plant condition, its value, the rule and its parameters,
 * and the limit before and after.
 *
 * @param grade the grade whose limit was corrected (1..3)
 * @param condition the plant condition, e.g. {@code altitudeMeters}
 * @param input the condition's value
 * @param rule kind and parameters, e.g. {@code LINEAR coef=1.10;ref=75}
 */
public record Correction(
        int grade, String condition, double input, String rule, double limitBefore, double limitAfter, Basis basis) {}
