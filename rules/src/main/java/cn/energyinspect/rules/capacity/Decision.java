package cn.energyinspect.rules.capacity;

/** Outcome of a capacity-replacement check. */
public enum Decision {
    /** Eligible exiting capacity meets the required ratio and nothing bars the plan. */
    PASS,
    /** Ratio not met, ineligible exiting capacity offered, or a project condition bars the plan. */
    REJECT,
    /** No replacement needed (e.g. photovoltaic rolled glass). */
    EXEMPT,
    /** Cannot be decided by rule: decided case by case by MIIT, no edition loaded for the date, or an incomplete list. */
    REVIEW,
    /**
     * The industry's replacement is suspended on the plan's date (steel since 2024-08-23, procedure.csv): a draft may
     * be saved, but no plan may be 公示 or 公告. The ratio is still computed and reported.
     */
    SUSPENDED
}
