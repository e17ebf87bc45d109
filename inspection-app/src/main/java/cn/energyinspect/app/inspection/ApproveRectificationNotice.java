package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The supervisor approves the 限期整改通知书 draft, or returns it with a comment; the draft's rendering is at the
 * document's PDF address ({@code GET /api/v1/cases/{id}/documents/{documentId}/pdf}) for the approver to read first.
 */
@Component
class ApproveRectificationNotice implements TaskHandler {
    private final DocumentMapper documents;
    private final FindingMapper findings;
    private final CaseTransitions transitions;
    private final Payloads payloads;

    ApproveRectificationNotice(
            DocumentMapper documents, FindingMapper findings, CaseTransitions transitions, Payloads payloads) {
        this.documents = documents;
        this.findings = findings;
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /**
     * @param approved true approves, false returns the draft to the team
     * @param comment why it is returned (required then, ≤ 500 characters)
     */
    @Schema(
            description = "Task_ApproveRectificationNotice: the supervisor approves the draft or returns it to the team"
                    + " (the task's form gives draftPdf to read first)")
    record Payload(
            @Schema(description = "true approves, false returns the draft to the team")
            Boolean approved,

            @Schema(description = "Why it is returned: required then, at most 500 characters")
            String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_APPROVE_RECTIFICATION_NOTICE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        Map<String, Object> form = new HashMap<>();
        form.put("round", row.currentRound());
        form.put("findings", findings.ofRound(row.id(), row.currentRound()));
        documents
                .latest(row.id(), row.currentRound(), CaseDocuments.RECTIFICATION_NOTICE)
                .ifPresent(d -> form.put("draftPdf", "/api/v1/cases/" + row.id() + "/documents/" + d.id() + "/pdf"));
        return form;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        if (payload.approved() == null) {
            errors.add(new FieldError("approved", "必填：true 批准，false 退回"));
        }
        String comment =
                Payloads.text(payload.comment(), "comment", 500, Boolean.FALSE.equals(payload.approved()), errors);
        Payloads.failIfAny(errors);
        CaseRow row = context.row();
        DocumentRow draft = documents
                .latest(row.id(), row.currentRound(), CaseDocuments.RECTIFICATION_NOTICE)
                .filter(d -> "DRAFT".equals(d.status()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "没有待审批的整改通知书"));
        String status = payload.approved() ? "APPROVED" : "RETURNED";
        documents.setStatus(draft.id(), status, comment);
        Map<String, Object> detail = new HashMap<>();
        detail.put("documentId", draft.id());
        detail.put("approved", payload.approved());
        detail.put("comment", comment);
        transitions.move(
                row,
                payload.approved() ? CaseStatus.NOTICE_APPROVED : CaseStatus.NOTICE_RETURNED,
                "RECTIFICATION_NOTICE_" + status,
                context.user().username(),
                detail);
        return Map.of(SiteInspectionProcess.Variables.NOTICE_APPROVED, payload.approved());
    }
}
