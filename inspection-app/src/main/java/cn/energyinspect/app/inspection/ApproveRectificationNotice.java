package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The supervisor approves the 限期整改通知书 draft, or returns it with a comment. */
@Component
class ApproveRectificationNotice implements TaskHandler {
    private final CaseMapper cases;
    private final DocumentMapper documents;
    private final FindingMapper findings;
    private final Payloads payloads;
    private final AuditLog audit;

    ApproveRectificationNotice(
            CaseMapper cases, DocumentMapper documents, FindingMapper findings, Payloads payloads, AuditLog audit) {
        this.cases = cases;
        this.documents = documents;
        this.findings = findings;
        this.payloads = payloads;
        this.audit = audit;
    }

    record Payload(Boolean approved, String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_APPROVE_RECTIFICATION_NOTICE;
    }

    @Override
    public Object form(CaseRow row) {
        return Map.of("findings", findings.ofCase(row.id()));
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        if (payload.approved() == null) {
            throw ApiProblem.invalid("approved", "必填：true 批准，false 退回");
        }
        if (!payload.approved()
                && (payload.comment() == null || payload.comment().isBlank())) {
            throw ApiProblem.invalid("comment", "退回时须填写意见");
        }
        CaseRow row = context.row();
        DocumentRow draft = documents
                .latest(row.id(), "RECTIFICATION_NOTICE")
                .orElseThrow(() -> new ApiProblem(cn.energyinspect.app.web.ProblemType.STATE_CONFLICT, "没有待审批的整改通知书"));
        String status = payload.approved() ? "APPROVED" : "RETURNED";
        documents.setStatus(draft.id(), status, payload.comment());
        cases.setStatus(row.id(), payload.approved() ? CaseStatus.NOTICE_APPROVED : CaseStatus.INSPECTED);
        audit.record(
                row.id(),
                "document",
                draft.id(),
                "RECTIFICATION_NOTICE_" + status,
                context.user().username(),
                draft.status(),
                payload);
        return Map.of(SiteInspectionProcess.Variables.NOTICE_APPROVED, payload.approved());
    }
}
