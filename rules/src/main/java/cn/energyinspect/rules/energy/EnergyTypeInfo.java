package cn.energyinspect.rules.energy;

/**
 * An energy type an item may name, as forms show it.
 *
 * @param code e.g. {@code RAW_COAL}
 * @param nameZh e.g. 原煤
 * @param unit the unit its coefficient is per, e.g. {@code kg}; items may use related units (t, 10^4m3, 10^4kWh …)
 * @param measuredRequired the standard gives only a range: the item must carry a measured coefficient
 */
public record EnergyTypeInfo(String code, String nameZh, String unit, boolean measuredRequired) {}
