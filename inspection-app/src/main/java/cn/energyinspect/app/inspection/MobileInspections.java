package cn.energyinspect.app.inspection;

import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.mobile.AnswerVersions;
import cn.energyinspect.mobile.InspectorWorkPort;
import cn.energyinspect.mobile.MobileModels;
import cn.energyinspect.mobile.RecordCoverage;
import cn.energyinspect.workflow.InspectionWorkflow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobile API's port: the inspector's on-site work, through the same services as the web API. Every command is
 * made idempotent by its client request id (the first receipt is kept and returned again), an answer is checked
 * against the version it was based on, a file against the hash the device computed, and the signed record against
 * the evidence and signatures it names. Only the case's team reaches a case here; to anyone else it does not exist.
 */
@Component
class MobileInspections implements InspectorWorkPort {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final MobileReads reads;
    private final InspectionWorkflow workflow;
    private final InspectionCases cases;
    private final CaseMapper caseRows;
    private final Checklists checklists;
    private final ChecklistMapper checklistRows;
    private final CaseTasks tasks;
    private final EvidenceFiles evidence;
    private final MobileRequestMapper requests;
    private final MobileSyncMapper sync;
    private final BusinessTime time;
    private final ObjectMapper json;

    MobileInspections(
            MobileReads reads,
            InspectionWorkflow workflow,
            InspectionCases cases,
            CaseMapper caseRows,
            Checklists checklists,
            ChecklistMapper checklistRows,
            CaseTasks tasks,
            EvidenceFiles evidence,
            MobileRequestMapper requests,
            MobileSyncMapper sync,
            BusinessTime time,
            ObjectMapper json) {
        this.reads = reads;
        this.workflow = workflow;
        this.cases = cases;
        this.caseRows = caseRows;
        this.checklists = checklists;
        this.checklistRows = checklistRows;
        this.tasks = tasks;
        this.evidence = evidence;
        this.requests = requests;
        this.sync = sync;
        this.time = time;
        this.json = json;
    }

    @Override
    public List<MobileModels.AssignedInspection> assignedInspections(String username) {
        return reads.assignedInspections(username);
    }

    @Override
    public MobileModels.ChecklistForm checklist(String username, long caseId) {
        return reads.checklist(username, caseId);
    }

    @Override
    public MobileModels.OfflineBundle bundle(String username, long caseId) {
        return reads.bundle(username, caseId);
    }

    @Override
    public MobileModels.SyncStatus syncStatus(String username, long caseId) {
        return reads.syncStatus(username, caseId);
    }

    @Override
    public MobileModels.VisitTrace trace(String username, long caseId, Integer round) {
        return reads.trace(username, caseId, round);
    }

