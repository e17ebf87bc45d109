package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 整改复查: the supervisor accepts the answer on its documents, orders a re-inspection, or rejects it (the enterprise
 * answers again within the same deadline). The 整改复查意见书 is issued with its hash.
 */
@Component
class ReviewRectification implements TaskHandler {
    static final Set<String> DECISIONS = Set.of("ACCEPT", "REINSPECT", "REJECT");

    private final CaseMapper cases;
    private final ReviewMapper reviews;
    private final CaseDocuments documents;
    private final Payloads payloads;
    private final AuditLog audit;

    ReviewRectification(
            CaseMapper cases, ReviewMapper reviews, CaseDocuments documents, Payloads payloads, AuditLog audit) {
        this.cases = cases;
        this.reviews = reviews;
        this.documents = documents;
        this.payloads = payloads;
        this.audit = audit;
    }

    record Payload(String decision, String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_REVIEW_RECTIFICATION;
    }

    @Override
    public Object form(CaseRow row) {
        return Map.of("answers", reviews.answerItems(row.id()));
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        if (payload.decision() == null || !DECISIONS.contains(payload.decision())) {
            throw ApiProblem.invalid("decision", "须为 ACCEPT（书面审查通过）、REINSPECT（现场复查）或 REJECT（不予通过）");
        }
        if (!"ACCEPT".equals(payload.decision())
                && (payload.comment() == null || payload.comment().isBlank())) {
            throw ApiProblem.invalid("comment", "复查不通过或需现场复查时须填写意见");
        }
        CaseRow row = context.row();
        reviews.insert(
                row.id(), payload.decision(), payload.comment(), context.user().username());
        documents.issueReviewOpinion(row, payload.decision(), payload.comment());
        cases.setStatus(
                row.id(),
                switch (payload.decision()) {
                    case "ACCEPT" -> CaseStatus.CLOSURE_PENDING;
                    case "REINSPECT" -> CaseStatus.TEAM_ASSIGNED;
                    default -> CaseStatus.RECTIFYING;
                });
        audit.record(
                row.id(),
                "case",
                row.id(),
                "RECTIFICATION_REVIEWED",
                context.user().username(),
                row.status(),
                payload);
        return Map.of(SiteInspectionProcess.Variables.REVIEW_DECISION, payload.decision());
    }
}
