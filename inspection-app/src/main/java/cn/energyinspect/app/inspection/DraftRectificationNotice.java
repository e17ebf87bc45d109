package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 限期整改通知书 draft: every finding gets its required action and deadline; the draft goes to the supervisor. */
@Component
class DraftRectificationNotice implements TaskHandler {
    private final CaseMapper cases;
    private final FindingMapper findings;
    private final CaseDocuments documents;
    private final Payloads payloads;
    private final AuditLog audit;

    DraftRectificationNotice(
            CaseMapper cases, FindingMapper findings, CaseDocuments documents, Payloads payloads, AuditLog audit) {
        this.cases = cases;
        this.findings = findings;
        this.documents = documents;
        this.payloads = payloads;
        this.audit = audit;
    }

    record Item(Long findingId, String requiredAction, String deadline) {}

    record Payload(List<Item> items) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_DRAFT_RECTIFICATION_NOTICE;
    }

    @Override
    public Object form(CaseRow row) {
        return Map.of("findings", findings.ofCase(row.id()));
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        CaseRow row = context.row();
        List<FindingRow> current = findings.ofCase(row.id());
        Map<Long, Item> byFinding = new HashMap<>();
        if (payload.items() != null) {
            payload.items().forEach(i -> byFinding.put(i.findingId(), i));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Long, LocalDate> deadlines = new HashMap<>();
        for (FindingRow finding : current) {
            String field = "items[findingId=" + finding.id() + "]";
            Item item = byFinding.remove(finding.id());
            if (item == null) {
                errors.add(new FieldError(field, "第 " + finding.findingNo() + " 项发现问题缺少整改要求"));
                continue;
            }
            if (item.requiredAction() == null || item.requiredAction().isBlank()) {
                errors.add(new FieldError(field + ".requiredAction", "必填"));
            }
            LocalDate deadline = Payloads.date(item.deadline(), field + ".deadline", errors);
            if (deadline != null && !deadline.isAfter(context.today())) {
                errors.add(new FieldError(field + ".deadline", "整改期限须晚于今天"));
            }
            deadlines.put(finding.id(), deadline);
        }
        byFinding.keySet().forEach(id -> errors.add(new FieldError("items[findingId=" + id + "]", "本案没有此发现问题")));
        Payloads.failIfAny(errors);
        for (Item item : payload.items()) {
            findings.setRequirement(row.id(), item.findingId(), item.requiredAction(), deadlines.get(item.findingId()));
        }
        DocumentRow draft = documents.draftRectificationNotice(row);
        cases.setStatus(row.id(), CaseStatus.NOTICE_DRAFTED);
        audit.record(
                row.id(),
                "document",
                draft.id(),
                "RECTIFICATION_NOTICE_DRAFTED",
                context.user().username(),
                current,
                findings.ofCase(row.id()));
        return Map.of();
    }
}
