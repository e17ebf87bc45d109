package cn.energyinspect.rules.capacity;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Process types with a special treatment: equal replacement, exemption, case by case (process-types.csv). */
final class ProcessTypes {
    static final String ANY = "ANY";

    enum Treatment {
        EQUAL,
        EXEMPT,
        CASE_BY_CASE,
        NORMAL
    }

    record ProcessType(
            Industry industry,
            String processType,
            Treatment treatment,
            Double maxNewCapacity,
            String regionList,
            boolean reviewOutsideList,
            String message,
            Basis basis) {}

    private final List<ProcessType> types;
    private final Map<Industry, TreeSet<String>> names = new EnumMap<>(Industry.class);

    private ProcessTypes(List<ProcessType> types) {
        this.types = List.copyOf(types);
        for (Industry industry : Industry.values()) {
            TreeSet<String> known = new TreeSet<>();
            for (ProcessType type : types) {
                if (type.industry() == industry && !type.processType().equals(ANY)) {
                    known.add(type.processType());
                }
            }
            names.put(industry, known);
        }
    }

    static ProcessTypes load(String resource, RegionLists regions) {
        List<ProcessType> types = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            String list = row.get("region_list");
            if (!list.isBlank() && !regions.has(list)) {
                throw new IllegalStateException(row.where() + ": unknown region list " + list);
            }
            types.add(new ProcessType(
                    Industry.valueOf(row.get("industry")),
                    row.get("process_type"),
                    Treatment.valueOf(row.get("treatment")),
                    row.decimalOrNull("max_new_capacity"),
                    list,
                    row.get("outside_list").equals("REVIEW"),
                    row.get("message"),
                    row.basis()));
        }
        return new ProcessTypes(types);
    }

    /** Rows of {@code industry} for {@code processType} (or, with {@code ANY}, for every project) in force on a date. */
    List<ProcessType> find(Industry industry, String processType, LocalDate date) {
        List<ProcessType> found = new ArrayList<>(2);
        for (int i = 0; i < types.size(); i++) {
            ProcessType type = types.get(i);
            if (type.industry() == industry
                    && type.processType().equals(processType)
                    && type.basis().inForceOn(date)) {
                found.add(type);
            }
        }
        return found;
    }

    boolean known(Industry industry, String processType) {
        return !ANY.equals(processType) && names(industry).contains(processType);
    }

    /** The process types known for {@code industry}, sorted (never modified after construction). */
    TreeSet<String> names(Industry industry) {
        return names.get(industry);
    }
}
