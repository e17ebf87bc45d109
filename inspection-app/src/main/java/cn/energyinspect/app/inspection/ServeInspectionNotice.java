package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 送达节能监察通知书: served at least the configured number of days (5) before the visit; the PDF is kept with its hash. */
@Component
class ServeInspectionNotice implements TaskHandler {
    private final CaseMapper cases;
    private final CaseDocuments documents;
    private final Payloads payloads;
    private final AuditLog audit;
    private final InspectionProperties settings;

    ServeInspectionNotice(
            CaseMapper cases,
            CaseDocuments documents,
            Payloads payloads,
            AuditLog audit,
            InspectionProperties settings) {
        this.cases = cases;
        this.documents = documents;
        this.payloads = payloads;
        this.audit = audit;
        this.settings = settings;
    }

    record Payload(String servedOn) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_SERVE_INSPECTION_NOTICE;
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        LocalDate served = Payloads.servedOn(payload.servedOn(), context.today(), errors);
        CaseRow row = context.row();
        if (served != null
                && row.visitDate() != null
                && row.visitDate().isBefore(served.plusDays(settings.noticeDaysBeforeVisit()))) {
            errors.add(new FieldError(
                    "servedOn", "通知书须在现场监察（" + row.visitDate() + "）前至少 " + settings.noticeDaysBeforeVisit() + " 日送达"));
        }
        Payloads.failIfAny(errors);
        DocumentRow notice = documents.serveInspectionNotice(row, served);
        cases.setNoticeServed(row.id(), served);
        cases.setStatus(row.id(), CaseStatus.NOTICE_SERVED);
        audit.record(
                row.id(),
                "document",
                notice.id(),
                "INSPECTION_NOTICE_SERVED",
                context.user().username(),
                null,
                notice);
        return Map.of();
    }
}
