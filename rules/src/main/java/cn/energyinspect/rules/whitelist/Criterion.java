package cn.energyinspect.rules.whitelist;

/** The four 白名单 criteria of 《工业能效提升行动计划》. */
public enum Criterion {
    /** 产品单耗: unit consumption against the 标杆 / 基准水平. */
    UNIT_CONSUMPTION,
    /** 能源产出率: value added per tce, relative to a reference. */
    ENERGY_PRODUCTIVITY,
    /** 产业链定位. */
    CHAIN_POSITION,
    /** 绿色低碳水平: green-power share. */
    GREEN_LOW_CARBON
}
