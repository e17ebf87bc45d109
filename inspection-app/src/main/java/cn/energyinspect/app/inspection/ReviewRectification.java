package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 整改复查: the supervisor accepts the answer on its documents, orders a re-inspection on site (a new inspection round
 * on the date given: the round's record, findings, statement, notice and answers stay as history), or rejects it (the
 * enterprise answers again within the same deadline). The 整改复查意见书 is issued with its hash, naming the reviewer.
 */
@Component
class ReviewRectification implements TaskHandler {
    static final Set<String> DECISIONS = Set.of("ACCEPT", "REINSPECT", "REJECT");

    private final CaseMapper cases;
    private final ReviewMapper reviews;
    private final CaseDocuments documents;
    private final CaseTransitions transitions;
    private final Payloads payloads;

    ReviewRectification(
            CaseMapper cases,
            ReviewMapper reviews,
            CaseDocuments documents,
            CaseTransitions transitions,
            Payloads payloads) {
        this.cases = cases;
        this.reviews = reviews;
        this.documents = documents;
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /**
     * @param decision {@code ACCEPT}, {@code REINSPECT} or {@code REJECT}
     * @param comment the reviewer's opinion (≤ 1000 characters; required unless accepted)
     * @param reinspectionDate the day of the re-inspection, {@code YYYY-MM-DD}, for {@code REINSPECT}
     */
    @Schema(
            description = "Task_ReviewRectification: the supervisor's review of the enterprise's answer; the"
                    + " 整改复查意见书 is issued naming the reviewer")
    record Payload(
            @Schema(
                    description = "ACCEPT (on the documents), REINSPECT (a new round on site on"
                            + " reinspectionDate) or REJECT (the enterprise answers again within the same"
                            + " deadline)",
                    allowableValues = {"ACCEPT", "REINSPECT", "REJECT"})
            String decision,

            @Schema(description = "The reviewer's opinion: required unless accepted, at most 1000 characters")
            String comment,

            @Schema(
                    description = "The day of the re-inspection, for REINSPECT: from today to a year ahead",
                    format = "date")
            String reinspectionDate) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_REVIEW_RECTIFICATION;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        return Map.of("round", row.currentRound(), "answers", reviews.latestAnswerItems(row.id(), row.currentRound()));
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        if (payload.decision() == null || !DECISIONS.contains(payload.decision())) {
            errors.add(new FieldError("decision", "须为 ACCEPT（书面审查通过）、REINSPECT（现场复查）或 REJECT（不予通过）"));
        }
        String comment = Payloads.text(
                payload.comment(),
                "comment",
                1000,
                payload.decision() != null && !"ACCEPT".equals(payload.decision()),
                errors);
        LocalDate reinspection = null;
        if ("REINSPECT".equals(payload.decision())) {
            reinspection = Payloads.date(payload.reinspectionDate(), "reinspectionDate", errors);
            if (reinspection != null && reinspection.isBefore(context.today())) {
                errors.add(new FieldError("reinspectionDate", "复查日期不能早于今天"));
            } else if (reinspection != null
                    && reinspection.isAfter(context.today().plusYears(1))) {
                errors.add(new FieldError("reinspectionDate", "复查日期不能晚于一年之后"));
            }
        }
        Payloads.failIfAny(errors);
        CaseRow row = context.row();
        String by = context.user().username();
        reviews.insert(row.id(), row.currentRound(), payload.decision(), comment, reinspection, by);
        DocumentRow opinion = documents.issueReviewOpinion(
                row, payload.decision(), comment, reinspection, context.user().displayName(), by);
        Map<String, Object> detail = new HashMap<>();
        detail.put("round", row.currentRound());
        detail.put("decision", payload.decision());
        detail.put("comment", comment);
        detail.put("documentId", opinion.id());
        switch (payload.decision()) {
            case "ACCEPT" -> transitions.move(row, CaseStatus.CLOSURE_PENDING, "RECTIFICATION_REVIEWED", by, detail);
            case "REJECT" -> transitions.move(row, CaseStatus.RECTIFYING, "RECTIFICATION_REVIEWED", by, detail);
            default -> {
                detail.put("reinspectionDate", reinspection.toString());
                transitions.move(row, CaseStatus.REINSPECTING, "REINSPECTION_ORDERED", by, detail);
                cases.startRound(row.id());
                cases.setVisitDate(row.id(), reinspection);
            }
        }
        return Map.of(SiteInspectionProcess.Variables.REVIEW_DECISION, payload.decision());
    }
}
