package cn.energyinspect.app.desk.review;

import cn.energyinspect.app.desk.screening.ScreeningRow;
import cn.energyinspect.app.desk.screening.Screenings;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.inspection.CaseRow;
import cn.energyinspect.app.inspection.CaseTrigger;
import cn.energyinspect.app.inspection.EvidenceMapper;
import cn.energyinspect.app.inspection.EvidenceRow;
import cn.energyinspect.app.inspection.ScreenedCases;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.Basis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Desk cases (书面监察) opened from screening results. The case is an inspection case (see {@link ScreenedCases}); this
 * keeps what is the desk review's own: the screening's signals as the case saw them with each one's confirmation or
 * dismissal, the documents asked for, the enterprise's written answer, the review's decision.
 */
@Service
public class DeskCases {
    private static final TypeReference<List<SignalDecision>> DECISIONS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Long>> LONGS = new TypeReference<>() {};

    private final DeskCaseMapper desk;
    private final ScreenedCases cases;
    private final Screenings screenings;
    private final EvidenceMapper evidence;
    private final ObjectMapper json;
    private final BusinessTime time;

    DeskCases(
            DeskCaseMapper desk,
            ScreenedCases cases,
            Screenings screenings,
            EvidenceMapper evidence,
            ObjectMapper json,
            BusinessTime time) {
        this.desk = desk;
        this.cases = cases;
        this.screenings = screenings;
        this.evidence = evidence;
        this.json = json;
        this.time = time;
    }

    /**
     * A signal of the screening as the case holds it, with the supervisors' decision on it.
     *
     * @param confirmed {@code null} until decided
     */
    @Schema(description = "A screening signal of the case, confirmed or dismissed")
    public record SignalDecision(
            int line,
            String code,
            String name,
            String outcome,
            String lawArticle,
            String lawArticleCode,
            String subject,
            String message,
            BigDecimal value,
            BigDecimal threshold,
            String unit,
            boolean unconfirmed,
            List<Basis> basis,
            Boolean confirmed,

            @Schema(description = "Why it was dismissed (required then)")
            String reason) {}

    @Schema(description = "The desk case opened")
    public record Opened(long caseId, String caseNumber) {}

