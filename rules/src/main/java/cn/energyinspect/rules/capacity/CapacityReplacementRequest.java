package cn.energyinspect.rules.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A capacity-replacement plan (产能置换方案) to check.
 *
 * @param industry {@code STEEL}, {@code CEMENT_CLINKER} or {@code FLAT_GLASS}
 * @param regionCode GB/T 2260 code of the new project
 * @param newCapacity new capacity, same unit as the exiting capacities; positive
 * @param exitCapacities capacities offered for exit; {@code null} is taken as none
 * @param processType a treatment of process-types.csv (e.g. {@code EAF_TO_EAF}, {@code PHOTOVOLTAIC_ROLLED_GLASS}), or
 *     {@code null} for the normal case
 * @param projectFlags project conditions of flags.csv (e.g. {@code PROVINCE_MISSED_CAPACITY_TARGET}); may be {@code null}
 * @param date date of the plan (application): selects the edition of the rules
 */
public record CapacityReplacementRequest(
        String industry,
        String regionCode,
        Double newCapacity,
        List<ExitCapacity> exitCapacities,
        String processType,
        List<String> projectFlags,
        LocalDate date) {

    public CapacityReplacementRequest {
        // copies that keep null elements, so validation can report them by index instead of failing here
        exitCapacities = copy(exitCapacities);
        projectFlags = copy(projectFlags);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