    @Override
    @Transactional
    public MobileModels.Receipt saveAnswers(
            String username,
            long caseId,
            String clientRequestId,
            Map<String, JsonNode> answers,
            Map<String, Integer> baseVersions) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("answers", answers);
        request.put("baseVersions", baseVersions);
        return once(username, caseId, clientRequestId, "ANSWERS", hash(request), row -> {
            if (checklists.frozen(row)) {
                throw new Refusal(
                        Refusal.Kind.STATE_CONFLICT,
                        "第 " + row.currentRound() + " 轮现场监察笔录已签署，检查表答案已冻结，此答案未保存",
                        answers.keySet().stream()
                                .map(code -> new FieldError("answers." + code, "笔录已签署，答案已冻结"))
                                .toList(),
                        Map.of("frozen", true));
            }
            ChecklistTemplate template = checklists.template(row);
            Map<String, AnswerVersions.ServerAnswer> server = new LinkedHashMap<>();
            for (ChecklistMapper.AnswerRow stored : checklistRows.answers(row.id(), row.currentRound())) {
                server.put(
                        stored.itemCode(),
                        new AnswerVersions.ServerAnswer(
                                parse(stored.answerJson()), stored.version(), stored.answeredBy()));
            }
            AnswerVersions.Outcome outcome = AnswerVersions.compare(answers, baseVersions, server, code -> {
                ChecklistTemplate.Item item = template.item(code);
                return item == null ? code : item.label();
            });
            if (outcome.stale()) {
                throw new Refusal(
                        Refusal.Kind.STALE_VERSION,
                        "有 " + outcome.conflicts().size() + " 项答案已被他人修改，请选择保留哪一份：本次提交的答案均未保存",
                        outcome.conflicts().stream()
                                .map(c -> new FieldError(
                                        "answers." + c.itemCode(),
                                        "服务器上的答案已更新为第 " + c.serverVersion() + " 版（您依据第 " + c.baseVersion() + " 版）"))
                                .toList(),
                        Map.of("conflicts", outcome.conflicts()));
            }
            CurrentUser user = reads.user(username);
            Map<String, Integer> versions = new LinkedHashMap<>();
            if (!outcome.changed().isEmpty()) {
                cases.saveAnswers(caseId, outcome.changed(), user);
            }
            for (ChecklistMapper.AnswerRow stored : checklistRows.answers(row.id(), row.currentRound())) {
                if (answers.containsKey(stored.itemCode())) {
                    versions.put(stored.itemCode(), stored.version());
                }
            }
            return new Handled(null, "ANSWERS_SAVED", versions, false);
        });
    }

    @Override
    @Transactional
    public MobileModels.Receipt submitRecord(
            String username, long caseId, String clientRequestId, MobileModels.SignedRecord record) {
        return once(username, caseId, clientRequestId, "RECORD", hash(record), row -> {
            Set<String> team = caseRows.team(row.id()).stream()
                    .map(TeamMemberRow::username)
                    .collect(Collectors.toSet());
            Map<String, RecordCoverage.Arrived> arrived = new LinkedHashMap<>();
            for (MobileSyncMapper.ReceivedRow e : sync.teamEvidence(row.id())) {
                arrived.putIfAbsent(
                        e.sha256().toLowerCase(Locale.ROOT),
                        new RecordCoverage.Arrived(e.evidenceId(), e.kind(), e.signerRole(), e.signer()));
            }
            List<RecordCoverage.Gap> gaps = RecordCoverage.gaps(record, arrived, team);
            if (!gaps.isEmpty()) {
                List<FieldError> fields = gaps.stream()
                        .map(g -> new FieldError("record." + g.field(), g.message()))
                        .toList();
                List<String> missing = gaps.stream()
                        .filter(RecordCoverage.Gap::missing)
                        .map(g -> "record." + g.field())
                        .toList();
                if (missing.size() == gaps.size()) {
                    throw new Refusal(
                            Refusal.Kind.STATE_CONFLICT,
                            "笔录所列证据或签名尚未全部到达，笔录未签署：缺 " + missing.size() + " 项",
                            fields,
                            Map.of("missing", missing));
                }
                throw Refusal.invalid(fields);
            }
            String taskId = workflow.openTasks(caseId).stream()
                    .filter(t -> t.taskKey().equals(SiteInspectionProcess.TASK_ON_SITE_INSPECTION))
                    .findFirst()
                    .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "该案件当前没有待完成的现场监察"))
                    .taskId();
            List<Map<String, Object>> covered = new ArrayList<>();
            for (MobileModels.CoveredEvidence item : nullSafe(record.evidence())) {
                covered.add(covered(arrived, item.sha256()));
            }
            for (MobileModels.Signature signature : nullSafe(record.signatures())) {
                covered.add(covered(arrived, signature.sha256()));
            }
            Map<String, Object> signed = new LinkedHashMap<>();
            signed.put("enterpriseRepresentative", record.enterpriseRepresentative());
            signed.put("representativeSigned", record.representativeSigned());
            signed.put("refusalReason", record.refusalReason());
            signed.put("inspectorsSigned", record.inspectorsSigned());
            signed.put("place", record.place());
            signed.put("startedAt", record.startedAt());
            signed.put("endedAt", record.endedAt());
            int round = row.currentRound();
            tasks.complete(
                    taskId, json.valueToTree(Map.of("record", signed, "evidence", covered)), reads.user(username));
            sync.insertVisit(visit(row.id(), round, record, username));
            return new Handled(
                    caseId, caseRows.find(caseId).orElseThrow().status().name(), null, false);
        });
    }

    @Override
    @Transactional
    public MobileModels.Receipt uploadEvidence(
            String username,
            long caseId,
            String clientRequestId,
            MobileModels.EvidenceMeta meta,
            MobileModels.UploadedFile file) {
        CurrentUser user = reads.user(username);
        CaseRow teamCase = reads.teamCase(caseId, user);
        if (file == null || file.size() == 0) {
            throw Refusal.invalid("file", "请选择要上传的文件");
        }
        String actual = sha256(file);
        if (!actual.equalsIgnoreCase(meta.sha256())) {
            throw Refusal.invalid(
                    "sha256", "与文件内容不一致：设备计算的是 " + meta.sha256() + "，服务器收到的内容是 " + actual + "；文件未保存，请重新上传");
        }
        if ("SIGNATURE".equals(meta.kind())) {
            signatureErrors(teamCase, meta, file);
        }
        evidence.requireUploader(teamCase, user);
        return once(username, caseId, clientRequestId, "EVIDENCE", actual, row -> {
            var known = sync.evidenceByHash(row.id(), actual);
            if (known.isPresent()) {
                return new Handled(known.get().evidenceId(), "EVIDENCE_STORED", null, true);
            }
            StoredEvidence stored;
            try (InputStream content = file.open()) {
                stored = evidence.store(content, file.fileName());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read an upload", e);
            }
            if (!stored.sha256().equals(actual)) {
                throw new IllegalStateException("an upload changed between its two reads");
            }
            EvidenceRow saved = evidence.register(row.id(), stored, user);
            MobileModels.Position at = meta.position();
            sync.insertEvidence(new MobileSyncMapper.EvidenceMetaRow(
                    saved.id(),
                    row.id(),
                    row.currentRound(),
                    meta.kind(),
                    actual,
                    meta.caption(),
                    meta.itemCode(),
                    meta.takenAt(),
                    at == null ? null : decimal(at.latitude()),
                    at == null ? null : decimal(at.longitude()),
                    at == null ? null : decimal(at.accuracyMeters()),
                    at == null ? null : at.noFix(),
                    meta.exifTakenAt(),
                    decimal(meta.exifLatitude()),
                    decimal(meta.exifLongitude()),
                    meta.originalBytes(),
                    meta.signerRole(),
                    meta.signer(),
                    clientRequestId,
                    username,
                    time.now()));
            return new Handled(saved.id(), "EVIDENCE_STORED", null, false);
        });
    }

    /** A signature is a PNG naming its signer; an inspector's is a member of the team. */
    private void signatureErrors(CaseRow row, MobileModels.EvidenceMeta meta, MobileModels.UploadedFile file) {
        List<FieldError> errors = new ArrayList<>();
        if (meta.signerRole() == null) {
            errors.add(new FieldError("meta.signerRole", "签名须写明签字人身份"));
        }
        if (meta.signer() == null || meta.signer().isBlank()) {
            errors.add(new FieldError("meta.signer", "签名须写明签字人"));
        } else if ("INSPECTOR".equals(meta.signerRole())
                && caseRows.team(row.id()).stream().noneMatch(m -> m.username().equals(meta.signer()))) {
            errors.add(new FieldError("meta.signer", "不是本案监察组成员"));
        }
        try (InputStream content = file.open()) {
            if (!java.util.Arrays.equals(content.readNBytes(PNG_MAGIC.length), PNG_MAGIC)) {
                errors.add(new FieldError("file", "签名须为 PNG 图片"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload", e);
        }
        Payloads.failIfAny(errors);
    }

    private static Map<String, Object> covered(Map<String, RecordCoverage.Arrived> arrived, String sha256) {
        String key = sha256.toLowerCase(Locale.ROOT);
        return Map.of("evidenceId", arrived.get(key).evidenceId(), "sha256", key);
    }

    private MobileSyncMapper.VisitRow visit(long caseId, int round, MobileModels.SignedRecord record, String by) {
        MobileModels.Position start = record.start();
        MobileModels.Position end = record.end();
        return new MobileSyncMapper.VisitRow(
                caseId,
                round,
                record.startedAt(),
                record.endedAt(),
                start == null ? null : decimal(start.latitude()),
                start == null ? null : decimal(start.longitude()),
                start == null ? null : decimal(start.accuracyMeters()),
                start == null ? null : start.at(),
                start == null ? "设备未提供位置" : start.noFix(),
                end == null ? null : decimal(end.latitude()),
                end == null ? null : decimal(end.longitude()),
                end == null ? null : decimal(end.accuracyMeters()),
                end == null ? null : end.at(),
                end == null ? "设备未提供位置" : end.noFix(),
                by,
                time.now());
    }

    /** What a command produced. {@code duplicate}: the same file had arrived under another request id. */
    private record Handled(Long resourceId, String status, Map<String, Integer> versions, boolean duplicate) {}

    /** A command's work on its case, locked for it. */
    private interface Command {
        Handled run(CaseRow row);
    }

    /**
     * Runs a command once per (user, case, command, client request id). The case is locked before the key is looked
     * up, so a resend racing its original waits and gets the original's receipt; the same key with a different
     * request is a 409, never a silent success. A refused command leaves no key behind: the device may send it again.
     */
    private MobileModels.Receipt once(
            String username, long caseId, String clientRequestId, String command, String requestHash, Command action) {
        if (clientRequestId == null || clientRequestId.isBlank() || clientRequestId.length() > 64) {
            throw Refusal.invalid("clientRequestId", "必填，不超过 64 个字符");
        }
        CurrentUser user = reads.user(username);
        reads.teamCase(caseId, user);
        CaseRow row = caseRows.findForUpdate(caseId).orElseThrow(() -> Refusal.notFound("案件"));
        var seen = requests.find(username, caseId, command, clientRequestId);
        if (seen.isPresent()) {
            if (seen.get().requestSha256() != null
                    && !seen.get().requestSha256().equals(requestHash)) {
                throw new Refusal(
                        Refusal.Kind.STATE_CONFLICT,
                        "请求编号 " + clientRequestId + " 已用于内容不同的请求，请为新的请求生成新的编号",
                        List.of(new FieldError("clientRequestId", "已用于内容不同的请求")));
            }
            return firstReceipt(clientRequestId, seen.get()).asDuplicate();
        }
        Handled handled = action.run(row);
        Instant now = time.now();
        MobileModels.Receipt receipt = new MobileModels.Receipt(
                clientRequestId, handled.duplicate(), handled.resourceId(), handled.status(), handled.versions(), now);
        requests.insert(
                username,
                clientRequestId,
                caseId,
                command,
                handled.resourceId(),
                handled.status(),
                requestHash,
                write(receipt.asDuplicate()),
                now);
        return receipt;
    }

    private MobileModels.Receipt firstReceipt(String clientRequestId, MobileRequestMapper.Handled seen) {
        if (seen.receiptJson() != null) {
            try {
                return json.readValue(seen.receiptJson(), MobileModels.Receipt.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored receipt of " + clientRequestId + " is not JSON", e);
            }
        }
        return new MobileModels.Receipt(
                clientRequestId, true, seen.resourceId(), seen.status(), null, seen.receivedAt());
    }

    /** SHA-256 of a request body as canonical JSON (keys sorted), so a resend of the same body matches. */
    private String hash(Object body) {
        try {
            JsonNode tree = json.valueToTree(body);
            byte[] canonical = json.copy()
                    .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(json.treeToValue(tree, Object.class));
            return HexFormat.of().formatHex(digest().digest(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash a request body", e);
        }
    }

    private static String sha256(MobileModels.UploadedFile file) {
        MessageDigest digest = digest();
        try (InputStream content = file.open()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = content.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a receipt", e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
