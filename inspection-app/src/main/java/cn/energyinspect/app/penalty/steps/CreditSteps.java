package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.credit.CreditMapper;
import cn.energyinspect.app.penalty.credit.CreditPublications;
import cn.energyinspect.app.penalty.credit.CreditRepairs;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.CreditPublicationProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of the credit publication: publish the record, decide a repair request. */
final class CreditSteps {
    private CreditSteps() {}

    /** 审核并公示: the record goes on the public page and into the platform outbox, today. */
    @Component
    static class PublishRecord implements PenaltyStep {
        private final CreditPublications publications;
        private final CreditMapper credit;

        PublishRecord(CreditPublications publications, CreditMapper credit) {
            this.publications = publications;
            this.credit = credit;
        }

        /** No fields: publishing is the decision. */
        record Payload() {}

        @Override
        public String taskKey() {
            return CreditPublicationProcess.TASK_PUBLISH_RECORD;
        }

        @Override
        public Class<?> payloadType() {
            return Payload.class;
        }

        @Override
        public Object form(PenaltyRow row) {
            return credit.publication(row.id()).map(Object.class::cast).orElse(Map.of());
        }

        @Override
        public Map<String, Object> complete(Context context) {
            publications.publish(context.row(), context.user().username());
            return Map.of();
        }
    }

    /** 审核信用修复申请: accepted, the publication ends early; refused, with reasons, it goes on. */
    @Component
    static class ReviewRepair implements PenaltyStep {
        private final CreditRepairs repairs;
        private final CreditMapper credit;
        private final StepPayloads payloads;

        ReviewRepair(CreditRepairs repairs, CreditMapper credit, StepPayloads payloads) {
            this.repairs = repairs;
            this.credit = credit;
            this.payloads = payloads;
        }

        /**
         * @param accepted true repairs the credit, false refuses
         * @param reasons why (≤ 1000; required for a refusal)
         */
        record Payload(Boolean accepted, String reasons) {}

        @Override
        public String taskKey() {
            return CreditPublicationProcess.TASK_REVIEW_REPAIR;
        }

        @Override
        public Class<?> payloadType() {
            return Payload.class;
        }

        @Override
        public Object form(PenaltyRow row) {
            return credit.repairs(row.id()).stream()
                    .filter(r -> "PENDING".equals(r.status()))
                    .findFirst()
                    .map(Object.class::cast)
                    .orElse(Map.of());
        }

        @Override
        public Map<String, Object> complete(Context context) {
            Payload payload = payloads.read(context.payload(), Payload.class);
            List<FieldError> errors = new ArrayList<>();
            if (payload.accepted() == null) {
                errors.add(new FieldError("accepted", "必填：true 准予修复，false 不予修复"));
            }
            String reasons = StepPayloads.text(
                    payload.reasons(), "reasons", 1000, Boolean.FALSE.equals(payload.accepted()), errors);
            StepPayloads.failIfAny(errors);
            boolean accepted = repairs.decide(
                    context.row(), payload.accepted(), reasons, context.user().username());
            return Map.of(CreditPublicationProcess.Variables.REPAIR_ACCEPTED, accepted);
        }
    }
}
