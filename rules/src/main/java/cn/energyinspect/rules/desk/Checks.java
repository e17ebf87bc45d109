package cn.energyinspect.rules.desk;

/** The codes of the checks {@link ReportChecks} runs, one per kind of {@link Verdict}. */
public final class Checks {
    /** 表2: the total recomputed with GB/T 2589 (INFO), and the declared total against it. */
    public static final String TCE_CONVERSION = "TCE_CONVERSION";

    public static final String TCE_DECLARED = "TCE_DECLARED";
    /** The 重点用能单位 class of the recomputed total (INFO). */
    public static final String KEY_UNIT = "KEY_UNIT";
    /** 表2-1: uses add up to the total. */
    public static final String USE_SUM = "USE_SUM";
    /** 表3: the balance closes. */
    public static final String BALANCE = "BALANCE";
    /** 表4: unit consumption = energy ÷ output. */
    public static final String UNIT_CONSUMPTION = "UNIT_CONSUMPTION";
    /** 表4: the quota grade. */
    public static final String QUOTA_GRADE = "QUOTA_GRADE";
    /** 表4: the 标杆/基准 position. */
    public static final String BENCHMARK = "BENCHMARK";
    /** 表4/表5: the change on last year. */
    public static final String YEAR_ON_YEAR = "YEAR_ON_YEAR";
    /** 表4 or the data centre: a tiered, punitive or differential electricity price. */
    public static final String TARIFF = "TARIFF";
    /** 表8: efficiency grade and elimination catalogue. */
    public static final String EQUIPMENT = "EQUIPMENT";
    /** Data centre: GB 40879 grade. */
    public static final String PUE_GRADE = "PUE_GRADE";
    /** Data centre: the Action Plan's target for new large data centres. */
    public static final String PUE_TARGET = "PUE_TARGET";
    /** 表1: the energy manager is filed. */
    public static final String ENERGY_MANAGER = "ENERGY_MANAGER";
    /** The last energy audit within the cycle. */
    public static final String ENERGY_AUDIT = "ENERGY_AUDIT";
    /** 表6: the energy-saving target met. */
    public static final String SAVING_TARGET = "SAVING_TARGET";

    private Checks() {}
}
