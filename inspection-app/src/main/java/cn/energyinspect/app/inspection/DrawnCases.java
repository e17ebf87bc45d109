package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.RegionCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases of the targets of a campaign draw (双随机): opened with trigger {@code CAMPAIGN}, linked by the plan's id, with
 * the drawn team already assigned, so the team finds {@code Task_ServeInspectionNotice} in its task list at once.
 * Each case is an independent process instance; the caller opens them in chunks, one transaction per chunk.
 */
@Service
public class DrawnCases {
    private final InspectionCases cases;
    private final CaseMapper caseRows;
    private final AgencyMapper agencies;
    private final EnterpriseMapper enterprises;
    private final TeamRoster roster;
    private final CaseTransitions transitions;
    private final InspectionProperties settings;
    private final BusinessTime time;

    DrawnCases(
            InspectionCases cases,
            CaseMapper caseRows,
            AgencyMapper agencies,
            EnterpriseMapper enterprises,
            TeamRoster roster,
            CaseTransitions transitions,
            InspectionProperties settings,
            BusinessTime time) {
        this.cases = cases;
        this.caseRows = caseRows;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.roster = roster;
        this.transitions = transitions;
        this.settings = settings;
        this.time = time;
    }

    /** One drawn target: the enterprise and its team as drawn (the first member leads). */
    public record DrawnTarget(String enterpriseUscc, List<String> team) {}

    /** A case opened, or why a target could not be opened (it stays without a case until replaced or retried). */
    public record Opened(String enterpriseUscc, Long caseId, String refusal) {}

    /** The earliest visit date a campaign case may have today: the written notice needs its days first. */
    public LocalDate earliestVisit() {
        return time.today().plusDays(settings.noticeDaysBeforeVisit());
    }

    /**
     * Opens one chunk, inside the caller's transaction. A target whose team no longer qualifies on the visit date
     * (certificate expired, conflict declared since the draw) or whose enterprise left the agency's region is refused
     * with the reason, and the others go on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Opened> open(
            long agencyId,
            long campaignId,
            InspectionType type,
            LocalDate visitDate,
            List<DrawnTarget> targets,
            String username) {
        if (visitDate.isBefore(earliestVisit())) {
            throw new IllegalArgumentException("visit " + visitDate + " is before " + earliestVisit());
        }
        Agency agency = agencies.findById(agencyId).orElseThrow();
        List<Opened> opened = new ArrayList<>(targets.size());
        for (DrawnTarget target : targets) {
            Optional<EnterpriseRow> enterprise = enterprises
                    .findByUscc(target.enterpriseUscc())
                    .filter(e -> RegionCodes.isWithin(e.regionCode(), agency.regionCode()));
            if (enterprise.isEmpty()) {
                opened.add(new Opened(target.enterpriseUscc(), null, "企业已不在本机构管辖范围内"));
                continue;
            }
            List<String> team = List.copyOf(new LinkedHashSet<>(target.team()));
            TeamRoster.CheckedTeam checked = roster.check(team, agencyId, target.enterpriseUscc(), visitDate);
            if (!checked.valid()) {
                opened.add(new Opened(
                        target.enterpriseUscc(),
                        null,
                        "检查组成员不再符合条件：" + String.join("；", checked.verdict().problems())));
                continue;
            }
            List<TeamMemberRow> eligible = checked.members();
            long caseId = cases.insertAndStart(
                    agency,
                    enterprise.get(),
                    new InspectionCases.OpenCase(target.enterpriseUscc(), CaseTrigger.CAMPAIGN, type, campaignId),
                    team,
                    username);
            for (TeamMemberRow member : eligible) {
                caseRows.insertTeamMember(
                        caseId, member.userId(), member.username().equals(team.get(0)) ? "LEADER" : "MEMBER");
            }
            caseRows.setVisitDate(caseId, visitDate);
            transitions.move(
                    caseRows.find(caseId).orElseThrow(),
                    CaseStatus.TEAM_ASSIGNED,
                    "TEAM_ASSIGNED",
                    username,
                    Map.of("inspectors", team, "visitDate", visitDate.toString(), "drawnBy", "campaign " + campaignId));
            opened.add(new Opened(target.enterpriseUscc(), caseId, null));
        }
        return opened;
    }
}
