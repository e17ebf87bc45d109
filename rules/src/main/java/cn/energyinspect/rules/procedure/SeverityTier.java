package cn.energyinspect.rules.procedure;

/**
 * How grave a penalty record is for the credit system (国家发展改革委令第36号: 轻微 / 一般 / 严重); it decides how long
 * the record is published and from when it may be repaired ({@link PublicationWindow}).
 */
public enum SeverityTier {
    /** 轻微: as a rule not published under 令第36号; at most 3 months when it is. */
    LIGHT,
    /** 一般. */
    GENERAL,
    /** 严重. */
    SERIOUS
}
