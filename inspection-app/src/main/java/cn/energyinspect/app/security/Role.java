package cn.energyinspect.app.security;

/** The roles of EnergyInspect users (architecture.md, "Who uses it"). */
public enum Role {
    /** 省级管理员: regions, agencies, users, templates, rule editions. */
    PROVINCE_ADMIN,
    /** 科长/处长 of an inspection agency: plans, approvals, reviews. */
    SUPERVISOR,
    /** 监察员 holding a 执法证. */
    INSPECTOR,
    /** 被监察单位: sees only its own enterprise. */
    ENTERPRISE,
    /** Read-only oversight. */
    AUDITOR,
    /**
     * 项目审核员 of a city's or the province's 工信 department (原材料/产业处): reviews capacity-replacement and white-list
     * applications of its region; a city code reviews first, the province code reviews, publishes and decides.
     */
    PROJECT_REVIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
