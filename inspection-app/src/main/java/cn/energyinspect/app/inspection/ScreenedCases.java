package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.workflow.CaseStart;
import cn.energyinspect.workflow.DeskReviewStart;
import cn.energyinspect.workflow.DeskReviewWorkflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case side of a desk review (书面监察) opened from the screening of an 能源利用状况报告: an inspection case of type
 * {@code DESK} and trigger {@code DESK_SCREENING}, numbered like every case, whose process is first {@code desk-review}
 * and, when the review orders rectification, {@code site-inspection} from its rectification notice on. The desk
 * capability ({@code app.desk}) decides; this keeps the case's number, findings, team, documents and status in the
 * case's own tables, each status change through {@link CaseTransitions}. Every method runs in the caller's transaction.
 */
@Service
public class ScreenedCases {
    private static final Logger log = LoggerFactory.getLogger(ScreenedCases.class);

    private final CaseMapper cases;
    private final CaseNumbers numbers;
    private final AgencyMapper agencies;
    private final EnterpriseMapper enterprises;
    private final ChecklistMapper checklists;
    private final FindingMapper findings;
    private final TeamRoster roster;
    private final CaseTransitions transitions;
    private final CaseDocuments documents;
    private final InspectionCases inspectionCases;
    private final DeskReviewWorkflow desk;
    private final InspectionProperties settings;
    private final SearchOutbox search;
    private final AuditLog audit;
    private final BusinessTime time;

    ScreenedCases(
            CaseMapper cases,
            CaseNumbers numbers,
            AgencyMapper agencies,
            EnterpriseMapper enterprises,
            ChecklistMapper checklists,
            FindingMapper findings,
            TeamRoster roster,
            CaseTransitions transitions,
            CaseDocuments documents,
            InspectionCases inspectionCases,
            DeskReviewWorkflow desk,
            InspectionProperties settings,
            SearchOutbox search,
            AuditLog audit,
            BusinessTime time) {
        this.cases = cases;
        this.numbers = numbers;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.checklists = checklists;
        this.findings = findings;
        this.roster = roster;
        this.transitions = transitions;
        this.documents = documents;
        this.inspectionCases = inspectionCases;
        this.desk = desk;
        this.settings = settings;
        this.search = search;
        this.audit = audit;
        this.time = time;
    }

    /** A case opened: its id and number. */
    public record Opened(long caseId, String caseNumber) {}

    /**
     * Opens the desk case of an enterprise in the agency's region and starts its desk review.
     *
     * @param reason what led to it (the screening), kept in the audit trail
     * @throws Refusal when the enterprise is not in the agency's region
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Opened open(long agencyId, String uscc, Object reason, String username) {
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> Refusal.forbidden("用户未关联监察机构"));
        EnterpriseRow enterprise = enterprises
                .findByUscc(uscc)
                .filter(e -> RegionCodes.isWithin(e.regionCode(), agency.regionCode()))
                .orElseThrow(() -> Refusal.invalid("enterpriseUscc", "企业不存在或不在本机构管辖范围内"));
        ChecklistMapper.TemplateRow template = checklists
                .latest(InspectionType.DESK)
                .orElseThrow(() -> new IllegalStateException("no checklist template for DESK"));
        int year = time.today().getYear();
        CaseNumbers.Allocated number = numbers.next(agency, year);
        CaseMapper.NewCase row = new CaseMapper.NewCase(
                number.caseNumber(),
                agency.id(),
                year,
                number.sequence(),
                enterprise.uscc(),
                enterprise.regionCode(),
                CaseTrigger.DESK_SCREENING,
                InspectionType.DESK,
                null,
                template.id(),
                username,
                time.now());
        cases.insert(row);
        String instance =
                desk.startDeskReview(new DeskReviewStart(row.id, number.caseNumber(), agency.id(), enterprise.uscc()));
        cases.setProcessInstance(row.id, instance);
        search.caseChanged(row.id);
        audit.record(row.id, "case", row.id, "CASE_OPENED", username, null, reason);
        log.info(
                "I-DESK-CASE-OPENED case={} number={} enterprise={} by={}",
                row.id,
                number.caseNumber(),
                uscc,
                username);
        return new Opened(row.id, number.caseNumber());
    }

    /**
     * A signal the supervisors confirmed, as the case's finding.
     *
     * @param kind {@code OVER_QUOTA}, {@code BELOW_EFFICIENCY_LIMIT}, {@code ELIMINATED_EQUIPMENT} or {@code OTHER}
     * @param lawArticle the 节约能源法 article code (procedure data), {@code null} for a policy signal
     */
    public record ConfirmedFinding(
            String kind,
            String description,
            String itemCode,
            Basis basis,
            String lawArticle,
            BigDecimal measured,
            BigDecimal limit,
            String unit) {}

