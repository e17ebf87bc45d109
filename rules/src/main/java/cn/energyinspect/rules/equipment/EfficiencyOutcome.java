package cn.energyinspect.rules.equipment;

/** Outcome of grading equipment against its mandatory efficiency standard. */
public enum EfficiencyOutcome {
    /** Reaches grade 1, 2 or 3; grade 3 is the 能效限定值. */
    GRADED,
    /** Worse than the 能效限定值: may not be produced or sold (节约能源法 Art. 17 / 70). */
    BELOW_LIMIT,
    /** The standard applies but no values are loaded for this edition, date or rating: never guessed. */
    NO_VALUES_LOADED,
    /** Outside the standard's scope (e.g. a 10-pole motor for GB 18613). */
    OUT_OF_SCOPE,
    /** No efficiency or loss data was given, so nothing was graded. */
    NOT_CHECKED
}
