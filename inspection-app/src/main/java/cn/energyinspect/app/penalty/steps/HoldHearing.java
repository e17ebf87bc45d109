package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 听证 held (行政处罚法 Arts. 64, 65): the 听证笔录 with who attended, what was said and the host's report; the decision
 * follows the record.
 */
@Component
class HoldHearing implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyDocuments documents;
    private final UserDirectory users;
    private final StepPayloads payloads;

    HoldHearing(
            PenaltyMapper penalties,
            PenaltyTransitions transitions,
            PenaltyDocuments documents,
            UserDirectory users,
            StepPayloads payloads) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.documents = documents;
        this.users = users;
        this.payloads = payloads;
    }

    /**
     * @param heldAt when it was held (not in the future)
     * @param attendees 参加人 (≤ 500)
     * @param record the proceedings (≤ 4000)
     * @param report the host's report (≤ 2000)
     */
    record Payload(String heldAt, String attendees, String record, String report) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_HOLD_HEARING;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        Instant heldAt = StepPayloads.dateTime(payload.heldAt(), "heldAt", true, errors);
        if (heldAt != null && heldAt.isAfter(context.now())) {
            errors.add(new FieldError("heldAt", "不能晚于现在"));
        }
        String attendees = StepPayloads.text(payload.attendees(), "attendees", 500, true, errors);
        String record = StepPayloads.text(payload.record(), "record", 4000, true, errors);
        String report = StepPayloads.text(payload.report(), "report", 2000, true, errors);
        StepPayloads.failIfAny(errors);
        PenaltyParts.Hearing hearing = penalties
                .hearing(context.row().id())
                .filter(h -> h.scheduledAt() != null)
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "听证尚未安排"));
        String host = users.displayNames(List.of(hearing.host())).getOrDefault(hearing.host(), "听证主持人");
        var issued = documents.hearingRecord(
                context.row(),
                heldAt,
                hearing.place(),
                host,
                attendees,
                record,
                report,
                context.user().username());
        penalties.holdHearing(context.row().id(), heldAt, attendees, record, report);
        transitions.changed(
                context.row(),
                "penalty_case",
                "PENALTY_HEARING_HELD",
                context.user().username(),
                null,
                Map.of("document", issued.documentNumber(), "heldAt", heldAt.toString()));
        return Map.of();
    }
}
