package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * 送达限期整改通知书: the approved notice is numbered, rendered and kept with its SHA-256; the case's rectification
 * deadline is the latest deadline of the round's findings, and the process's deadline timer is set to it.
 */
@Component
class ServeRectificationNotice implements TaskHandler {
    private final CaseMapper cases;
    private final FindingMapper findings;
    private final CaseDocuments documents;
    private final CaseTransitions transitions;
    private final Payloads payloads;

    ServeRectificationNotice(
            CaseMapper cases,
            FindingMapper findings,
            CaseDocuments documents,
            CaseTransitions transitions,
            Payloads payloads) {
        this.cases = cases;
        this.findings = findings;
        this.documents = documents;
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /** @param servedOn the day the notice was served, {@code YYYY-MM-DD}, not after today */
    @Schema(
            description = "Task_ServeRectificationNotice: the approved 限期整改通知书 was served (not before the"
                    + " inspection ended); it is numbered, rendered and kept with its SHA-256")
    record Payload(
            @Schema(
                    description = "The day the notice was served, not after today",
                    format = "date",
                    example = "2026-06-01")
            String servedOn) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_SERVE_RECTIFICATION_NOTICE;
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
        if (served != null && row.onSiteEndedOn() != null && served.isBefore(row.onSiteEndedOn())) {
            errors.add(new FieldError("servedOn", "送达日期不能早于现场监察结束日期"));
        }
        Payloads.failIfAny(errors);
        LocalDate deadline = findings.ofRound(row.id(), row.currentRound()).stream()
                .map(FindingRow::deadline)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        DocumentRow notice =
                documents.serveRectificationNotice(row, served, context.user().username());
        cases.setRectificationDeadline(row.id(), deadline);
        transitions.move(
                row,
                CaseStatus.RECTIFYING,
                "RECTIFICATION_NOTICE_SERVED",
                context.user().username(),
                Map.of(
                        "documentId",
                        notice.id(),
                        "documentNumber",
                        notice.documentNumber(),
                        "servedOn",
                        served,
                        "deadline",
                        deadline));
        return Map.of(SiteInspectionProcess.Variables.RECTIFICATION_DEADLINE, deadline.toString());
    }
}
