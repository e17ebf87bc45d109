package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 听证通知书 (行政处罚法 Art. 64): the hearing's time and place, served at least 7 working days before it; hosted by an
 * officer of the agency who did not investigate the case; public unless it concerns secrets.
 */
@Component
class ScheduleHearing implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyDocuments documents;
    private final PenaltyPeriods periods;
    private final UserDirectory users;
    private final StepPayloads payloads;
    private final BusinessTime time;

    ScheduleHearing(
            PenaltyMapper penalties,
            PenaltyTransitions transitions,
            PenaltyDocuments documents,
            PenaltyPeriods periods,
            UserDirectory users,
            StepPayloads payloads,
            BusinessTime time) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.documents = documents;
        this.periods = periods;
        this.users = users;
        this.payloads = payloads;
        this.time = time;
    }

    /**
     * @param hearingAt when (ISO date-time with offset), at least 7 working days after {@code servedOn}
     * @param place where (≤ 200)
     * @param host username of the 听证主持人: an officer of the agency, never one who investigated the case
     * @param publicHearing held in public (default true)
     * @param servedOn the day the 听证通知书 is served (not in the future)
     */
    record Payload(String hearingAt, String place, String host, Boolean publicHearing, String servedOn) {}

    /** The earliest hearing day if the notice is served today. */
    record Form(LocalDate earliestHearingDay, List<String> investigators) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_SCHEDULE_HEARING;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(PenaltyRow row) {
        return new Form(
                earliest(time.today()),
                investigators(row).stream().map(this::name).toList());
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        Instant hearingAt = StepPayloads.dateTime(payload.hearingAt(), "hearingAt", true, errors);
        String place = StepPayloads.text(payload.place(), "place", 200, true, errors);
        LocalDate servedOn = StepPayloads.pastDate(payload.servedOn(), "servedOn", context.today(), errors);
        PenaltyRow row = context.row();
        Optional<CurrentUser> host = payload.host() == null
                ? Optional.empty()
                : users.byUsername(payload.host().strip())
                        .filter(u -> u.hasRole(Role.SUPERVISOR, Role.INSPECTOR)
                                && Long.valueOf(row.agencyId()).equals(u.agencyId()));
        if (host.isEmpty()) {
            errors.add(new FieldError("host", "须为本机关的执法人员"));
        } else if (investigators(row).contains(host.get().username())) {
            errors.add(new FieldError("host", "听证主持人不得是本案的调查人员（行政处罚法第六十四条第四项）"));
        }
        if (hearingAt != null && servedOn != null) {
            LocalDate earliest = earliest(servedOn);
            if (time.dateOf(hearingAt).isBefore(earliest)) {
                errors.add(new FieldError("hearingAt", "听证通知书须在举行听证的七个工作日前送达：最早可定于 " + earliest));
            }
        }
        StepPayloads.failIfAny(errors);
        if (penalties.hearing(row.id()).isEmpty()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "当事人未申请听证");
        }
        boolean open = !Boolean.FALSE.equals(payload.publicHearing());
        var notice = documents.hearingNotice(
                row,
                servedOn,
                hearingAt,
                place,
                host.get().displayName(),
                open,
                context.user().displayName(),
                context.user().username());
        penalties.scheduleHearing(row.id(), hearingAt, place, host.get().username(), open, servedOn);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("document", notice.documentNumber());
        detail.put("hearingAt", hearingAt);
        detail.put("place", place);
        detail.put("host", host.get().displayName());
        transitions.changed(
                row, "penalty_case", "PENALTY_HEARING_SCHEDULED", context.user().username(), null, detail);
        return Map.of();
    }

    private LocalDate earliest(LocalDate servedOn) {
        return periods.workingDays(servedOn, periods.value(PenaltyProcedure.HEARING_NOTICE_WORKING_DAYS))
                .deadline();
    }

    /** Who completed the investigation (the audit trail names them). */
    private List<String> investigators(PenaltyRow row) {
        return penalties.audit(row.id()).stream()
                .filter(e -> "PENALTY_INVESTIGATED".equals(e.action()))
                .map(e -> e.actor())
                .distinct()
                .toList();
    }

    private String name(String username) {
        return users.displayNames(List.of(username)).getOrDefault(username, "调查人员");
    }
}
