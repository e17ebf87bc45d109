package cn.energyinspect.app.desk.review;

import cn.energyinspect.app.inspection.CaseRow;
import cn.energyinspect.app.inspection.Payloads;
import cn.energyinspect.app.inspection.ScreenedCases;
import cn.energyinspect.app.inspection.TaskHandler;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.DeskReviewProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 书面审查: the supervisors review the written answer (or its absence) and decide: close (the answer explains the
 * signals), ask for more documents (a new 书面监察通知书), order rectification (节约能源法 Art. 54: the case goes on at
 * its 限期整改通知书) or hand it over to an on-site inspection. The decision is recorded here; the process acts on it.
 */
@Component
class ReviewWrittenAnswer implements TaskHandler {
    private final DeskCases desk;
    private final ScreenedCases cases;
    private final Payloads payloads;

    ReviewWrittenAnswer(DeskCases desk, ScreenedCases cases, Payloads payloads) {
        this.desk = desk;
        this.cases = cases;
        this.payloads = payloads;
    }

    @Schema(description = "Task_ReviewWrittenAnswer: the review's conclusion with its reason")
    record Payload(
            @Schema(
                    description = "CLOSE (the answer explains the signals), MORE_DOCUMENTS (a new notice), RECTIFY"
                            + " (限期整改), ESCALATE (转现场监察)",
                    allowableValues = {"CLOSE", "MORE_DOCUMENTS", "RECTIFY", "ESCALATE"})
            String decision,

            @Schema(description = "Why (at most 1,000 characters)")
            String reason) {}

    @Override
    public String taskKey() {
        return DeskReviewProcess.TASK_REVIEW_WRITTEN_ANSWER;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        String decision = payload.decision();
        if (decision == null || decision.isBlank()) {
            errors.add(new FieldError("decision", "必填：CLOSE、MORE_DOCUMENTS、RECTIFY 或 ESCALATE"));
        } else if (!DeskReviewProcess.Decisions.ALL.contains(decision)) {
            errors.add(new FieldError("decision", "须为 CLOSE、MORE_DOCUMENTS、RECTIFY 或 ESCALATE"));
        }
        String reason = Payloads.text(payload.reason(), "reason", 1000, true, errors);
        Payloads.failIfAny(errors);
        CaseRow row = context.row();
        String by = context.user().username();
        desk.reviewed(row.id(), decision, reason, by);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decision", decision);
        detail.put("reason", reason);
        cases.record(row, "DESK_REVIEWED", by, detail);
        return Map.of(DeskReviewProcess.Variables.DESK_DECISION, decision);
    }
}
