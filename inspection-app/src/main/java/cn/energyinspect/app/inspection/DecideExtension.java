package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The supervisor grants or refuses the one extension (延期) a notice allows; a grant moves every earlier deadline. */
@Component
class DecideExtension implements TaskHandler {
    private final CaseMapper cases;
    private final ReviewMapper reviews;
    private final FindingMapper findings;
    private final Payloads payloads;
    private final AuditLog audit;

    DecideExtension(CaseMapper cases, ReviewMapper reviews, FindingMapper findings, Payloads payloads, AuditLog audit) {
        this.cases = cases;
        this.reviews = reviews;
        this.findings = findings;
        this.payloads = payloads;
        this.audit = audit;
    }

    record Payload(Boolean granted, String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_DECIDE_EXTENSION;
    }

    @Override
    public Object form(CaseRow row) {
        return reviews.extension(row.id()).map(Object.class::cast).orElse(Map.of());
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        if (payload.granted() == null) {
            throw ApiProblem.invalid("granted", "必填：true 同意延期，false 不同意");
        }
        CaseRow row = context.row();
        ReviewMapper.Extension request = reviews.extension(row.id()).orElseThrow();
        reviews.decideExtension(row.id(), payload.granted(), context.user().username());
        Map<String, Object> variables = new HashMap<>();
        variables.put(SiteInspectionProcess.Variables.EXTENSION_GRANTED, payload.granted());
        if (payload.granted()) {
            findings.moveDeadlines(row.id(), request.requestedUntil());
            cases.setRectificationDeadline(row.id(), request.requestedUntil());
            variables.put(
                    SiteInspectionProcess.Variables.RECTIFICATION_DEADLINE,
                    request.requestedUntil().toString());
        }
        audit.record(
                row.id(),
                "extension",
                row.id(),
                payload.granted() ? "EXTENSION_GRANTED" : "EXTENSION_REFUSED",
                context.user().username(),
                request,
                payload);
        return variables;
    }
}
