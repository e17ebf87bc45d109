package cn.energyinspect.app.inspection;

import cn.energyinspect.app.document.EvidenceLine;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.mobile.MobileModels;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 现场监察 done: the round's checklist answers are evaluated by the rules library, each violation becomes a finding with
 * its basis (hand-made findings stay), the signed on-site record is kept with the SHA-256 of every evidence item it
 * covers, the round's answers are frozen and the record's PDF is issued. What the rules cannot grade blocks the record
 * until the inspector grades it by hand. The process learns how many findings there are and when the inspection ended,
 * as the record says: its clocks run from then, not from when the record reached the server.
 */
@Component
class CompleteOnSiteInspection implements TaskHandler {
    private final CaseMapper cases;
    private final Checklists checklists;
    private final FindingEvaluation evaluation;
    private final FindingMapper findings;
    private final EvidenceMapper evidence;
    private final CaseDocuments documents;
    private final CaseTransitions transitions;
    private final Payloads payloads;
    private final BusinessTime time;

    CompleteOnSiteInspection(
            CaseMapper cases,
            Checklists checklists,
            FindingEvaluation evaluation,
            FindingMapper findings,
            EvidenceMapper evidence,
            CaseDocuments documents,
            CaseTransitions transitions,
            Payloads payloads,
            BusinessTime time) {
        this.cases = cases;
        this.checklists = checklists;
        this.evaluation = evaluation;
        this.findings = findings;
        this.evidence = evidence;
        this.documents = documents;
        this.transitions = transitions;
        this.payloads = payloads;
        this.time = time;
    }

    /**
     * The signed 现场监察笔录.
     *
     * @param enterpriseRepresentative the enterprise's person in charge on site (≤ 64 characters)
     * @param representativeSigned whether that person signed
     * @param refusalReason why not, required when not signed (≤ 300 characters)
     * @param inspectorsSigned the officers signed (must be true)
     * @param place where the inspection took place (≤ 200 characters)
     * @param startedAt when it started (ISO date-time)
     * @param endedAt when it ended (ISO date-time); the statement period and the 20-day limit count from it
     */
    @Schema(description = "The signed on-site record (现场监察笔录)")
    record Record(
            @Schema(description = "The enterprise's person in charge on site (at most 64 characters)")
            String enterpriseRepresentative,

            @Schema(description = "Whether that person signed")
            Boolean representativeSigned,

            @Schema(description = "Why not, required when not signed (at most 300 characters)")
            String refusalReason,

            @Schema(description = "The officers signed (must be true)")
            Boolean inspectorsSigned,

            @Schema(description = "Where the inspection took place (at most 200 characters)")
            String place,

            @Schema(description = "When it started") Instant startedAt,

            @Schema(
                    description = "When it ended; the statement period and the 20-day limit for the"
                            + " rectification notice count from it")
            Instant endedAt) {}

    /** An evidence item the record names, with the SHA-256 the device computed when it was taken. */
    @Schema(description = "An evidence item the record covers, with the SHA-256 the device computed when it was taken")
    record CoveredEvidence(
            @Schema(description = "The evidence item's id") Long evidenceId,

            @Schema(description = "Its SHA-256 (64 hex digits); it must be the hash of the file that arrived")
            String sha256) {}

