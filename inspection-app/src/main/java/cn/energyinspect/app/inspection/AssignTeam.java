package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 组成监察组: at least two inspectors of the case's agency holding a 执法证 valid on the visit date, none with a
 * declared conflict (回避) with the enterprise — decided by the team rule of the rules library ({@link TeamRoster}) —
 * and a visit date that leaves room for the written notice where one is required.
 */
@Component
class AssignTeam implements TaskHandler {
    private final CaseMapper cases;
    private final TeamRoster roster;
    private final CaseTransitions transitions;
    private final Payloads payloads;
    private final InspectionProperties settings;

    AssignTeam(
            CaseMapper cases,
            TeamRoster roster,
            CaseTransitions transitions,
            Payloads payloads,
            InspectionProperties settings) {
        this.cases = cases;
        this.roster = roster;
        this.transitions = transitions;
        this.payloads = payloads;
        this.settings = settings;
    }

    /**
     * @param inspectors usernames of the team members (at least two)
     * @param leader the team leader's username, one of them (default the first)
     * @param visitDate the day of the visit, {@code YYYY-MM-DD}
     */
    @Schema(
            description = "Task_AssignTeam: the team (at least two inspectors of the case's agency with a 执法证 valid"
                    + " on the visit date, none with a declared 回避) and the visit date (GET"
                    + " /api/v1/cases/{id}/eligible-inspectors lists who may join)")
    record Payload(
            @Schema(
                    description = "Usernames of the team members, at least two",
                    example = "[\"inspector1\", \"inspector2\"]")
            List<String> inspectors,

            @Schema(description = "The team leader's username, one of inspectors (default: the first)")
            String leader,

            @Schema(
                    description = "The day of the visit; with a written notice at least the notice period (5"
                            + " days) after today, at most a year ahead",
                    format = "date",
                    example = "2026-06-08")
            String visitDate) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_ASSIGN_TEAM;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        LocalDate visit = Payloads.date(payload.visitDate(), "visitDate", errors);
        Set<String> names = new LinkedHashSet<>();
        if (payload.inspectors() != null) {
            for (int i = 0; i < payload.inspectors().size(); i++) {
                String name = payload.inspectors().get(i);
                if (name == null || name.isBlank() || name.length() > 64) {
                    errors.add(new FieldError("inspectors[" + i + "]", "须为监察员的用户名"));
                } else {
                    names.add(name);
                }
            }
        }
        if (names.size() < roster.minimumTeam()) {
            errors.add(new FieldError("inspectors", "监察组至少需要 " + roster.minimumTeam() + " 名持有效执法证的监察员"));
        }
        if (payload.leader() != null && !names.contains(payload.leader())) {
            errors.add(new FieldError("leader", "组长须为监察组成员"));
        }
        CaseRow row = context.row();
        if (visit != null) {
            LocalDate earliest = earliestVisit(row, context.today(), settings);
            if (visit.isBefore(earliest)) {
                errors.add(new FieldError("visitDate", visitTooEarly(row, earliest, settings)));
            }
            if (visit.isAfter(context.today().plusYears(1))) {
                errors.add(new FieldError("visitDate", "现场监察日期不能晚于一年之后"));
            }
        }
        Payloads.failIfAny(errors);
        TeamRoster.CheckedTeam team = roster.check(List.copyOf(names), row.agencyId(), row.enterpriseUscc(), visit);
        if (!team.valid()) {
            throw Refusal.invalid(
                    "inspectors",
                    "以下人员不能加入监察组：" + String.join("；", team.verdict().problems()));
        }
        List<TeamMemberRow> before = cases.team(row.id());
        cases.deleteTeam(row.id());
        String leader =
                payload.leader() != null ? payload.leader() : names.iterator().next();
        for (TeamMemberRow member : team.members()) {
            cases.insertTeamMember(row.id(), member.userId(), member.username().equals(leader) ? "LEADER" : "MEMBER");
        }
        cases.setVisitDate(row.id(), visit);
        transitions.move(
                row,
                CaseStatus.TEAM_ASSIGNED,
                "TEAM_ASSIGNED",
                context.user().username(),
                Map.of("before", before, "inspectors", names, "leader", leader, "visitDate", visit.toString()));
        return Map.of(SiteInspectionProcess.Variables.TEAM_USERNAMES, List.copyOf(names));
    }

    /** The earliest visit date of the case's next visit: the written notice needs its days where one is required. */
    static LocalDate earliestVisit(CaseRow row, LocalDate today, InspectionProperties settings) {
        return needsNotice(row) ? today.plusDays(settings.noticeDaysBeforeVisit()) : today;
    }

    static String visitTooEarly(CaseRow row, LocalDate earliest, InspectionProperties settings) {
        return "现场监察日期不得早于 " + earliest
                + (needsNotice(row) ? "（须提前 " + settings.noticeDaysBeforeVisit() + " 日书面通知）" : "");
    }

    /** A written notice is served before the first visit of a campaign or routine case; a re-inspection needs none. */
    static boolean needsNotice(CaseRow row) {
        return row.caseTrigger().needsWrittenNotice() && row.currentRound() == 1;
    }
}
