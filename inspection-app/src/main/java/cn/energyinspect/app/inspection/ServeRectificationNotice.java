package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 送达限期整改通知书: the approved notice is rendered and kept with its SHA-256; the case's rectification deadline is
 * the latest deadline of its findings, and the process's deadline timer is set to it.
 */
@Component
class ServeRectificationNotice implements TaskHandler {
    private final CaseMapper cases;
    private final FindingMapper findings;
    private final CaseDocuments documents;
    private final Payloads payloads;
    private final AuditLog audit;

    ServeRectificationNotice(
            CaseMapper cases, FindingMapper findings, CaseDocuments documents, Payloads payloads, AuditLog audit) {
        this.cases = cases;
        this.findings = findings;
        this.documents = documents;
        this.payloads = payloads;
        this.audit = audit;
    }

    record Payload(String servedOn) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_SERVE_RECTIFICATION_NOTICE;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        LocalDate served = Payloads.servedOn(payload.servedOn(), context.today(), errors);
        CaseRow row = context.row();
        if (served != null && row.onSiteEndedOn() != null && served.isBefore(row.onSiteEndedOn())) {
            errors.add(new FieldError("servedOn", "送达日期不能早于现场监察结束日期"));
        }
        Payloads.failIfAny(errors);
        LocalDate deadline = findings.ofCase(row.id()).stream()
                .map(FindingRow::deadline)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        DocumentRow notice = documents.serveRectificationNotice(row, served, deadline);
        cases.setRectificationDeadline(row.id(), deadline);
        cases.setStatus(row.id(), CaseStatus.RECTIFYING);
        audit.record(
                row.id(),
                "document",
                notice.id(),
                "RECTIFICATION_NOTICE_SERVED",
                context.user().username(),
                null,
                notice);
        return Map.of(SiteInspectionProcess.Variables.RECTIFICATION_DEADLINE, deadline.toString());
    }
}