    /** Opens the desk case of a screening result; only a supervisor of an agency covering the unit, once. */
    @Transactional
    public Opened open(long screeningId, CurrentUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.PROVINCE_ADMIN) || user.agencyId() == null) {
            throw Refusal.forbidden("只有监察机构的科室负责人或管理员可以立案");
        }
        ScreeningRow screening = screenings.lockForCase(screeningId, user);
        List<Screenings.SignalView> signals = screenings.signalViews(screeningId);
        if (signals.isEmpty()) {
            throw Refusal.conflict("筛查未发现问题，不能立案");
        }
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("screening", screeningId);
        reason.put("reportYear", screening.reportYear());
        reason.put("riskClass", screening.riskClass());
        reason.put("signals", signals.stream().map(Screenings.SignalView::code).toList());
        ScreenedCases.Opened opened = cases.open(user.agencyId(), screening.uscc(), reason, user.username());
        List<SignalDecision> snapshot = signals.stream()
                .map(s -> new SignalDecision(
                        s.line(),
                        s.code(),
                        s.name(),
                        s.outcome(),
                        s.lawArticle(),
                        s.lawArticleCode(),
                        s.subject(),
                        s.message(),
                        s.value(),
                        s.threshold(),
                        s.unit(),
                        s.unconfirmed(),
                        s.basis(),
                        null,
                        null))
                .toList();
        desk.insert(opened.caseId(), screeningId, write(snapshot));
        screenings.linkCase(screeningId, opened.caseId());
        return new Opened(opened.caseId(), opened.caseNumber());
    }

    @Schema(description = "The desk part of a desk case")
    public record DeskCaseView(
            long caseId,
            String caseNumber,
            String status,
            String statusLabel,
            String outcome,
            String outcomeLabel,
            long screeningId,
            int reportYear,
            String riskClass,
            String riskClassLabel,
            List<SignalDecision> signals,
            List<String> requestedDocuments,
            LocalDate answerDue,
            String answerText,
            List<Long> answerEvidence,
            Instant answeredAt,

            @Schema(description = "The answer period ran out without an answer")
            boolean noAnswer,

            String decision,
            String decisionLabel,
            String decisionReason,
            Instant decidedAt,

            @Schema(description = "The on-site case it was escalated to")
            Long escalatedCaseId) {}

    @Transactional(readOnly = true)
    public DeskCaseView view(long caseId, CurrentUser user) {
        CaseRow row = cases.find(caseId)
                .filter(c -> user.jurisdiction().coversEnterprise(c.enterpriseUscc(), c.regionCode()))
                .orElseThrow(() -> Refusal.notFound("案件"));
        DeskCaseMapper.DeskCaseRow d = desk.find(caseId).orElseThrow(() -> Refusal.notFound("书面监察案件"));
        ScreeningRow screening = screenings.visible(d.screeningId(), user);
        boolean enterprise = user.role() == Role.ENTERPRISE;
        return new DeskCaseView(
                row.id(),
                row.caseNumber(),
                row.status().name(),
                row.status().label(),
                row.outcome(),
                row.outcome() == null ? null : DisplayNames.of(DisplayNames.Category.CASE_OUTCOME, row.outcome()),
                d.screeningId(),
                screening.reportYear(),
                enterprise ? null : screening.riskClass(),
                enterprise ? null : DisplayNames.of(DisplayNames.Category.RISK_CLASS, screening.riskClass()),
                // an enterprise reads the signals it must answer: the confirmed ones, once decided
                enterprise
                        ? signals(d).stream()
                                .filter(s -> Boolean.TRUE.equals(s.confirmed()))
                                .toList()
                        : signals(d),
                d.requestedDocuments() == null ? List.of() : read(d.requestedDocuments(), STRINGS),
                d.answerDue(),
                d.answerText(),
                d.answerEvidence() == null ? List.of() : read(d.answerEvidence(), LONGS),
                d.answeredAt(),
                d.noAnswer(),
                enterprise ? null : d.decision(),
                enterprise || d.decision() == null
                        ? null
                        : DisplayNames.of(DisplayNames.Category.DESK_DECISION, d.decision()),
                enterprise ? null : d.decisionReason(),
                d.decidedAt(),
                d.escalatedCaseId());
    }

    // ------------------------------------------------------------------ for the task handlers and the process

    List<SignalDecision> signals(DeskCaseMapper.DeskCaseRow d) {
        return d.signalDecisions() == null ? List.of() : read(d.signalDecisions(), DECISIONS);
    }

    DeskCaseMapper.DeskCaseRow row(long caseId) {
        return desk.find(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " is no desk case"));
    }

    void decided(long caseId, List<SignalDecision> decisions) {
        desk.setSignalDecisions(caseId, write(decisions));
    }

    void noticeServed(long caseId, List<String> documents, LocalDate answerDue) {
        desk.setNotice(caseId, write(documents), answerDue);
    }

    void reviewed(long caseId, String decision, String reason, String by) {
        desk.setDecision(caseId, decision, reason, by, time.now());
    }

    void answered(long caseId, String text, List<Long> evidenceIds, String by) {
        desk.setAnswer(caseId, text, write(evidenceIds), by, time.now());
    }

    /** The ids of the evidence {@code username} uploaded to the case. */
    Set<Long> ownEvidence(long caseId, String username) {
        return evidence.ofCase(caseId).stream()
                .filter(e -> e.uploadedBy().equals(username))
                .map(EvidenceRow::id)
                .collect(Collectors.toSet());
    }

    void noAnswer(long caseId) {
        desk.setNoAnswer(caseId);
    }

    void escalated(long caseId, long onSiteCaseId) {
        desk.setEscalated(caseId, onSiteCaseId);
    }

    /** Whether {@code row} is a desk case of the screening (a DESK_SCREENING case this capability holds). */
    static boolean isDeskCase(CaseRow row) {
        return row.caseTrigger() == CaseTrigger.DESK_SCREENING;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored desk case data unreadable", e);
        }
    }
}
