package cn.energyinspect.app.region;

/** A row of {@code region}: a GB/T 2260 division. */
public record RegionRow(String code, String name, String level, String parentCode) {
    public boolean isCounty() {
        return "COUNTY".equals(level);
    }
}
