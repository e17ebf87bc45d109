package cn.energyinspect.rules.equipment;

/** Outcome of matching equipment against the loaded elimination catalogues (淘汰目录). */
public enum Elimination {
    /** Matches an entry and every extra condition of it (frame, voltage, fuel, capacity). */
    ELIMINATED,
    /** Matches an entry's series but a condition cannot be decided from the input: suspected, inspector must confirm. */
    SUSPECTED,
    /** Matches no entry of the loaded extract (which holds only the brief's examples, see the data file). */
    NOT_LISTED,
    /** No model (or, for boilers, no fuel) was given, so the catalogue was not consulted. */
    NOT_CHECKED
}
