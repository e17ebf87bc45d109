package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.bpmn.SiteInspectionProcess;
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

    record Payload(String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_APPROVE_CLOSURE;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        audit.record(
                context.row().id(),
                "case",
                context.row().id(),
                "CLOSURE_APPROVED",
                context.user().username(),
                context.row().status(),
                payload);
        return Map.of();
    }
}
