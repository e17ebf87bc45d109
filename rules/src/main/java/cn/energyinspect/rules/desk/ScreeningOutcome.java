package cn.energyinspect.rules.desk;

import java.util.List;

/**
 * A unit's screening: the signals kept by the rule set and the risk class they give.
 *
 * @param caseCandidate at least one signal is a CASE: the unit is a candidate for a desk-review case
 */
public record ScreeningOutcome(List<Signal> signals, RiskClass riskClass, boolean caseCandidate) {
    public ScreeningOutcome {
        signals = List.copyOf(signals);
    }
}
