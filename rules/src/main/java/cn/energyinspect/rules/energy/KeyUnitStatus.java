package cn.energyinspect.rules.energy;

/** Whether a unit is a key energy-consuming unit (重点用能单位), 节约能源法 Art. 52. */
public enum KeyUnitStatus {
    /** At or above 10,000 tce a year: a key unit by law. */
    YES,
    /** 5,000 to below 10,000 tce: a key unit only if designated by the State Council departments or the province. */
    IF_DESIGNATED,
    /** Below 5,000 tce. */
    NO
}
