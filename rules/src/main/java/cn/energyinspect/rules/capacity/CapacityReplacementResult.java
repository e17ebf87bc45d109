package cn.energyinspect.rules.capacity;

import java.util.List;

/**
 * Result of a capacity-replacement check.
 *
 * @param decision PASS, REJECT, EXEMPT or REVIEW
 * @param requiredRatio exiting : new ratio required; when exiting capacities fall under different ratios (merger,
 *     cross-province) the blended ratio {@code Σ exit / Σ (exit / ratio)}; {@code null} when exempt or undecidable
 * @param actualRatio eligible exiting capacity / new capacity; {@code null} when exempt or undecidable
 * @param minimumExitCapacity new capacity × required ratio; {@code null} when exempt or undecidable
 * @param eligibleExitCapacity exiting capacity counted (ineligible capacity excluded)
 * @param newCapacity as requested
 * @param reasons every step, each with its basis
 * @param unconfirmed whether any basis used is UNCONFIRMED
 */
public record CapacityReplacementResult(
        Decision decision,
        Double requiredRatio,
        Double actualRatio,
        Double minimumExitCapacity,
        double eligibleExitCapacity,
        double newCapacity,
        List<Reason> reasons,
        boolean unconfirmed) {

    public CapacityReplacementResult {
        reasons = List.copyOf(reasons);
    }
}
