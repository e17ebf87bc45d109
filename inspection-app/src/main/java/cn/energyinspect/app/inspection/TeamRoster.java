package cn.energyinspect.app.inspection;

import cn.energyinspect.rules.procedure.Procedure;
import cn.energyinspect.rules.procedure.TeamEligibility;
import cn.energyinspect.rules.procedure.TeamEligibility.Candidate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may be on a case's team, by the rule of {@link TeamEligibility} in the rules library: the database only supplies
 * the facts (role, agency, certificate, declared conflicts), the rule decides. Team assignment, drawn cases and the
 * supervisor's choice of inspectors all ask here.
 */
@Component
class TeamRoster {
    private final CaseMapper cases;
    private final TeamEligibility rule = Procedure.standard().teams();

    TeamRoster(CaseMapper cases) {
        this.cases = cases;
    }

    /** A team checked by the rule: the verdict, and the rows of the members who may join, in the order named. */
    record CheckedTeam(TeamEligibility.TeamVerdict verdict, List<TeamMemberRow> members) {
        boolean valid() {
            return verdict.valid();
        }
    }

    int minimumTeam() {
        return rule.minimumTeam();
    }

    /** The inspectors of the agency who may inspect the enterprise on {@code date}, the least loaded first. */
    List<TeamMemberRow> eligible(long agencyId, String uscc, LocalDate date) {
        return cases.agencyCandidates(agencyId, uscc, date).stream()
                .filter(c ->
                        rule.check(candidate(c, uscc), agencyId, uscc, date).eligible())
                .sorted(Comparator.comparingInt(CaseMapper.CandidateRow::openCases)
                        .thenComparing(CaseMapper.CandidateRow::username))
                .map(TeamRoster::member)
                .toList();
    }

    /** Checks the team named by {@code usernames} (an unknown username counts as a stranger). */
    CheckedTeam check(List<String> usernames, long agencyId, String uscc, LocalDate date) {
        Map<String, CaseMapper.CandidateRow> known = new LinkedHashMap<>();
        if (!usernames.isEmpty()) {
            cases.candidatesNamed(usernames, uscc, date).forEach(c -> known.put(c.username(), c));
        }
        List<Candidate> candidates = usernames.stream()
                .distinct()
                .map(name -> known.containsKey(name)
                        ? candidate(known.get(name), uscc)
                        : new Candidate(name, "未登记人员", null, false, false, null, null, null, Set.of()))
                .toList();
        TeamEligibility.TeamVerdict verdict = rule.team(candidates, agencyId, uscc, date);
        List<TeamMemberRow> members = verdict.members().stream()
                .filter(TeamEligibility.Verdict::eligible)
                .map(v -> member(known.get(v.username())))
                .toList();
        return new CheckedTeam(verdict, members);
    }

    private static Candidate candidate(CaseMapper.CandidateRow row, String uscc) {
        return new Candidate(
                row.username(),
                row.displayName(),
                row.agencyId(),
                "INSPECTOR".equals(row.role()),
                row.enabled(),
                row.certificateNo(),
                row.certificateValidFrom(),
                row.certificateExpires(),
                row.conflicted() ? Set.of(uscc) : Set.of());
    }

    private static TeamMemberRow member(CaseMapper.CandidateRow row) {
        return new TeamMemberRow(
                0,
                row.userId(),
                row.username(),
                row.displayName(),
                "MEMBER",
                row.certificateNo(),
                row.certificateExpires());
    }
}
