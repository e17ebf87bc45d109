package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 送达 of the 行政处罚决定书 and the 信用修复告知书 on one 送达回证 (两书同达; 行政处罚法 Art. 61: within 7 working days).
 * The 15 days to pay run from the day served; the decision's credit record is published next.
 */
@Component
class ServeDecision implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyDocuments documents;
    private final PenaltyPeriods periods;
    private final StepPayloads payloads;
    private final BusinessTime time;

    ServeDecision(
            PenaltyMapper penalties,
            PenaltyTransitions transitions,
            PenaltyDocuments documents,
            PenaltyPeriods periods,
            StepPayloads payloads,
            BusinessTime time) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.documents = documents;
        this.periods = periods;
        this.payloads = payloads;
        this.time = time;
    }

    /**
     * @param servedOn the day served (not in the future, not before the decision)
     * @param method DIRECT, LEFT, POST, ELECTRONIC (with the party's 确认书), ENTRUSTED or PUBLIC_NOTICE
     * @param place 送达地点 (≤ 200)
     * @param recipient 收件人 (≤ 100)
     */
    record Payload(String servedOn, String method, String place, String recipient) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_SERVE_DECISION;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        LocalDate servedOn = StepPayloads.pastDate(payload.servedOn(), "servedOn", context.today(), errors);
        PenaltyRow row = context.row();
        PenaltyParts.Decision decision = penalties.decision(row.id()).orElseThrow();
        if (servedOn != null && servedOn.isBefore(decision.decidedOn())) {
            errors.add(new FieldError("servedOn", "不能早于决定日期（" + decision.decidedOn() + "）"));
        }
        if (payload.method() == null || !DisplayNames.knows(DisplayNames.Category.SERVICE_METHOD, payload.method())) {
            errors.add(new FieldError("method", "取值应为 DIRECT、LEFT、POST、ELECTRONIC、ENTRUSTED 或 PUBLIC_NOTICE"));
        }
        String place = StepPayloads.text(payload.place(), "place", 200, true, errors);
        String recipient = StepPayloads.text(payload.recipient(), "recipient", 100, true, errors);
        StepPayloads.failIfAny(errors);
        var receipt = documents.serviceReceipt(
                row,
                List.of(PenaltyDocuments.DECISION, PenaltyDocuments.CREDIT_REPAIR_NOTICE),
                servedOn,
                DisplayNames.of(DisplayNames.Category.SERVICE_METHOD, payload.method()),
                place,
                recipient,
                List.of(context.user().displayName()),
                context.user().username());
        LocalDate paymentDue = decision.fineYuan() == null ? null : periods.paymentDue(servedOn);
        LocalDate challengeEnds = periods.challengePeriodEnds(servedOn);
        penalties.setServed(row.id(), servedOn, paymentDue, challengeEnds);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("receipt", receipt.documentNumber());
        detail.put("servedOn", servedOn);
        detail.put("paymentDueOn", paymentDue);
        detail.put("challengePeriodEnds", challengeEnds);
        transitions.move(
                row,
                PenaltyStatus.SERVED,
                "PENALTY_DECISION_SERVED",
                context.user().username(),
                detail);
        return Map.of(
                PenaltyProcess.Variables.DECISION_SERVED_AT, StepPayloads.startOf(servedOn, time.zone()),
                PenaltyProcess.Variables.CHALLENGE_PERIOD_ENDS, challengeEnds.toString());
    }
}
