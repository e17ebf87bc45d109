package cn.energyinspect.app.inspection;

import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.mobile.InspectorWorkPort;
import cn.energyinspect.mobile.MobileModels;
import cn.energyinspect.workflow.InspectionWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobile API's port: the inspector's on-site work, through the same services as the web API, with every command
 * made idempotent by its client request id.
 */
@Component
class MobileInspections implements InspectorWorkPort {
    private final UserDirectory users;
    private final InspectionWorkflow workflow;
    private final InspectionCases cases;
    private final CaseMapper caseRows;
    private final Checklists checklists;
    private final CaseTasks tasks;
    private final EvidenceFiles evidence;
    private final EnterpriseMapper enterprises;
    private final MobileRequestMapper requests;
    private final ObjectMapper json;

    MobileInspections(
            UserDirectory users,
            InspectionWorkflow workflow,
            InspectionCases cases,
            CaseMapper caseRows,
            Checklists checklists,
            CaseTasks tasks,
            EvidenceFiles evidence,
            EnterpriseMapper enterprises,
            MobileRequestMapper requests,
            ObjectMapper json) {
        this.users = users;
        this.workflow = workflow;
        this.cases = cases;
        this.caseRows = caseRows;
        this.checklists = checklists;
        this.tasks = tasks;
        this.evidence = evidence;
        this.enterprises = enterprises;
        this.requests = requests;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MobileModels.AssignedInspection> assignedInspections(String username) {
        CurrentUser user = user(username);
        return workflow.tasks(Actors.of(user)).stream()
                .filter(t -> t.taskKey().equals(SiteInspectionProcess.TASK_ON_SITE_INSPECTION))
                .map(t -> caseRows.find(t.caseId()).map(row -> assigned(row, t.taskId())))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MobileModels.ChecklistForm checklist(String username, long caseId) {
        CaseRow row = cases.visible(caseId, user(username));
        Checklists.Checklist checklist = checklists.checklist(row);
        ChecklistTemplate template = checklist.template();
        return new MobileModels.ChecklistForm(
                caseId,
                template.code(),
                template.version(),
                template.title(),
                template.items().stream()
                        .map(i -> new MobileModels.ChecklistForm.Item(i.code(), i.kind(), i.label(), i.unit()))
                        .toList(),
                checklist.answers());
    }

    @Override
    @Transactional
    public MobileModels.Receipt saveAnswers(
            String username, long caseId, String clientRequestId, Map<String, JsonNode> answers) {
        return once(username, caseId, clientRequestId, "ANSWERS", hash(answers), () -> {
            cases.saveAnswers(caseId, answers, user(username));
            return new Handled(null, "ANSWERS_SAVED");
        });
    }

    @Override
    @Transactional
    public MobileModels.Receipt submitRecord(
            String username, long caseId, String clientRequestId, MobileModels.SignedRecord record) {
        return once(username, caseId, clientRequestId, "RECORD", hash(record), () -> {
            CurrentUser user = user(username);
            String taskId = workflow.tasks(Actors.of(user)).stream()
                    .filter(t ->
                            t.caseId() == caseId && t.taskKey().equals(SiteInspectionProcess.TASK_ON_SITE_INSPECTION))
                    .findFirst()
                    .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "该案件当前没有待完成的现场监察"))
                    .taskId();
            tasks.complete(taskId, json.valueToTree(Map.of("record", record)), user);
            return new Handled(
                    caseId, caseRows.find(caseId).orElseThrow().status().name());
        });
    }

    @Override
    @Transactional
    public MobileModels.Receipt uploadEvidence(
            String username, long caseId, String clientRequestId, String fileName, InputStream content) {
        CurrentUser user = user(username);
        evidence.requireUploader(cases.visible(caseId, user), user);
        // the file is checked and stored first (content-addressed: a resend keeps one copy); its hash is the request's
        var stored = evidence.store(content, fileName);
        return once(username, caseId, clientRequestId, "EVIDENCE", stored.sha256(), () -> {
            EvidenceRow row = evidence.register(caseId, stored, user);
            return new Handled(row.id(), "EVIDENCE_STORED");
        });
    }

    private record Handled(Long resourceId, String status) {}

    /**
     * Runs a command once per (user, case, command, client request id). The case is locked before the key is looked
     * up, so a resend racing its original waits and gets the original's receipt; the same key with a different
     * request is a 409, never a silent success.
     */
    private MobileModels.Receipt once(
            String username,
            long caseId,
            String clientRequestId,
            String command,
            String requestHash,
            Supplier<Handled> action) {
        cases.visible(caseId, user(username));
        caseRows.findForUpdate(caseId).orElseThrow(() -> Refusal.notFound("案件"));
        var seen = requests.find(username, caseId, command, clientRequestId);
        if (seen.isPresent()) {
            if (seen.get().requestSha256() != null
                    && !seen.get().requestSha256().equals(requestHash)) {
                throw new Refusal(
                        Refusal.Kind.STATE_CONFLICT,
                        "请求编号 " + clientRequestId + " 已用于内容不同的请求，请为新的请求生成新的编号",
                        List.of(new cn.energyinspect.app.refusal.FieldError("clientRequestId", "已用于内容不同的请求")));
            }
            return new MobileModels.Receipt(
                    clientRequestId, true, seen.get().resourceId(), seen.get().status());
        }
        Handled handled = action.get();
        requests.insert(
                username, clientRequestId, caseId, command, handled.resourceId(), handled.status(), requestHash);
        return new MobileModels.Receipt(clientRequestId, false, handled.resourceId(), handled.status());
    }

    /** SHA-256 of a request body as canonical JSON (keys sorted), so a resend of the same body matches. */
    private String hash(Object body) {
        try {
            JsonNode tree = json.valueToTree(body);
            byte[] canonical = json.copy()
                    .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(json.treeToValue(tree, Object.class));
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a request body", e);
        }
    }

    private MobileModels.AssignedInspection assigned(CaseRow row, String taskId) {
        EnterpriseRow enterprise = enterprises.findByUscc(row.enterpriseUscc()).orElseThrow();
        ChecklistTemplate template = checklists.template(row);
        return new MobileModels.AssignedInspection(
                row.id(),
                row.caseNumber(),
                enterprise.uscc(),
                enterprise.name(),
                enterprise.address(),
                row.visitDate(),
                row.inspectionType().name(),
                template.code(),
                template.version(),
                taskId);
    }

    private CurrentUser user(String username) {
        return users.byUsername(username).orElseThrow(() -> Refusal.notFound("用户"));
    }
}
