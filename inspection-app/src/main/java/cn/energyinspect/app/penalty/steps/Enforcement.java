package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The two steps of enforcement (行政强制法 Arts. 35, 53–55: the agency has no enforcement power of its own): the 催告书
 * served with the 加处罚款 accrued so far, and 10 working days later the application to the court.
 */
final class Enforcement {
    private Enforcement() {}

    /** 催告书 served (行政强制法 Art. 35: period, manner, amount, the right to state one's case). */
    @Component
    static class ServeDemand implements PenaltyStep {
        private final PenaltyMapper penalties;
        private final PenaltyTransitions transitions;
        private final PenaltyPeriods periods;
        private final StepPayloads payloads;
        private final BusinessTime time;

        ServeDemand(
                PenaltyMapper penalties,
                PenaltyTransitions transitions,
                PenaltyPeriods periods,
                StepPayloads payloads,
                BusinessTime time) {
            this.penalties = penalties;
            this.transitions = transitions;
            this.periods = periods;
            this.payloads = payloads;
            this.time = time;
        }

        /** @param servedOn the day the 催告书 was served */
        record Payload(String servedOn) {}

        @Override
        public String taskKey() {
            return PenaltyProcess.TASK_SERVE_DEMAND;
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
            StepPayloads.failIfAny(errors);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("servedOn", servedOn);
            PenaltyParts.Decision decision =
                    penalties.decision(context.row().id()).orElseThrow();
            if (decision.fineYuan() != null && context.row().paymentDueOn() != null) {
                PenaltyProcedure.Surcharge surcharge = periods.rules()
                        .surcharge(decision.fineYuan(), context.row().paymentDueOn(), servedOn, 0);
                detail.put("surchargeYuan", surcharge.amountYuan());
                detail.put("surchargeDays", surcharge.days());
            }
            detail.put(
                    "courtApplicationFrom",
                    periods.workingDays(servedOn, periods.value(PenaltyProcedure.DEMAND_WORKING_DAYS))
                            .deadline()
                            .plusDays(1));
            transitions.changed(
                    context.row(),
                    "penalty_case",
                    "PENALTY_DEMAND_SERVED",
                    context.user().username(),
                    null,
                    detail);
            return Map.of(PenaltyProcess.Variables.DEMAND_SERVED_AT, StepPayloads.startOf(servedOn, time.zone()));
        }
    }

    /** 强制执行申请 to the court. */
    @Component
    static class ApplyCourtEnforcement implements PenaltyStep {
        private final PenaltyTransitions transitions;
        private final StepPayloads payloads;

        ApplyCourtEnforcement(PenaltyTransitions transitions, StepPayloads payloads) {
            this.transitions = transitions;
            this.payloads = payloads;
        }

        /**
         * @param court the court applied to (≤ 200)
         * @param appliedOn the day of the application
         */
        record Payload(String court, String appliedOn) {}

        @Override
        public String taskKey() {
            return PenaltyProcess.TASK_APPLY_COURT_ENFORCEMENT;
        }

        @Override
        public Class<?> payloadType() {
            return Payload.class;
        }

        @Override
        public Map<String, Object> complete(Context context) {
            Payload payload = payloads.read(context.payload(), Payload.class);
            List<FieldError> errors = new ArrayList<>();
            String court = StepPayloads.text(payload.court(), "court", 200, true, errors);
            LocalDate appliedOn = StepPayloads.pastDate(payload.appliedOn(), "appliedOn", context.today(), errors);
            StepPayloads.failIfAny(errors);
            transitions.changed(
                    context.row(),
                    "penalty_case",
                    "PENALTY_COURT_APPLIED",
                    context.user().username(),
                    null,
                    Map.of("court", court, "appliedOn", appliedOn.toString()));
            return Map.of();
        }
    }
}
