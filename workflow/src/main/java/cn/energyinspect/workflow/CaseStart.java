package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.SiteInspectionProcess.Defaults;
import cn.energyinspect.bpmn.SiteInspectionProcess.InspectionTypes;
import cn.energyinspect.bpmn.SiteInspectionProcess.Triggers;
import java.util.Objects;

/**
 * Opens a site-inspection case.
 *
 * @param trigger one of {@code SiteInspectionProcess.Triggers}
 * @param inspectionType {@code ON_SITE} or {@code DESK}
 * @param statementWorkingDays statement period (陈述) in working days, 1–30
 */
public record CaseStart(
        long caseId,
        String caseNumber,
        long agencyId,
        String enterpriseUscc,
        String trigger,
        String inspectionType,
        int statementWorkingDays) {

    public CaseStart {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(enterpriseUscc, "enterpriseUscc");
        if (caseNumber.isBlank() || enterpriseUscc.isBlank()) {
            throw new IllegalArgumentException("caseNumber and enterpriseUscc must not be blank");
        }
        if (!Triggers.ALL.contains(trigger)) {
            throw new IllegalArgumentException("trigger must be one of " + Triggers.ALL + ", was " + trigger);
        }
        if (!InspectionTypes.ALL.contains(inspectionType)) {
            throw new IllegalArgumentException(
                    "inspectionType must be one of " + InspectionTypes.ALL + ", was " + inspectionType);
        }
        if (statementWorkingDays < 1 || statementWorkingDays > 30) {
            throw new IllegalArgumentException("statementWorkingDays must be 1-30, was " + statementWorkingDays);
        }
    }

    /** With the default statement period of {@value Defaults#STATEMENT_WORKING_DAYS} working days. */
    public CaseStart(
            long caseId,
            String caseNumber,
            long agencyId,
            String enterpriseUscc,
            String trigger,
            String inspectionType) {
        this(caseId, caseNumber, agencyId, enterpriseUscc, trigger, inspectionType, Defaults.STATEMENT_WORKING_DAYS);
    }
}
