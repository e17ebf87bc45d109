package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.rules.procedure.HearingRight;
import cn.energyinspect.rules.procedure.PenaltyProcedure.PartyType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 行政处罚事先告知书 served (行政处罚法 Art. 44): the intended penalty with its facts, reasons and basis; the 陈述申辩
 * period counted from the day of service; the hearing right where the intended penalty gives it (Art. 63, the
 * province's 较大数额 threshold), with its 5 working days. The periods run from the day served, whenever it is entered.
 */
@Component
class ServeNotice implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyDocuments documents;
    private final PenaltyPeriods periods;
    private final StepPayloads payloads;
    private final BusinessTime time;

    ServeNotice(
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
     * @param servedOn the day the 告知书 was served (not in the future)
     * @param contactPerson who the party contacts (≤ 50; the officer serving it when absent)
     */
    record Payload(String servedOn, String contactPerson) {}

    /** The periods the notice will state if served today, and whether it offers a hearing, with why. */
    record Form(
            LocalDate statementDeadline,
            int statementWorkingDays,
            boolean statementDaysUnconfirmed,
            boolean hearingOffered,
            List<String> hearingReasons,
            LocalDate hearingDeadline) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_SERVE_PENALTY_NOTICE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(PenaltyRow row) {
        LocalDate today = time.today();
        HearingRight hearing = hearing(row);
        return new Form(
                periods.statementDeadline(today),
                periods.settings().statementWorkingDays(),
                periods.period(cn.energyinspect.rules.procedure.PenaltyProcedure.STATEMENT_WORKING_DAYS)
                        .unconfirmed(),
                hearing.offered(),
                hearing.reasons(),
                hearing.offered() ? periods.hearingDeadline(today) : null);
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        LocalDate servedOn = StepPayloads.pastDate(payload.servedOn(), "servedOn", context.today(), errors);
        String contact = StepPayloads.text(payload.contactPerson(), "contactPerson", 50, false, errors);
        PenaltyRow row = context.row();
        if (servedOn != null && row.registeredOn() != null && servedOn.isBefore(row.registeredOn())) {
            errors.add(new FieldError("servedOn", "不能早于立案日期（" + row.registeredOn() + "）"));
        }
        StepPayloads.failIfAny(errors);
        if (row.intendedKindList().isEmpty()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "案件审核尚未确定拟作出的处罚，不能送达告知书");
        }
        HearingRight hearing = hearing(row);
        LocalDate statementDeadline = periods.statementDeadline(servedOn);
        LocalDate hearingDeadline = hearing.offered() ? periods.hearingDeadline(servedOn) : null;
        var notice = documents.notice(
                row,
                servedOn,
                statementDeadline,
                hearingDeadline,
                contact != null ? contact : context.user().displayName(),
                context.user().username());
        penalties.setNotice(row.id(), servedOn, statementDeadline, hearing.offered(), hearingDeadline);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("document", notice.documentNumber());
        detail.put("servedOn", servedOn);
        detail.put("statementDeadline", statementDeadline);
        detail.put("hearingOffered", hearing.offered());
        detail.put("hearingDeadline", hearingDeadline);
        detail.put("hearingReasons", hearing.reasons());
        transitions.move(
                row,
                PenaltyStatus.NOTIFIED,
                "PENALTY_NOTICE_SERVED",
                context.user().username(),
                detail);
        return Map.of(
                PenaltyProcess.Variables.NOTICE_SERVED_AT, StepPayloads.startOf(servedOn, time.zone()),
                PenaltyProcess.Variables.HEARING_OFFERED, hearing.offered());
    }

    private HearingRight hearing(PenaltyRow row) {
        Long amount = row.intendedFineYuan();
        PartyType party = "PERSON".equals(row.partyCategory()) ? PartyType.PERSON : PartyType.ORGANISATION;
        return periods.rules().hearing(row.regionCode(), party, row.intendedKindList(), amount);
    }
}
