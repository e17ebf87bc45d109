package cn.energyinspect.rules.energy;

/** How electricity is converted to standard coal. */
public enum ElectricityBasis {
    /** 当量值: the heat content of the electricity itself, 0.1229 kgce/kWh. */
    EQUIVALENT_VALUE,
    /** 等价值: the coal burnt to generate it, the year's 供电标准煤耗 passed by the caller. */
    EQUAL_VALUE
}
