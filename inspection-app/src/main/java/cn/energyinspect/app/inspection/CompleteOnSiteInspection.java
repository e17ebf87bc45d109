package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 现场监察 done: the checklist answers are evaluated by the rules library, each violation becomes a finding with its
 * basis (hand-made findings stay), the signed on-site record is kept and its PDF issued. The process learns only how
 * many findings there are.
 */
@Component
class CompleteOnSiteInspection implements TaskHandler {
    private final CaseMapper cases;
    private final Checklists checklists;
    private final FindingEvaluation evaluation;
    private final FindingMapper findings;
    private final CaseDocuments documents;
    private final Payloads payloads;
    private final AuditLog audit;
    private final BusinessTime time;

    CompleteOnSiteInspection(
            CaseMapper cases,
            Checklists checklists,
            FindingEvaluation evaluation,
            FindingMapper findings,
            CaseDocuments documents,
            Payloads payloads,
            AuditLog audit,
            BusinessTime time) {
        this.cases = cases;
        this.checklists = checklists;
        this.evaluation = evaluation;
        this.findings = findings;
        this.documents = documents;
        this.payloads = payloads;
        this.audit = audit;
        this.time = time;
    }

    record Record(
            String enterpriseRepresentative,
            Boolean representativeSigned,
            String refusalReason,
            Boolean inspectorsSigned,
            String place,
            Instant startedAt,
            Instant endedAt) {}

    record Payload(Map<String, JsonNode> answers, Record record) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_ON_SITE_INSPECTION;
    }

    @Override
    public Object form(CaseRow row) {
        return checklists.checklist(row);
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        CaseRow row = context.row();
        OnSiteRecord record = validRecord(row, payload.record(), context.today());
        if (payload.answers() != null && !payload.answers().isEmpty()) {
            checklists.save(row, payload.answers(), context.user().username());
        }
        LocalDate inspectedOn = time.dateOf(record.endedAt());
        List<FindingEvaluation.Draft> drafts;
        try {
            drafts = evaluation.evaluate(checklists.template(row), checklists.answers(row.id()), inspectedOn);
        } catch (InvalidInputException e) {
            throw ApiProblem.invalid(e.violations().stream()
                    .map(v -> new FieldError("answers." + v.field(), v.message()))
                    .toList());
        }
        List<FindingRow> before = findings.ofCase(row.id());
        findings.deleteRuleFindings(row.id());
        int number = findings.nextNumber(row.id());
        for (FindingEvaluation.Draft draft : drafts) {
            findings.insert(toRow(row.id(), number++, draft));
        }
        cases.saveOnSiteRecord(record);
        cases.setOnSiteEnded(row.id(), inspectedOn);
        cases.setStatus(row.id(), CaseStatus.INSPECTED);
        documents.issueOnSiteRecord(row, record);
        List<FindingRow> after = findings.ofCase(row.id());
        audit.record(
                row.id(),
                "case",
                row.id(),
                "ON_SITE_INSPECTION_COMPLETED",
                context.user().username(),
                before,
                after);
        return Map.of(SiteInspectionProcess.Variables.FINDING_COUNT, after.size());
    }

    private OnSiteRecord validRecord(CaseRow row, Record record, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (record == null) {
            throw ApiProblem.invalid("record", "必须提交现场监察笔录");
        }
        if (record.enterpriseRepresentative() == null
                || record.enterpriseRepresentative().isBlank()) {
            errors.add(new FieldError("record.enterpriseRepresentative", "必填"));
        }
        if (record.representativeSigned() == null) {
            errors.add(new FieldError("record.representativeSigned", "必填：被监察单位代表是否签字"));
        } else if (!record.representativeSigned()
                && (record.refusalReason() == null || record.refusalReason().isBlank())) {
            errors.add(new FieldError("record.refusalReason", "被监察单位代表拒绝签字时须记录原因"));
        }
        if (!Boolean.TRUE.equals(record.inspectorsSigned())) {
            errors.add(new FieldError("record.inspectorsSigned", "监察人员须在笔录上签字"));
        }
        if (record.place() == null || record.place().isBlank()) {
            errors.add(new FieldError("record.place", "必填"));
        }
        if (record.startedAt() == null || record.endedAt() == null) {
            errors.add(new FieldError("record.endedAt", "须填写开始和结束时间"));
        } else {
            if (!record.endedAt().isAfter(record.startedAt())) {
                errors.add(new FieldError("record.endedAt", "结束时间须晚于开始时间"));
            }
            LocalDate day = time.dateOf(record.startedAt());
            if (row.visitDate() != null && day.isBefore(row.visitDate())) {
                errors.add(new FieldError("record.startedAt", "现场监察不得早于通知的日期 " + row.visitDate()));
            }
            if (time.dateOf(record.endedAt()).isAfter(today)) {
                errors.add(new FieldError("record.endedAt", "不能晚于今天"));
            }
        }
        Payloads.failIfAny(errors);
        return new OnSiteRecord(
                row.id(),
                record.enterpriseRepresentative(),
                record.representativeSigned(),
                record.representativeSigned() ? null : record.refusalReason(),
                true,
                record.place(),
                record.startedAt(),
                record.endedAt());
    }

    private static FindingRow toRow(long caseId, int number, FindingEvaluation.Draft draft) {
        Basis basis = draft.basis();
        return new FindingRow(
                null,
                caseId,
                number,
                "RULE",
                draft.kind(),
                draft.description(),
                draft.itemCode(),
                basis == null ? null : basis.standard(),
                basis == null ? null : basis.edition(),
                basis == null ? null : basis.clause(),
                basis == null ? null : basis.confidence().name(),
                draft.lawArticle(),
                draft.penaltyArticle(),
                draft.measured() == null ? null : BigDecimal.valueOf(draft.measured()),
                draft.limit() == null ? null : BigDecimal.valueOf(draft.limit()),
                draft.unit(),
                null,
                null);
    }
}
