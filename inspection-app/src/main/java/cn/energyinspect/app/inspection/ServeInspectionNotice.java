package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
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
    private final CaseTransitions transitions;
    private final Payloads payloads;
    private final InspectionProperties settings;

    ServeInspectionNotice(
            CaseMapper cases,
            CaseDocuments documents,
            CaseTransitions transitions,
            Payloads payloads,
            InspectionProperties settings) {
        this.cases = cases;
        this.documents = documents;
        this.transitions = transitions;
        this.payloads = payloads;
        this.settings = settings;
    }

    /** @param servedOn the day the notice was served, {@code YYYY-MM-DD}, not after today */
    @Schema(
            description = "Task_ServeInspectionNotice: the 节能监察通知书 was served, at least the notice period (5 days)"
                    + " before the visit")
    record Payload(
            @Schema(
                    description = "The day the notice was served, not after today",
                    format = "date",
                    example = "2026-06-01")
            String servedOn) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_SERVE_INSPECTION_NOTICE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
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
                    "servedOn",
                    "通知书须在现场监察（" + row.visitDate() + "）前至少 " + settings.noticeDaysBeforeVisit() + " 日送达；如需推迟检查，请先改期"));
        }
        Payloads.failIfAny(errors);
        DocumentRow notice =
                documents.serveInspectionNotice(row, served, context.user().username());
        cases.setNoticeServed(row.id(), served);
        transitions.move(
                row,
                CaseStatus.NOTICE_SERVED,
                "INSPECTION_NOTICE_SERVED",
                context.user().username(),
                Map.of("documentId", notice.id(), "documentNumber", notice.documentNumber(), "servedOn", served));
        return Map.of();
    }
}
