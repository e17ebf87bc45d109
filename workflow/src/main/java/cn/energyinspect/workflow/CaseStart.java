package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.SiteInspectionProcess.Defaults;
import cn.energyinspect.bpmn.SiteInspectionProcess.InspectionTypes;
import cn.energyinspect.bpmn.SiteInspectionProcess.Triggers;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Opens a site-inspection case.
 *
 * @param trigger one of {@code SiteInspectionProcess.Triggers}
 * @param inspectionType {@code ON_SITE} or {@code DESK}
 * @param statementWorkingDays statement period (陈述) in working days, 1–30
 * @param drawnTeam the team drawn at random with the campaign's targets (双随机): at least 2 distinct usernames, and the
 *     case starts with the team's tasks; empty (or null) when the supervisors assign the team by hand
 */
public record CaseStart(
        long caseId,
        String caseNumber,
        long agencyId,
        String enterpriseUscc,
        String trigger,
        String inspectionType,
        int statementWorkingDays,
        List<String> drawnTeam) {

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
        drawnTeam = checkedTeam(drawnTeam);
    }

    /** The team assigned by the supervisors, statement period as given. */
    public CaseStart(
            long caseId,
            String caseNumber,
            long agencyId,
            String enterpriseUscc,
            String trigger,
            String inspectionType,
            int statementWorkingDays) {
        this(caseId, caseNumber, agencyId, enterpriseUscc, trigger, inspectionType, statementWorkingDays, List.of());
    }

    /**
     * The team assigned by the supervisors, with the default statement period of {@value
     * Defaults#STATEMENT_WORKING_DAYS} working days.
     */
    public CaseStart(
            long caseId,
            String caseNumber,
            long agencyId,
            String enterpriseUscc,
            String trigger,
            String inspectionType) {
        this(caseId, caseNumber, agencyId, enterpriseUscc, trigger, inspectionType, Defaults.STATEMENT_WORKING_DAYS);
    }

    /** The team came with the start: the case skips {@code Task_AssignTeam}. */
    public boolean teamDrawn() {
        return !drawnTeam.isEmpty();
    }

    /** 执法人员不少于两人; the names end up comma-separated in the candidate users, so no commas in a name. */
    private static List<String> checkedTeam(List<String> team) {
        if (team == null || team.isEmpty()) {
            return List.of();
        }
        if (team.stream().anyMatch(name -> name == null || name.isBlank() || name.contains(","))) {
            throw new IllegalArgumentException("drawnTeam has a blank name or one with a comma: " + team);
        }
        if (new HashSet<>(team).size() != team.size()) {
            throw new IllegalArgumentException("drawnTeam names someone twice: " + team);
        }
        if (team.size() < 2) {
            throw new IllegalArgumentException("drawnTeam must name at least 2 inspectors, was " + team);
        }
        return List.copyOf(team);
    }
}