    /** The case under lock, if open; a closed one is a conflict. */
    public CaseRow lockOpen(long caseId) {
        CaseRow row = cases.findForUpdate(caseId).orElseThrow(() -> Refusal.notFound("案件"));
        if (row.status().isFinal()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "案件已" + row.status().label() + "，不能再修改");
        }
        return row;
    }

    /**
     * Task_ConfirmSignals: the confirmed signals become findings of round 1 and the reviewers (at least two officers
     * with a valid 执法证 and no declared 回避, as for every team) the case's team. With nothing confirmed the process
     * closes the case.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(CaseRow row, List<ConfirmedFinding> confirmed, List<String> reviewers, String by) {
        if (confirmed.isEmpty()) {
            transitions.changed(row, "case", row.id(), "DESK_SIGNALS_DISMISSED", by, null, Map.of());
            return;
        }
        TeamRoster.CheckedTeam team = roster.check(reviewers, row.agencyId(), row.enterpriseUscc(), time.today());
        if (!team.valid()) {
            throw Refusal.invalid(List.of(
                    new FieldError("reviewers", String.join("；", team.verdict().problems()))));
        }
        var procedure = cn.energyinspect.rules.procedure.Procedure.standard();
        int number = findings.nextNumber(row.id());
        for (ConfirmedFinding f : confirmed) {
            var article = f.lawArticle() == null
                    ? null
                    : procedure.article(f.lawArticle()).orElse(null);
            Basis b = f.basis();
            findings.insert(new FindingRow(
                    null,
                    row.id(),
                    row.currentRound(),
                    number++,
                    "SCREENING",
                    f.kind(),
                    f.description().length() > 1000 ? f.description().substring(0, 999) + "…" : f.description(),
                    f.itemCode(),
                    b == null ? null : b.standard(),
                    b == null ? null : b.edition(),
                    b == null ? null : b.clause(),
                    b == null ? null : b.confidence().name(),
                    article == null ? "（政策要求，非节约能源法条款）" : article.citation(),
                    article == null
                            ? null
                            : procedure
                                    .penaltyOf(article)
                                    .map(cn.energyinspect.rules.procedure.LawArticle::citation)
                                    .orElse(null),
                    f.measured(),
                    f.limit(),
                    f.unit(),
                    null,
                    null,
                    null,
                    null,
                    by));
        }
        for (TeamMemberRow member : team.members()) {
            cases.insertTeamMember(
                    row.id(), member.userId(), member.username().equals(reviewers.getFirst()) ? "LEADER" : "MEMBER");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reviewers", reviewers);
        detail.put("findings", findings.ofRound(row.id(), row.currentRound()));
        transitions.move(row, CaseStatus.TEAM_ASSIGNED, "DESK_SIGNALS_CONFIRMED", by, detail);
    }

    /** Task_ServeDeskNotice: the 书面监察通知书 is issued and served; the case waits for the written answer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentRow serveNotice(
            CaseRow row, List<String> content, List<String> requirements, LocalDate answerDue, String by) {
        LocalDate today = time.today();
        DocumentRow notice = documents.serveDeskNotice(
                row, today, List.of("《中华人民共和国节约能源法》第五十三条、第五十四条", "《节能监察办法》"), content, requirements, answerDue, by);
        cases.setNoticeServed(row.id(), today);
        cases.setVisitDate(row.id(), answerDue);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("document", notice.documentNumber());
        detail.put("answerDue", answerDue.toString());
        detail.put("requirements", requirements);
        transitions.move(row, CaseStatus.NOTICE_SERVED, "DESK_NOTICE_SERVED", by, detail);
        return notice;
    }

    /** The written answer arrived (or its period ran out): the case is up for review. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toReview(long caseId, String action, String by, Object detail) {
        CaseRow row = lockOpen(caseId);
        if (row.status() == CaseStatus.WRITTEN_REVIEW) {
            return; // a retried job
        }
        transitions.move(row, CaseStatus.WRITTEN_REVIEW, action, by, detail);
    }

    /** An audited change that keeps the status (a decision recorded before the process acts on it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CaseRow row, String action, String by, Object detail) {
        transitions.changed(row, "case", row.id(), action, by, null, detail);
    }

    /**
     * The review ordered rectification (Art. 54): the case goes on in site-inspection at its rectification notice,
     * with its reviewers as the team; the 20-day service limit runs from now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handOverToRectification(long caseId, String by) {
        CaseRow row = lockOpen(caseId);
        if (row.status() == CaseStatus.INSPECTED) {
            return; // a retried job
        }
        int count = findings.ofRound(row.id(), row.currentRound()).size();
        List<String> team =
                cases.team(row.id()).stream().map(TeamMemberRow::username).toList();
        String reviewedAt = time.local(time.now()).toOffsetDateTime().toString();
        String instance = desk.continueAtRectification(
                new CaseStart(
                        row.id(),
                        row.caseNumber(),
                        row.agencyId(),
                        row.enterpriseUscc(),
                        SiteInspectionProcess.Triggers.DESK_SCREENING,
                        SiteInspectionProcess.InspectionTypes.DESK,
                        settings.statementWorkingDays(),
                        team),
                reviewedAt,
                count);
        cases.setProcessInstance(row.id(), instance);
        cases.setOnSiteEnded(row.id(), time.today());
        transitions.move(row, CaseStatus.INSPECTED, "DESK_RECTIFICATION_ORDERED", by, Map.of("findings", count));
        log.info("I-DESK-RECTIFICATION case={} number={} findings={}", row.id(), row.caseNumber(), count);
    }

    /**
     * The review escalated to an on-site inspection: a new ON_SITE case (trigger {@code DESK_REVIEW}) opens for the
     * enterprise, and this one closes with outcome {@code ESCALATED_ON_SITE} naming it.
     *
     * @return the new case's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long escalate(long caseId, String by) {
        CaseRow row = lockOpen(caseId);
        Agency agency = agencies.findById(row.agencyId()).orElseThrow();
        EnterpriseRow enterprise = enterprises.findByUscc(row.enterpriseUscc()).orElseThrow();
        long onSite = inspectionCases.insertAndStart(
                agency,
                enterprise,
                new InspectionCases.OpenCase(
                        row.enterpriseUscc(), CaseTrigger.DESK_REVIEW, InspectionType.ON_SITE, null),
                List.of(),
                by);
        audit.record(onSite, "case", onSite, "ESCALATED_FROM_DESK", by, null, Map.of("deskCase", row.caseNumber()));
        transitions.close(row, CaseStatus.CLOSED, "ESCALATED_ON_SITE", null, "DESK_ESCALATED", by);
        log.info("I-DESK-ESCALATED case={} number={} onSiteCase={}", row.id(), row.caseNumber(), onSite);
        return onSite;
    }

    /** The desk review closed the case with {@code outcome}; a closed case stays as it is (a retried job). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void close(long caseId, String outcome, String by) {
        CaseRow row = cases.findForUpdate(caseId).orElseThrow();
        if (row.status().isFinal()) {
            return;
        }
        transitions.close(row, CaseStatus.CLOSED, outcome, null, "CASE_CLOSED", by);
    }

    /** The case as the desk capability reads it. */
    public java.util.Optional<CaseRow> find(long caseId) {
        return cases.find(caseId);
    }

    /** Its findings. */
    public List<FindingRow> findings(long caseId) {
        return findings.ofCase(caseId);
    }

    /** Its team's usernames. */
    public List<String> team(long caseId) {
        return cases.team(caseId).stream().map(TeamMemberRow::username).toList();
    }
}
