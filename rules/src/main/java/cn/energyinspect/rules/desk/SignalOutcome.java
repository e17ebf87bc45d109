package cn.energyinspect.rules.desk;

/** What a province's rule set does with a signal. */
public enum SignalOutcome {
    /** The unit becomes a candidate for a desk-review case (书面监察立案). */
    CASE,
    /** Shown and counted in the risk class; no case. */
    FLAG,
    /** Ignored. */
    OFF
}
