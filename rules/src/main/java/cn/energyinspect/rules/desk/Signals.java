package cn.energyinspect.rules.desk;

import java.util.List;

/** The signal codes the checks and the filing raise; each has a row in desk/screening-rules.csv. */
public final class Signals {
    public static final String NOT_FILED = "NOT_FILED";
    public static final String LATE = "LATE";
    public static final String OVER_QUOTA = "OVER_QUOTA";
    public static final String ABOVE_BASELINE = "ABOVE_BASELINE";
    public static final String ELIMINATED_EQUIPMENT = "ELIMINATED_EQUIPMENT";
    public static final String BELOW_EFFICIENCY_LIMIT = "BELOW_EFFICIENCY_LIMIT";
    public static final String TCE_MISMATCH = "TCE_MISMATCH";
    public static final String USE_SUM_MISMATCH = "USE_SUM_MISMATCH";
    public static final String BALANCE_MISMATCH = "BALANCE_MISMATCH";
    public static final String UNIT_CONSUMPTION_MISMATCH = "UNIT_CONSUMPTION_MISMATCH";
    public static final String YOY_CHANGE = "YOY_CHANGE";
    public static final String NO_MANAGER = "NO_MANAGER";
    public static final String AUDIT_OVERDUE = "AUDIT_OVERDUE";
    public static final String TARGET_MISSED = "TARGET_MISSED";
    public static final String PUE_ABOVE_LIMIT = "PUE_ABOVE_LIMIT";
    public static final String PUE_ABOVE_TARGET = "PUE_ABOVE_TARGET";
    public static final String TARIFF_APPLIES = "TARIFF_APPLIES";
    public static final String UNRECTIFIED_FINDING = "UNRECTIFIED_FINDING";
    public static final String PENDING_GRADE = "PENDING_GRADE";

    public static final List<String> ALL = List.of(
            NOT_FILED,
            LATE,
            OVER_QUOTA,
            ABOVE_BASELINE,
            ELIMINATED_EQUIPMENT,
            BELOW_EFFICIENCY_LIMIT,
            TCE_MISMATCH,
            USE_SUM_MISMATCH,
            BALANCE_MISMATCH,
            UNIT_CONSUMPTION_MISMATCH,
            YOY_CHANGE,
            NO_MANAGER,
            AUDIT_OVERDUE,
            TARGET_MISSED,
            PUE_ABOVE_LIMIT,
            PUE_ABOVE_TARGET,
            TARIFF_APPLIES,
            UNRECTIFIED_FINDING,
            PENDING_GRADE);

    /** Signals meaning the figures do not add up: the declaration may be untrue (Art. 82). */
    public static final List<String> INCONSISTENCIES =
            List.of(TCE_MISMATCH, USE_SUM_MISMATCH, BALANCE_MISMATCH, UNIT_CONSUMPTION_MISMATCH);

    private Signals() {}
}
