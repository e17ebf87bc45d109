package cn.energyinspect.rules.capacity;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Minimum replacement ratios by industry, case and region class (ratios.csv). */
final class RatioTable {
    static final String NORMAL = "NORMAL";
    static final String MERGER = "MERGER";
    static final String EQUAL = "EQUAL";
    static final String CROSS_PROVINCE = "CROSS_PROVINCE";

    record Ratio(String ratioCase, String regionClass, String regionList, double ratio, Basis basis) {}

    /** A ratio found for a project, with the key-region row that selected it (or {@code null} outside key regions). */
    record Found(Ratio ratio, RegionLists.Region keyRegion) {}

    private final Map<Industry, List<Ratio>> byIndustry;

    private RatioTable(Map<Industry, List<Ratio>> byIndustry) {
        this.byIndustry = byIndustry;
    }

    static RatioTable load(String resource, RegionLists regions) {
        Map<Industry, List<Ratio>> byIndustry = new EnumMap<>(Industry.class);
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            String list = row.get("region_list");
            if (!list.isBlank() && !regions.has(list)) {
                throw new IllegalStateException(row.where() + ": unknown region list " + list);
            }
            byIndustry
                    .computeIfAbsent(Industry.valueOf(row.get("industry")), k -> new ArrayList<>())
                    .add(new Ratio(
                            row.get("ratio_case"), row.get("region_class"), list, row.decimal("ratio"), row.basis()));
        }
        Map<Industry, List<Ratio>> frozen = new EnumMap<>(Industry.class);
        byIndustry.forEach((industry, ratios) -> frozen.put(industry, List.copyOf(ratios)));
        return new RatioTable(frozen);
    }

    /**
     * The ratio of {@code ratioCase} for a project in {@code regionCode} on {@code date}: a KEY row whose list holds the
     * region wins, else the OTHER or ANY row; {@code null} when no row is in force.
     */
    Found find(Industry industry, String ratioCase, String regionCode, LocalDate date, RegionLists regions) {
        List<Ratio> ratios = byIndustry.get(industry);
        if (ratios == null) {
            return null;
        }
        Ratio fallback = null;
        for (int i = 0; i < ratios.size(); i++) {
            Ratio ratio = ratios.get(i);
            if (!ratio.ratioCase().equals(ratioCase) || !ratio.basis().inForceOn(date)) {
                continue;
            }
            if (ratio.regionClass().equals("KEY")) {
                RegionLists.Region region = regions.find(ratio.regionList(), regionCode);
                if (region != null) {
                    return new Found(ratio, region);
                }
            } else {
                fallback = ratio;
            }
        }
        return fallback == null ? null : new Found(fallback, null);
    }

    /** The first effective date of any ratio of {@code industry}, for the "no edition loaded" message. */
    LocalDate earliest(Industry industry) {
        LocalDate earliest = null;
        for (Ratio ratio : byIndustry.getOrDefault(industry, List.of())) {
            LocalDate from = ratio.basis().effectiveFrom();
            if (from != null && (earliest == null || from.isBefore(earliest))) {
                earliest = from;
            }
        }
        return earliest;
    }
}
