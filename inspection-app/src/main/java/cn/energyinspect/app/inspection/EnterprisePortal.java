package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.app.web.ProblemType;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.workflow.InspectionWorkflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an enterprise does online: state its case (陈述), answer the rectification notice per finding with evidence,
 * and ask once for an extension. An answer resent with the same client request id is accepted once.
 */
@Service
public class EnterprisePortal {
    private final InspectionCases inspectionCases;
    private final CaseTasks tasks;
    private final CaseMapper cases;
    private final FindingMapper findings;
    private final ReviewMapper reviews;
    private final EvidenceFiles evidence;
    private final InspectionWorkflow workflow;
    private final AuditLog audit;
    private final SearchOutbox search;

    EnterprisePortal(
            InspectionCases inspectionCases,
            CaseTasks tasks,
            CaseMapper cases,
            FindingMapper findings,
            ReviewMapper reviews,
            EvidenceFiles evidence,
            InspectionWorkflow workflow,
            AuditLog audit,
            SearchOutbox search) {
        this.inspectionCases = inspectionCases;
        this.tasks = tasks;
        this.cases = cases;
        this.findings = findings;
        this.reviews = reviews;
        this.evidence = evidence;
        this.workflow = workflow;
        this.audit = audit;
        this.search = search;
    }

    public record Statement(String text) {}

    public record AnswerItem(Long findingId, String text, List<Long> evidenceIds) {}

    public record Answer(String clientRequestId, List<AnswerItem> items) {}

    /** The stored answer; {@code duplicate} when this request id had already been accepted. */
    public record AnswerReceipt(long answerId, int round, boolean duplicate) {}

    public record ExtensionRequest(String until, String reason) {}

    @Transactional
    public void state(long caseId, Statement statement, CurrentUser user) {
        CaseRow row = ownCase(caseId, user);
        if (statement.text() == null || statement.text().isBlank()) {
            throw ApiProblem.invalid("text", "陈述内容不能为空");
        }
        if (statement.text().length() > 4000) {
            throw ApiProblem.invalid("text", "不能超过 4000 字");
        }
        tasks.completeCaseStep(row.id(), SiteInspectionProcess.TASK_ENTERPRISE_STATEMENT, user);
        reviews.insertStatement(row.id(), statement.text(), user.username());
        audit.record(row.id(), "statement", row.id(), "STATEMENT_SUBMITTED", user.username(), null, statement);
    }

    @Transactional
    public AnswerReceipt answer(long caseId, Answer answer, CurrentUser user) {
        CaseRow row = ownCase(caseId, user);
        if (answer.clientRequestId() == null
                || answer.clientRequestId().isBlank()
                || answer.clientRequestId().length() > 64) {
            throw ApiProblem.invalid("clientRequestId", "必填：客户端生成的请求编号（重发时保持不变），不超过 64 个字符");
        }
        var existing = reviews.answerByRequest(row.id(), answer.clientRequestId());
        if (existing.isPresent()) {
            return new AnswerReceipt(existing.get(), 0, true);
        }
        if (row.status().isFinal()) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "案件已结案，不能再提交整改回复");
        }
        List<FindingRow> open = findings.ofCase(row.id());
        Map<Long, AnswerItem> byFinding = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (answer.items() != null) {
            for (int i = 0; i < answer.items().size(); i++) {
                AnswerItem item = answer.items().get(i);
                if (item.text() == null || item.text().isBlank()) {
                    errors.add(new FieldError("items[" + i + "].text", "请说明整改情况"));
                }
                byFinding.put(item.findingId(), item);
            }
        }
        Set<Long> known = new HashSet<>();
        for (FindingRow finding : open) {
            known.add(finding.id());
            if (!byFinding.containsKey(finding.id())) {
                errors.add(new FieldError("items", "第 " + finding.findingNo() + " 项问题没有整改回复"));
            }
        }
        byFinding.keySet().stream()
                .filter(id -> !known.contains(id))
                .forEach(id -> errors.add(new FieldError("items", "本案没有编号为 " + id + " 的问题")));
        Payloads.failIfAny(errors);
        tasks.completeCaseStep(row.id(), SiteInspectionProcess.TASK_ENTERPRISE_ANSWER, user);
        ReviewMapper.NewAnswer stored = new ReviewMapper.NewAnswer(
                row.id(), answer.clientRequestId(), reviews.nextRound(row.id()), user.username());
        reviews.insertAnswer(stored);
        for (AnswerItem item : answer.items()) {
            reviews.insertAnswerItem(stored.id, item.findingId(), item.text());
            evidence.attach(
                    row.id(),
                    stored.id,
                    item.findingId(),
                    item.evidenceIds() == null ? List.of() : item.evidenceIds(),
                    user);
        }
        cases.setStatus(row.id(), CaseStatus.ANSWERED);
        audit.record(row.id(), "answer", stored.id, "RECTIFICATION_ANSWERED", user.username(), null, answer);
        return new AnswerReceipt(stored.id, stored.round, false);
    }

    @Transactional
    public void requestExtension(long caseId, ExtensionRequest request, CurrentUser user) {
        ownCase(caseId, user);
        // lock first: two requests sent at once must not both pass the one-extension check
        CaseRow row = cases.findForUpdate(caseId).orElseThrow(() -> ApiProblem.notFound("案件"));
        List<FieldError> errors = new ArrayList<>();
        LocalDate until = Payloads.date(request.until(), "until", errors);
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "请说明延期理由"));
        }
        if (until != null && row.rectificationDeadline() != null && !until.isAfter(row.rectificationDeadline())) {
            errors.add(new FieldError("until", "延期后的期限须晚于原期限 " + row.rectificationDeadline()));
        }
        Payloads.failIfAny(errors);
        if (row.extensionUsed() || reviews.extension(row.id()).isPresent()) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "每份整改通知书只能申请一次延期");
        }
        if (row.status() != CaseStatus.RECTIFYING) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "只有在整改期内才能申请延期");
        }
        reviews.insertExtension(row.id(), until, request.reason(), user.username());
        cases.markExtensionUsed(row.id());
        try {
            workflow.requestExtension(row.id());
        } catch (RuntimeException notPossible) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "案件当前不能申请延期");
        }
        audit.record(row.id(), "extension", row.id(), "EXTENSION_REQUESTED", user.username(), null, request);
        search.caseChanged(row.id());
    }

    @Transactional(readOnly = true)
    public CaseView.Page myCases(CurrentUser user, int page, int size) {
        requireEnterprise(user);
        return inspectionCases.list(
                new InspectionCases.Filter(null, null, null, null, null, null, null, null, null, page, size), user);
    }

    private CaseRow ownCase(long caseId, CurrentUser user) {
        requireEnterprise(user);
        return inspectionCases.visible(caseId, user);
    }

    private static void requireEnterprise(CurrentUser user) {
        if (user.role() != Role.ENTERPRISE) {
            throw ApiProblem.forbidden("企业门户仅供被监察企业使用");
        }
    }
}
