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
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
