package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 组成监察组: at least two inspectors of the case's agency holding a 执法证 valid on the visit date, none with a
 * declared conflict (回避) with the enterprise (行政处罚法 Art. 42; regulations.md §1.1), and a visit date that leaves
 * room for the written notice where one is required.
 */
@Component
class AssignTeam implements TaskHandler {
    static final int MINIMUM_TEAM = 2;

    private final CaseMapper cases;
    private final Payloads payloads;
    private final AuditLog audit;
    private final InspectionProperties settings;

    AssignTeam(CaseMapper cases, Payloads payloads, AuditLog audit, InspectionProperties settings) {
        this.cases = cases;
        this.payloads = payloads;
        this.audit = audit;
        this.settings = settings;
    }

    record Payload(List<String> inspectors, String leader, String visitDate) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_ASSIGN_TEAM;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        LocalDate visit = Payloads.date(payload.visitDate(), "visitDate", errors);
        Set<String> names = payload.inspectors() == null ? Set.of() : new LinkedHashSet<>(payload.inspectors());
        if (names.size() < MINIMUM_TEAM) {
            errors.add(new FieldError("inspectors", "监察组至少需要 " + MINIMUM_TEAM + " 名持有效执法证的监察员"));
        }
        if (payload.leader() != null && !names.contains(payload.leader())) {
            errors.add(new FieldError("leader", "组长须为监察组成员"));
        }
        CaseRow row = context.row();
        if (visit != null) {
            LocalDate earliest = row.caseTrigger().needsWrittenNotice()
                    ? context.today().plusDays(settings.noticeDaysBeforeVisit())
                    : context.today();
            if (visit.isBefore(earliest)) {
                errors.add(new FieldError(
                        "visitDate",
                        "现场监察日期不得早于 " + earliest
                                + (row.caseTrigger().needsWrittenNotice()
                                        ? "（须提前 " + settings.noticeDaysBeforeVisit() + " 日书面通知）"
                                        : "")));
            }
        }
        Payloads.failIfAny(errors);
        List<TeamMemberRow> eligible =
                cases.eligibleInspectors(List.copyOf(names), row.agencyId(), row.enterpriseUscc(), visit);
        if (eligible.size() < names.size()) {
            Set<String> refused = new LinkedHashSet<>(names);
            eligible.forEach(m -> refused.remove(m.username()));
            throw ApiProblem.invalid("inspectors", "以下人员不能加入监察组（非本机构监察员、执法证无效或过期、或已声明回避）：" + String.join("、", refused));
        }
        List<TeamMemberRow> before = cases.team(row.id());
        cases.deleteTeam(row.id());
        String leader =
                payload.leader() != null ? payload.leader() : names.iterator().next();
        for (TeamMemberRow member : eligible) {
            cases.insertTeamMember(row.id(), member.userId(), member.username().equals(leader) ? "LEADER" : "MEMBER");
        }
        cases.setVisitDate(row.id(), visit);
        cases.setStatus(row.id(), CaseStatus.TEAM_ASSIGNED);
        audit.record(row.id(), "case", row.id(), "TEAM_ASSIGNED", context.user().username(), before, payload);
        return Map.of(SiteInspectionProcess.Variables.TEAM_USERNAMES, List.copyOf(names));
    }
}
