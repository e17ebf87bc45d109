package cn.energyinspect.rules.desk;

/**
 * The risk class the screening gives a unit, fed to next year's draw as its stratum (RISK_CLASS): HIGH with at least
 * one signal the province sends to a case, MEDIUM with flags only, LOW with neither.
 */
public enum RiskClass {
    HIGH,
    MEDIUM,
    LOW
}
