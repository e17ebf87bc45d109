package cn.energyinspect.rules.region;

/**
 * One administrative division.
 *
 * @param code six-digit GB/T 2260 code
 * @param name official name, e.g. {@code 唐山市}
 * @param level province, city or county
 * @param parentCode code of the enclosing division, {@code null} for a province
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {}
