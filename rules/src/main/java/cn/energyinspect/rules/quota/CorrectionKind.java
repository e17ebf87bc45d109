package cn.energyinspect.rules.quota;

import java.util.Set;

/**
 * The shapes of correction the quota standards use. Each is implemented once; the numbers of each standard and
 * edition live in rules/quota/corrections.csv, so a new edition with new coefficients needs no code.
 */
enum CorrectionKind {
    /** {@code limit += coef × clamp(x − ref, minDelta, maxDelta)}, e.g. clinker ratio, burden grade (capped). */
    LINEAR(Set.of("coef"), Set.of("ref", "minDelta", "maxDelta")),
    /** Above {@code aboveAltitude} m: {@code limit ×= a − b × P / p0}, P the {@code pressure} condition (GB 16780). */
    ALTITUDE_PRESSURE(Set.of("aboveAltitude", "a", "b", "p0", "pressure"), Set.of()),
    /** {@code limit += amount} when the flag condition is 1. */
    FLAG_ADD(Set.of("amount"), Set.of()),
    /** {@code limit ×= factor} when the flag condition is 1. */
    FLAG_FACTOR(Set.of("factor"), Set.of()),
    /** {@code limit += amount} when the condition lies in {@code range}, e.g. coke-oven age. */
    RANGE_ADD(Set.of("range", "amount"), Set.of()),
    /** {@code limit ×= factor} when the condition lies in {@code range}, e.g. glass line utilisation above 85 %. */
    RANGE_FACTOR(Set.of("range", "factor"), Set.of()),
    /**
     * {@code limit ×= x}: the condition is itself a factor the standard has the plant compute from a table not loaded
     * here (GB 21340 thickness and iron factors, GB 21252 thickness factor, GB 21258 influence factor).
     */
    FACTOR(Set.of(), Set.of()),
    /** {@code limit += x}: the condition is itself an allowance in the limit's unit (GB 21258 表2, GB 31825 表2 notes). */
    ADD(Set.of(), Set.of()),
    /**
     * {@code limit += f(x)}, f linear between the {@code points} {@code x1:y1|x2:y2|…} of the standard's table (GB
     * 21342 dry volatile matter); x outside the first and last point is refused, never extrapolated.
     */
    INTERPOLATE(Set.of("points"), Set.of());

    final Set<String> requiredParams;
    final Set<String> optionalParams;

    CorrectionKind(Set<String> requiredParams, Set<String> optionalParams) {
        this.requiredParams = requiredParams;
        this.optionalParams = optionalParams;
    }
}