    /**
     * @param answers answers to save with the record (optional; saved answers of the round are used as they are)
     * @param record the signed record
     * @param evidence the evidence the record covers as the signer saw it; every item must have arrived with that
     *     hash (optional: without it the record covers every evidence item the team uploaded in this round)
     */
    @Schema(
            description = "Task_OnSiteInspection: the signed record; the round's answers are graded into findings and"
                    + " frozen. An item the rules cannot grade blocks the record until the inspector grades it by hand")
    record Payload(
            @Schema(
                    description = "Answers to save with the record (optional; the round's saved answers are"
                            + " used as they are). "
                            + MobileModels.ANSWER_SHAPES)
            Map<String, JsonNode> answers,

            @Schema(description = "The signed record") Record record,

            @Schema(
                    description = "The evidence the record covers as the signer saw it (optional: without it"
                            + " the record covers every evidence item the team uploaded in this round)")
            List<CoveredEvidence> evidence) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_ON_SITE_INSPECTION;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        return checklists.checklist(row);
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        CaseRow row = context.row();
        String by = context.user().username();
        OnSiteRecord record = validRecord(row, payload.record(), context.today(), by);
        if (payload.answers() != null && !payload.answers().isEmpty()) {
            checklists.save(row, payload.answers(), by);
        }
        LocalDate inspectedOn = time.dateOf(record.endedAt());
        FindingEvaluation.Evaluation graded;
        try {
            graded = evaluation.evaluate(
                    checklists.template(row), checklists.answers(row.id(), row.currentRound()), inspectedOn);
        } catch (InvalidInputException e) {
            throw Refusal.invalid(e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message()))
                    .toList());
        }
        if (!graded.pending().isEmpty()) {
            throw Refusal.invalid(graded.pending().stream()
                    .map(p -> new FieldError(
                            p.field() + "." + FindingEvaluation.INSPECTOR_GRADE,
                            p.what() + "：" + p.reason() + "。须由监察员人工判定（符合/不符合）并写明理由后才能签署笔录"))
                    .toList());
        }
        List<EvidenceRow> covered = coveredEvidence(row, payload.evidence());
        List<FindingRow> before = findings.ofRound(row.id(), row.currentRound());
        findings.deleteGradedFindings(row.id(), row.currentRound());
        int number = findings.nextNumber(row.id());
        for (FindingEvaluation.Draft draft : graded.drafts()) {
            findings.insert(toRow(row, number++, draft, by));
        }
        cases.saveOnSiteRecord(record);
        for (EvidenceRow item : covered) {
            cases.insertRecordEvidence(row.id(), row.currentRound(), item.id(), item.sha256());
        }
        cases.setOnSiteEnded(row.id(), inspectedOn);
        List<FindingRow> after = findings.ofRound(row.id(), row.currentRound());
        transitions.move(
                row,
                CaseStatus.INSPECTED,
                "ON_SITE_INSPECTION_COMPLETED",
                by,
                Map.of(
                        "round", row.currentRound(),
                        "findingsBefore", before,
                        "findings", after,
                        "evidence", covered.stream().map(EvidenceRow::sha256).toList(),
                        "endedAt", record.endedAt().toString(),
                        "enteredAt", record.enteredAt().toString()));
        documents.issueOnSiteRecord(
                row,
                record,
                covered.stream()
                        .map(e -> new EvidenceLine(e.originalName(), e.sha256()))
                        .toList(),
                by);
        return Map.of(
                SiteInspectionProcess.Variables.FINDING_COUNT,
                after.size(),
                SiteInspectionProcess.Variables.INSPECTION_ENDED_AT,
                time.local(record.endedAt()).toOffsetDateTime().toString());
    }

    /**
     * The evidence the record covers: every item the team uploaded for this round and no earlier record covers. When
     * the signer names items with their hashes, each must be there with that hash, or nothing is signed.
     */
    private List<EvidenceRow> coveredEvidence(CaseRow row, List<CoveredEvidence> named) {
        Set<String> team =
                cases.team(row.id()).stream().map(TeamMemberRow::username).collect(Collectors.toSet());
        Set<Long> earlier = cases.recordEvidence(row.id()).stream()
                .map(CaseMapper.RecordEvidence::evidenceId)
                .collect(Collectors.toSet());
        Map<Long, EvidenceRow> ofCase = new LinkedHashMap<>();
        evidence.ofCase(row.id()).forEach(e -> ofCase.put(e.id(), e));
        if (named == null) {
            return ofCase.values().stream()
                    .filter(e -> team.contains(e.uploadedBy()) && !earlier.contains(e.id()) && e.answerId() == null)
                    .toList();
        }
        List<FieldError> missing = new ArrayList<>();
        List<EvidenceRow> covered = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            CoveredEvidence item = named.get(i);
            EvidenceRow stored = item == null || item.evidenceId() == null ? null : ofCase.get(item.evidenceId());
            if (stored == null) {
                missing.add(new FieldError("evidence[" + i + "].evidenceId", "服务器尚未收到该证据"));
            } else if (item.sha256() == null || !item.sha256().equalsIgnoreCase(stored.sha256())) {
                missing.add(new FieldError("evidence[" + i + "].sha256", "与服务器收到的文件不一致（" + stored.sha256() + "）"));
            } else if (!covered.contains(stored)) {
                covered.add(stored);
            }
        }
        if (!missing.isEmpty()) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT, "笔录所列证据尚未全部到达或校验值不一致，笔录未签署：" + missing.size() + " 项", missing);
        }
        return covered;
    }

    private OnSiteRecord validRecord(CaseRow row, Record record, LocalDate today, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (record == null) {
            throw Refusal.invalid("record", "必须提交现场监察笔录");
        }
        Payloads.text(record.enterpriseRepresentative(), "record.enterpriseRepresentative", 64, true, errors);
        if (record.representativeSigned() == null) {
            errors.add(new FieldError("record.representativeSigned", "必填：被监察单位代表是否签字"));
        } else if (!record.representativeSigned()) {
            Payloads.text(record.refusalReason(), "record.refusalReason", 300, true, errors);
        }
        if (!Boolean.TRUE.equals(record.inspectorsSigned())) {
            errors.add(new FieldError("record.inspectorsSigned", "监察人员须在笔录上签字"));
        }
        Payloads.text(record.place(), "record.place", 200, true, errors);
        if (record.startedAt() == null) {
            errors.add(new FieldError("record.startedAt", "须填写开始时间"));
        }
        if (record.endedAt() == null) {
            errors.add(new FieldError("record.endedAt", "须填写结束时间"));
        }
        if (record.startedAt() != null && record.endedAt() != null) {
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
                row.currentRound(),
                record.enterpriseRepresentative().strip(),
                record.representativeSigned(),
                record.representativeSigned() ? null : record.refusalReason().strip(),
                true,
                record.place().strip(),
                record.startedAt(),
                record.endedAt(),
                time.now(),
                by);
    }

    private static FindingRow toRow(CaseRow row, int number, FindingEvaluation.Draft draft, String by) {
        Basis basis = draft.basis();
        return new FindingRow(
                null,
                row.id(),
                row.currentRound(),
                number,
                draft.source(),
                draft.kind(),
                draft.description().length() > 1000 ? draft.description().substring(0, 999) + "…" : draft.description(),
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
                null,
                "INSPECTOR".equals(draft.source()) ? by : null,
                draft.gradingReason(),
                null);
    }
}
