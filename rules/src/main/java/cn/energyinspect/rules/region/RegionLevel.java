package cn.energyinspect.rules.region;

/** The three levels of GB/T 2260 this library holds. */
public enum RegionLevel {
    /** 省级: province, autonomous region, municipality, SAR. */
    PROVINCE,
    /** 地级: prefecture-level city, prefecture, league, or the grouping row of a municipality / 省直辖县级. */
    CITY,
    /** 县级: district, county, county-level city, banner. */
    COUNTY
}
