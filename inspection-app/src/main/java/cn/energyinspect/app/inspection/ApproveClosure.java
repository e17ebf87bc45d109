package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 结案审批 by the supervisor; the process then ends and the case becomes read-only. */
@Component
class ApproveClosure implements TaskHandler {
    private final Payloads payloads;
    private final AuditLog audit;

    ApproveClosure(Payloads payloads, AuditLog audit) {
        this.payloads = payloads;
        this.audit = audit;
    }

    /** @param comment the approval's note (≤ 500 characters, optional) */
    @Schema(description = "Task_ApproveClosure: the supervisor closes the case; it becomes read-only")
    record Payload(
            @Schema(description = "The approval's note (optional, at most 500 characters)")
            String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_APPROVE_CLOSURE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<cn.energyinspect.app.refusal.FieldError> errors = new ArrayList<>();
        String comment = Payloads.text(payload.comment(), "comment", 500, false, errors);
        Payloads.failIfAny(errors);
        Map<String, Object> detail = new HashMap<>();
        detail.put("comment", comment);
        // the status changes when the process closes the case (CaseLifecycleAdapter.closed), in this transaction
        audit.record(
                context.row().id(),
                "case",
                context.row().id(),
                "CLOSURE_APPROVED",
                context.user().username(),
                context.row().status(),
                detail);
        return Map.of();
    }
}
