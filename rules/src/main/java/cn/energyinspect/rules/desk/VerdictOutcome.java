package cn.energyinspect.rules.desk;

/** How one check of a report came out. */
public enum VerdictOutcome {
    /** Checked and in order. */
    PASS,
    /** Checked, and it raises its signal (over quota, figures that do not add up …). */
    SIGNAL,
    /** The rules cannot decide (no edition loaded, suspected catalogue match): a person must. Never taken as a pass. */
    PENDING,
    /** A figure worth showing that passes or fails nothing (the recomputed total, a key-unit class, a grade). */
    INFO
}
