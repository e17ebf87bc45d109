package cn.energyinspect.rules.capacity;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Conditions on exiting capacity and on the project (flags.csv). */
final class Flags {
    static final String EXIT = "EXIT";
    static final String PROJECT = "PROJECT";

    enum Effect {
        INELIGIBLE,
        RATIO_CASE,
        REJECT_IF_CROSS_PROVINCE,
        REJECT_IN_REGION_LIST
    }

    record Flag(
            String flag,
            String scope,
            Industry industry,
            Effect effect,
            String ratioCase,
            String regionList,
            String message,
            Basis basis) {}

    private final Map<String, List<Flag>> byName;

    private Flags(Map<String, List<Flag>> byName) {
        this.byName = byName;
    }

    static Flags load(String resource, RegionLists regions) {
        Map<String, List<Flag>> byName = new HashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            String list = row.get("region_list");
            if (!list.isBlank() && !regions.has(list)) {
                throw new IllegalStateException(row.where() + ": unknown region list " + list);
            }
            Flag flag = new Flag(
                    row.get("flag"),
                    row.get("scope"),
                    Industry.valueOf(row.get("industry")),
                    Effect.valueOf(row.get("effect")),
                    row.get("ratio_case"),
                    list,
                    row.get("message"),
                    row.basis());
            byName.computeIfAbsent(flag.flag(), k -> new ArrayList<>()).add(flag);
        }
        Map<String, List<Flag>> frozen = new HashMap<>();
        byName.forEach((name, flags) -> frozen.put(name, List.copyOf(flags)));
        return new Flags(Map.copyOf(frozen));
    }

    /** Whether {@code name} is a flag of {@code scope} for {@code industry} on any date. */
    boolean known(String name, String scope, Industry industry) {
        List<Flag> flags = byName.get(name);
        if (flags != null) {
            for (int i = 0; i < flags.size(); i++) {
                Flag flag = flags.get(i);
                if (flag.industry() == industry && flag.scope().equals(scope)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The row of {@code name} in force on {@code date}, or {@code null} (unknown, or not in force then). */
    Flag find(String name, String scope, Industry industry, LocalDate date) {
        List<Flag> flags = byName.get(name);
        if (flags != null) {
            for (int i = 0; i < flags.size(); i++) {
                Flag flag = flags.get(i);
                if (flag.industry() == industry
                        && flag.scope().equals(scope)
                        && flag.basis().inForceOn(date)) {
                    return flag;
                }
            }
        }
        return null;
    }

    TreeSet<String> names(String scope, Industry industry) {
        TreeSet<String> names = new TreeSet<>();
        for (List<Flag> flags : byName.values()) {
            for (Flag flag : flags) {
                if (flag.industry() == industry && flag.scope().equals(scope)) {
                    names.add(flag.flag());
                }
            }
        }
        return names;
    }

    static String normalise(String flag) {
        return flag == null ? null : flag.trim().toUpperCase(Locale.ROOT);
    }
}
