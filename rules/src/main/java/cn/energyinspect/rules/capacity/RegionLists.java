package cn.energyinspect.rules.capacity;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.RegionCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Named lists of GB/T 2260 regions (regions.csv); a listed province or city covers every code within it. */
final class RegionLists {
    record Region(String list, String code, String name, String group, Basis basis, String prefix) {}

    private final Map<String, List<Region>> byList;

    private RegionLists(Map<String, List<Region>> byList) {
        this.byList = Map.copyOf(byList);
    }

    static RegionLists load(String resource) {
        Map<String, List<Region>> byList = new HashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            String code = row.get("region_code");
            if (!RegionCodes.isWellFormed(code)) {
                throw new IllegalStateException(row.where() + ": malformed region code " + code);
            }
            Region region = new Region(
                    row.get("list"),
                    code,
                    row.get("name"),
                    row.get("region_group"),
                    row.basis(),
                    RegionCodes.prefix(code));
            byList.computeIfAbsent(region.list(), k -> new ArrayList<>()).add(region);
        }
        Map<String, List<Region>> frozen = new HashMap<>();
        byList.forEach((list, regions) -> frozen.put(list, List.copyOf(regions)));
        return new RegionLists(frozen);
    }

    boolean has(String list) {
        return byList.containsKey(list);
    }

    /**
     * The listed region {@code code} lies within, or {@code null}: {@link RegionCodes#isWithin} with each listed code's
     * prefix computed once at load, so the scan allocates nothing. Lists are small (≤ 50); a loop is enough.
     */
    Region find(String list, String code) {
        List<Region> regions = byList.get(list);
        if (regions == null) {
            return null;
        }
        for (int i = 0; i < regions.size(); i++) {
            Region region = regions.get(i);
            if (code.startsWith(region.prefix())) {
                return region;
            }
        }
        return null;
    }
}
