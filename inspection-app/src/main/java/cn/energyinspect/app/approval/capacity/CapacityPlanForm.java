package cn.energyinspect.app.approval.capacity;

import java.time.LocalDate;
import java.util.List;

/**
 * A capacity-replacement plan as the enterprise fills it in (a draft may be incomplete; submission needs it whole).
 *
 * @param industry {@code STEEL}, {@code CEMENT_CLINKER} or {@code FLAT_GLASS}
 * @param processType a special treatment of the rules ({@code EAF_TO_EAF} …) or null for the normal case
 * @param regionCode the new project's GB/T 2260 code
 * @param newCapacity the new line's capacity (t/yr; flat glass t/d)
 * @param plannedStart the new line's planned start of production: the exiting lines must be shut down by then
 * @param projectFlags project conditions of the rules ({@code IMPORT_RESTRICTED_PROVINCE} …)
 * @param exitLines the exiting lines, each used whole
 * @param evidenceIds files uploaded to the application (产能核算表, exporting 公示 …)
 */
public record CapacityPlanForm(
        String title,
        String industry,
        String processType,
        String regionCode,
        Double newCapacity,
        String newLineName,
        Double designUnitConsumption,
        LocalDate plannedStart,
        String corporateGroup,
        List<String> projectFlags,
        List<ExitLineForm> exitLines,
        List<Long> evidenceIds) {

    public CapacityPlanForm {
        projectFlags = projectFlags == null ? List.of() : List.copyOf(projectFlags);
        exitLines = exitLines == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(exitLines));
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    /**
     * One exiting line (a row of the provincial compliant-line list).
     *
     * @param flags conditions of the rules on exiting capacity ({@code MERGER_COMPLETED}, {@code ELIMINATION_CATEGORY} …)
     * @param dischargePermitNumber the line's 排污许可证 number; none makes cement / glass capacity ineligible from
     *     2024-11-01
     */
    public record ExitLineForm(
            String ownerName,
            String ownerUscc,
            String lineName,
            Double capacity,
            String regionCode,
            List<String> flags,
            String dischargePermitNumber,
            List<Long> evidenceIds) {
        public ExitLineForm {
            flags = flags == null ? List.of() : List.copyOf(flags);
            evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        }
    }
}
