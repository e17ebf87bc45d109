package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.workflow.CaseStart;
import cn.energyinspect.workflow.InspectionWorkflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and reading inspection cases. A case is opened by a supervisor of an agency for an enterprise in the agency's
 * jurisdiction; its number is allocated gap-free, it keeps the checklist template version it started with, and its
 * process instance starts in the same transaction — a case exists with its process or not at all.
 */
@Service
public class InspectionCases {
    private static final Logger log = LoggerFactory.getLogger(InspectionCases.class);

    private final CaseMapper cases;
    private final CaseNumbers numbers;
    private final AgencyMapper agencies;
    private final EnterpriseMapper enterprises;
    private final ChecklistMapper checklists;
    private final Checklists checklistService;
    private final FindingMapper findings;
    private final DocumentMapper documents;
    private final InspectionWorkflow workflow;
    private final AuditLog audit;
    private final InspectionProperties settings;
    private final SearchOutbox search;
    private final BusinessTime time;
    private final TeamRoster roster;
    private final ReviewMapper reviews;
    private final UserDirectory users;
    private final CaseTransitions transitions;
    private final CaseDocuments documentsService;
    private final cn.energyinspect.app.idempotency.IdempotencyKeys idempotency;
    private final EvidenceLinks evidenceFiles;

    InspectionCases(
            CaseMapper cases,
            CaseNumbers numbers,
            AgencyMapper agencies,
            EnterpriseMapper enterprises,
            ChecklistMapper checklists,
            Checklists checklistService,
            FindingMapper findings,
            DocumentMapper documents,
            InspectionWorkflow workflow,
            AuditLog audit,
            InspectionProperties settings,
            SearchOutbox search,
            BusinessTime time,
            TeamRoster roster,
            ReviewMapper reviews,
            UserDirectory users,
            CaseTransitions transitions,
            CaseDocuments documentsService,
            cn.energyinspect.app.idempotency.IdempotencyKeys idempotency,
            EvidenceLinks evidenceFiles) {
        this.cases = cases;
        this.numbers = numbers;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.checklists = checklists;
        this.checklistService = checklistService;
        this.findings = findings;
        this.documents = documents;
        this.workflow = workflow;
        this.audit = audit;
        this.settings = settings;
        this.search = search;
        this.time = time;
        this.roster = roster;
        this.reviews = reviews;
        this.users = users;
        this.transitions = transitions;
        this.documentsService = documentsService;
        this.idempotency = idempotency;
        this.evidenceFiles = evidenceFiles;
    }

    /** Opens a case; a campaign draw passes its campaign id. */
    /**
     * A case to open.
     *
     * @param reason why it is opened (立案理由: the complaint, the transfer, what the spot check looks at), kept in the
     *     audit trail with the opening
     */
    public record OpenCase(
            String enterpriseUscc, CaseTrigger trigger, InspectionType inspectionType, Long campaignId, String reason) {
        public OpenCase(String enterpriseUscc, CaseTrigger trigger, InspectionType inspectionType, Long campaignId) {
            this(enterpriseUscc, trigger, inspectionType, campaignId, null);
        }
    }

    @Transactional
    public CaseView open(OpenCase command, CurrentUser user) {
        return open(command, user, null);
    }

    /** Opens a case; with an {@code Idempotency-Key} a resend after a lost reply gets the first case again. */
    @Transactional
    public CaseView open(OpenCase command, CurrentUser user, String idempotencyKey) {
        Opened[] opened = new Opened[1];
        return idempotency.once(
                user.username(),
                "case.open",
                idempotencyKey,
                command,
                () -> {
                    opened[0] = openNew(command, user);
                    return String.valueOf(opened[0].id());
                },
                // the case opened just now is answered from what was written; a resend's case is read back whole
                id -> opened[0] != null && opened[0].id() == Long.parseLong(id)
                        ? openedView(opened[0], user)
                        : detail(Long.parseLong(id), user));
    }

    /** A case this transaction opened, with the enterprise it was opened for (read and checked on the way). */
    private record Opened(long id, EnterpriseRow enterprise) {}

    private Opened openNew(OpenCase command, CurrentUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.PROVINCE_ADMIN) || user.agencyId() == null) {
            throw Refusal.forbidden("只有监察机构的科室负责人或管理员可以立案");
        }
        List<FieldError> errors = new ArrayList<>();
        if (command.enterpriseUscc() == null || command.enterpriseUscc().isBlank()) {
            errors.add(new FieldError("enterpriseUscc", "必填"));
        }
        if (command.trigger() == null) {
            errors.add(new FieldError("trigger", "必填：CAMPAIGN、COMPLAINT、TRANSFER、MANUAL 或 SPOT_CHECK"));
        }
        if (command.inspectionType() == null) {
            errors.add(new FieldError("inspectionType", "必填：ON_SITE 或 DESK"));
        }
        if (command.reason() != null && command.reason().length() > 500) {
            errors.add(new FieldError("reason", "不能超过 500 个字符"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        // normalised and checked at the edge: the column's collation would match a full-width or lower-case code too
        String uscc = cn.energyinspect.rules.identifier.UnifiedSocialCreditCode.normalise(command.enterpriseUscc());
        var check = cn.energyinspect.rules.identifier.UnifiedSocialCreditCode.check(uscc);
        if (!check.valid()) {
            throw Refusal.invalid("enterpriseUscc", "统一社会信用代码无效：" + String.join("；", check.errors()));
        }
        Agency agency = agencies.findById(user.agencyId()).orElseThrow(() -> Refusal.forbidden("用户未关联监察机构"));
        EnterpriseRow enterprise = enterprises
                .findByUscc(uscc)
                .filter(e -> RegionCodes.isWithin(e.regionCode(), agency.regionCode()))
                .orElseThrow(() -> Refusal.invalid("enterpriseUscc", "企业不存在或不在本机构管辖范围内"));
        return new Opened(insertAndStart(agency, enterprise, command, List.of(), user.username()), enterprise);
    }

    /**
     * Inserts a case with the agency's next number and starts its process. A team drawn at random (campaign draws)
     * goes with it, so the process skips Task_AssignTeam; the caller records the team.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    long insertAndStart(
            Agency agency, EnterpriseRow enterprise, OpenCase command, List<String> drawnTeam, String username) {
        // a campaign's case uses the template its plan chose (its newest published version); other cases the newest
        // published template of their type. Either way the case keeps that version to the end.
        ChecklistMapper.TemplateRow template = Optional.ofNullable(command.campaignId())
                .flatMap(checklists::planTemplateCode)
                .flatMap(checklists::latestOfCode)
                .filter(t -> t.inspectionType() == command.inspectionType())
                .or(() -> checklists.latest(command.inspectionType()))
                .orElseThrow(() -> new IllegalStateException("no checklist template for " + command.inspectionType()));
        int year = time.today().getYear();
        CaseNumbers.Allocated number = numbers.next(agency, year);
        CaseMapper.NewCase row = new CaseMapper.NewCase(
                number.caseNumber(),
                agency.id(),
                year,
                number.sequence(),
                enterprise.uscc(),
                enterprise.regionCode(),
                command.trigger(),
                command.inspectionType(),
                command.campaignId(),
                template.id(),
                username,
                time.now());
        cases.insert(row);
        // the row was inserted just now, so no process can be running for it: no idempotent look-up on the engine
        String processInstance = workflow.startNewCase(new CaseStart(
                row.id,
                number.caseNumber(),
                agency.id(),
                enterprise.uscc(),
                command.trigger().name(),
                command.inspectionType().name(),
                settings.statementWorkingDays(),
                drawnTeam));
        cases.setProcessInstance(row.id, processInstance);
        search.caseChanged(row.id);
        audit.record(row.id, "case", row.id, "CASE_OPENED", username, null, command);
        log.info(
                "I-CASE-OPENED case={} number={} enterprise={} by={}",
                row.id,
                number.caseNumber(),
                enterprise.uscc(),
                username);
        return row.id;
    }

    /**
     * The inspectors of the case's agency who may be on its team on {@code date}: a valid 执法证 then and no declared
     * 回避 with the enterprise; those with the fewest open cases first. For the supervisors assigning the team.
     */
    @Transactional(readOnly = true)
    public List<TeamMemberRow> eligibleInspectors(long id, LocalDate date, CurrentUser user) {
        CaseRow row = visible(id, user);
        if (!user.hasRole(Role.SUPERVISOR, Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("只有监察机构负责人可以指派监察组");
        }
        return roster.eligible(row.agencyId(), row.enterpriseUscc(), date == null ? time.today() : date);
    }

    /** The case is the caller's to see, else 404 (for other capabilities' pages of a case). */
    @Transactional(readOnly = true)
    public void requireVisible(long id, CurrentUser user) {
        visible(id, user);
    }

    @Transactional(readOnly = true)
    public CaseView detail(long id, CurrentUser user) {
        CaseRow row = visible(id, user);
        String enterpriseName = enterprises
                .findByUscc(row.enterpriseUscc())
                .map(EnterpriseRow::name)
                .orElse(null);
        return view(row, enterpriseName, openSteps(row), recorded(id), user);
    }

    /**
     * The view of the case this transaction has just opened: its row as stored (the same read and jurisdiction check
     * as {@link #detail}) and its first steps. Nothing else can be recorded for a case that did not exist before this
     * transaction (no team, findings, documents, records, answers, reviews, reschedules or withdrawals), so none of
     * it is read: the body is the one {@link #detail} would answer.
     */
    private CaseView openedView(Opened opened, CurrentUser user) {
        CaseRow row = visible(opened.id(), user);
        return view(row, opened.enterprise().name(), openSteps(row), Recorded.NOTHING, user);
    }

    private List<cn.energyinspect.workflow.WorkItem> openSteps(CaseRow row) {
        return row.processInstanceId() == null
                ? List.of()
                : workflow.openTasksOfInstance(row.processInstanceId(), row.id(), row.caseNumber());
    }

    /** What has been recorded for a case besides its row, as its view shows it. */
    private record Recorded(
            List<TeamMemberRow> team,
            List<FindingRow> findings,
            List<DocumentRow> documents,
            List<CaseMapper.Withdrawal> withdrawals,
            List<CaseMapper.Reschedule> reschedules,
            List<OnSiteRecord> onSiteRecords,
            List<CaseMapper.RecordEvidence> recordEvidence,
            List<ReviewMapper.Statement> statements,
            List<ReviewMapper.Extension> extensions,
            List<ReviewMapper.AnswerItem> answers,
            List<ReviewMapper.Review> reviews) {
        static final Recorded NOTHING = new Recorded(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private Recorded recorded(long id) {
        return new Recorded(
                cases.team(id),
                findings.ofCase(id),
                documents.ofCase(id),
                cases.withdrawals(id),
                cases.reschedules(id),
                cases.onSiteRecords(id),
                cases.recordEvidence(id),
                reviews.statements(id),
                reviews.extensions(id),
                reviews.answerItems(id),
                reviews.reviews(id));
    }

    private CaseView view(
            CaseRow row,
            String enterpriseName,
            List<cn.energyinspect.workflow.WorkItem> open,
            Recorded recorded,
            CurrentUser user) {
        boolean enterprise = user.role() == Role.ENTERPRISE;
        List<FindingRow> allFindings = recorded.findings();
        List<DocumentRow> allDocuments = recorded.documents().stream()
                .filter(d -> !enterprise || ENTERPRISE_VISIBLE_DOCUMENTS.contains(d.status()))
                .map(d -> enterprise ? withoutInternals(d) : d)
                .toList();
        List<CaseMapper.Withdrawal> withdrawals = recorded.withdrawals();
        Set<String> people = new HashSet<>();
        open.forEach(t -> people.add(t.assignee()));
        withdrawals.forEach(w -> {
            people.add(w.requestedBy());
            people.add(w.decidedBy());
        });
        Map<String, String> names = users.displayNames(people);
        return new CaseView(
                row.id(),
                row.caseNumber(),
                row.status(),
                row.status().label(),
                row.enterpriseUscc(),
                enterpriseName,
                row.regionCode(),
                row.agencyId(),
                row.caseTrigger(),
                row.inspectionType(),
                row.campaignId(),
                row.visitDate(),
                row.noticeServedOn(),
                row.onSiteEndedOn(),
                row.rectificationDeadline(),
                row.noticeServiceLate(),
                row.extensionUsed(),
                row.penaltyArticle(),
                row.outcome(),
                row.openedAt(),
                row.closedAt(),
                row.currentRound(),
                recorded.team(),
                allFindings,
                allDocuments,
                rounds(row, allFindings, allDocuments, recorded),
                recorded.reschedules().stream()
                        .map(r -> new CaseView.Reschedule(
                                r.round(), r.oldVisitDate(), r.newVisitDate(), r.reason(), r.requestedAt()))
                        .toList(),
                enterprise
                        ? List.of()
                        : withdrawals.stream()
                                .map(w -> new CaseView.Withdrawal(
                                        w.reason(),
                                        names.get(w.requestedBy()),
                                        w.requestedAt(),
                                        w.approved(),
                                        w.comment(),
                                        w.decidedBy() == null ? null : names.get(w.decidedBy())))
                                .toList(),
                open.stream()
                        .filter(t -> !enterprise || t.taskKey().startsWith("Task_Enterprise"))
                        .map(t -> new CaseView.OpenStep(
                                t.taskId(),
                                t.taskKey(),
                                t.name(),
                                t.due(),
                                t.assignee() == null ? null : names.get(t.assignee())))
                        .toList());
    }

    /** Documents an enterprise may read: those served on it. Drafts and their return comments are internal. */
    static final Set<String> ENTERPRISE_VISIBLE_DOCUMENTS = Set.of("SERVED", "ISSUED", "SUPERSEDED");

    private static DocumentRow withoutInternals(DocumentRow d) {
        return new DocumentRow(
                d.id(),
                d.caseId(),
                d.round(),
                d.kind(),
                d.documentNumber(),
                d.status(),
                null,
                d.storageKey(),
                d.sha256(),
                d.sizeBytes(),
                d.servedOn(),
                d.createdAt(),
                d.supersededBy(),
                null);
    }

    private List<CaseView.Round> rounds(
            CaseRow row, List<FindingRow> allFindings, List<DocumentRow> allDocuments, Recorded recorded) {
        Map<Integer, OnSiteRecord> records = new HashMap<>();
        recorded.onSiteRecords().forEach(r -> records.put(r.round(), r));
        Map<Integer, List<CaseMapper.RecordEvidence>> covered = new HashMap<>();
        recorded.recordEvidence()
                .forEach(e -> covered.computeIfAbsent(e.round(), r -> new ArrayList<>())
                        .add(e));
        Map<Integer, ReviewMapper.Statement> statements = new HashMap<>();
        recorded.statements().forEach(s -> statements.put(s.round(), s));
        Map<Integer, ReviewMapper.Extension> extensions = new HashMap<>();
        recorded.extensions().forEach(e -> extensions.put(e.round(), e));
        List<ReviewMapper.AnswerItem> answers = recorded.answers();
        List<ReviewMapper.Review> decided = recorded.reviews();
        List<CaseView.Round> rounds = new ArrayList<>();
        for (int round = 1; round <= row.currentRound(); round++) {
            int r = round;
            OnSiteRecord record = records.get(r);
            ReviewMapper.Statement statement = statements.get(r);
            ReviewMapper.Extension extension = extensions.get(r);
            rounds.add(new CaseView.Round(
                    r,
                    record == null
                            ? null
                            : new CaseView.Record(
                                    record.enterpriseRepresentative(),
                                    record.representativeSigned(),
                                    record.refusalReason(),
                                    record.place(),
                                    record.startedAt(),
                                    record.endedAt(),
                                    record.enteredAt(),
                                    record.enteredAt() != null
                                            && time.dateOf(record.enteredAt()).isAfter(time.dateOf(record.endedAt())),
                                    covered.getOrDefault(r, List.of())),
                    allFindings.stream().filter(f -> f.round() == r).toList(),
                    statement == null ? null : new CaseView.Statement(statement.text(), statement.submittedAt()),
                    extension == null
                            ? null
                            : new CaseView.Extension(
                                    extension.requestedUntil(), extension.reason(), extension.granted()),
                    answers.stream().filter(a -> a.round() == r).toList(),
                    decided.stream()
                            .filter(v -> v.round() == r)
                            .map(v -> new CaseView.Review(
                                    v.decision(),
                                    cn.energyinspect.app.dictionary.DisplayNames.of(
                                            cn.energyinspect.app.dictionary.DisplayNames.Category.REVIEW_DECISION,
                                            v.decision()),
                                    v.comment(),
                                    v.reinspectionDate(),
                                    v.reviewedAt()))
                            .toList(),
                    allDocuments.stream().filter(d -> d.round() == r).toList()));
        }
        return rounds;
    }

    /** The kinds a finding has ({@code finding.kind}), as the case list filters by them. */
    static final Set<String> FINDING_KINDS =
            Set.of("OVER_QUOTA", "BELOW_EFFICIENCY_LIMIT", "ELIMINATED_EQUIPMENT", "OTHER");

    /** A GB/T 4754 section letter, optionally with a division, group or class (C, C30, C301, C3011), as plans take them. */
    private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})?");

    /** Filters of the case list as the client sent them. */
    public record Filter(
            CaseStatus status,
            String regionCode,
            InspectionType type,
            String enterpriseUscc,
            LocalDate openedFrom,
            LocalDate openedTo,
            Long campaignId,
            String findingKind,
            String industry,
            int page,
            int size) {}

    @Transactional(readOnly = true)
    public CaseView.Page list(Filter filter, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(filter.page(), filter.size(), 100, errors);
        CaseQuery query = scoped(filter, user, errors, Paging.offset(filter.page(), filter.size()), filter.size());
        List<CaseRow> rows = cases.list(query);
        Map<String, String> names = new HashMap<>();
        if (!rows.isEmpty()) {
            enterprises
                    .findByUsccs(rows.stream()
                            .map(CaseRow::enterpriseUscc)
                            .distinct()
                            .toList())
                    .forEach(e -> names.put(e.uscc(), e.name()));
        }
        return new CaseView.Page(
                rows.stream()
                        .map(row -> CaseView.Summary.of(row, names.get(row.enterpriseUscc())))
                        .toList(),
                filter.page(),
                filter.size(),
                cases.count(query));
    }

    /**
     * The filter as the database runs it, always narrowed by the caller's jurisdiction; refuses a bad filter together
     * with the {@code errors} found so far. The list and its Excel export share it, so they never disagree.
     */
    CaseQuery scoped(Filter filter, CurrentUser user, List<FieldError> errors, int offset, int limit) {
        if (filter.regionCode() != null && !RegionCodes.isWellFormed(filter.regionCode())) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        }
        if (filter.findingKind() != null && !FINDING_KINDS.contains(filter.findingKind())) {
            errors.add(
                    new FieldError("findingKind", "须为 OVER_QUOTA、BELOW_EFFICIENCY_LIMIT、ELIMINATED_EQUIPMENT 或 OTHER"));
        }
        if (filter.industry() != null
                && !INDUSTRY_PREFIX.matcher(filter.industry()).matches()) {
            errors.add(new FieldError("industry", "须为国民经济行业分类代码或其前缀（GB/T 4754，例如 C、C30、C3011）"));
        }
        if (filter.openedFrom() != null
                && filter.openedTo() != null
                && filter.openedTo().isBefore(filter.openedFrom())) {
            errors.add(new FieldError("to", "结束日期不能早于开始日期"));
        }
        // the enterprise by its full code (exactly), or by part of its name or the start of its code
        String enterprise =
                filter.enterpriseUscc() == null || filter.enterpriseUscc().isBlank()
                        ? null
                        : cn.energyinspect.rules.identifier.UnifiedSocialCreditCode.normalise(filter.enterpriseUscc());
        boolean fullCode = enterprise != null && enterprise.length() == 18 && enterprise.matches("[0-9A-Z]{18}");
        if (enterprise != null && enterprise.length() > 100) {
            errors.add(new FieldError("enterprise", "不能超过 100 个字符"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        var scope = user.jurisdiction();
        return new CaseQuery(
                scope.regionPrefix(),
                scope.enterpriseUscc(),
                filter.status(),
                filter.regionCode() == null ? null : RegionCodes.prefix(filter.regionCode()),
                filter.type(),
                fullCode ? enterprise : null,
                enterprise != null && !fullCode ? filter.enterpriseUscc().strip() : null,
                filter.openedFrom() == null ? null : time.startOf(filter.openedFrom()),
                filter.openedTo() == null ? null : time.endOf(filter.openedTo()),
                filter.campaignId(),
                filter.findingKind(),
                filter.industry(),
                offset,
                limit);
    }

    /** Saves checklist answers of the current round: only the case's team, only until the round's record is signed. */
    @Transactional
    public Checklists.Checklist saveAnswers(
            long id, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> answers, CurrentUser user) {
        visible(id, user);
        CaseRow row = lockOpen(id);
        requireTeamMember(row, user, "只有本案监察组成员可以填写检查表");
        checklistService.save(row, answers, user.username());
        transitions.changed(row, "checklist", id, "CHECKLIST_ANSWERED", user.username(), null, answers);
        return checklistService.checklist(row);
    }

    /**
     * 改期: the visit moves to a new date with a reason. A notice served for the old date is kept, marked superseded,
     * and the team serves a new one for the new date (where a notice is required); the on-site step waits for it.
     */
    public record Reschedule(String visitDate, String reason) {}

    @Transactional
    public CaseView reschedule(long id, Reschedule request, CurrentUser user) {
        visible(id, user);
        requireSupervisorOfAgency(id, user, "只有本机构的科室负责人可以改期");
        CaseRow row = lockOpen(id);
        List<FieldError> errors = new ArrayList<>();
        LocalDate visit = Payloads.date(request.visitDate(), "visitDate", errors);
        String reason = Payloads.text(request.reason(), "reason", 500, true, errors);
        if (visit != null) {
            LocalDate earliest = AssignTeam.earliestVisit(row, time.today(), settings);
            if (visit.isBefore(earliest)) {
                errors.add(new FieldError("visitDate", AssignTeam.visitTooEarly(row, earliest, settings)));
            } else if (visit.isAfter(time.today().plusYears(1))) {
                errors.add(new FieldError("visitDate", "现场监察日期不能晚于一年之后"));
            } else if (visit.equals(row.visitDate())) {
                errors.add(new FieldError("visitDate", "与原定日期相同"));
            }
        }
        Payloads.failIfAny(errors);
        if (!Set.of(CaseStatus.TEAM_ASSIGNED, CaseStatus.NOTICE_SERVED, CaseStatus.REINSPECTING)
                        .contains(row.status())
                || checklistService.frozen(row)) {
            throw new Refusal(
                    cn.energyinspect.app.refusal.Refusal.Kind.STATE_CONFLICT,
                    "案件当前状态为“" + row.status().label() + "”，没有待进行的现场监察可以改期");
        }
        cases.insertReschedule(new CaseMapper.Reschedule(
                0, row.id(), row.currentRound(), row.visitDate(), visit, reason, user.username(), time.now()));
        documentsService.supersedeInspectionNotice(row);
        cases.setVisitDate(row.id(), visit);
        Map<String, Object> detail = new HashMap<>();
        detail.put("oldVisitDate", row.visitDate());
        detail.put("newVisitDate", visit);
        detail.put("reason", reason);
        CaseStatus next = row.status() == CaseStatus.NOTICE_SERVED ? CaseStatus.TEAM_ASSIGNED : row.status();
        transitions.move(row, next, "VISIT_RESCHEDULED", user.username(), detail);
        try {
            workflow.rescheduleVisit(row.id());
        } catch (cn.energyinspect.workflow.VisitNotReschedulableException e) {
            throw new Refusal(cn.energyinspect.app.refusal.Refusal.Kind.STATE_CONFLICT, "案件没有待进行的现场监察可以改期");
        }
        return detail(id, user);
    }

    /** 撤销立案 requested with a reason by a supervisor or a team member; a supervisor decides (Task_ApproveWithdrawal). */
    public record WithdrawalRequest(String reason) {}

    @Transactional
    public CaseView requestWithdrawal(long id, WithdrawalRequest request, CurrentUser user) {
        visible(id, user);
        CaseRow row = lockOpen(id);
        boolean supervisor = user.hasRole(Role.SUPERVISOR) && java.util.Objects.equals(user.agencyId(), row.agencyId());
        if (!supervisor && !onTeam(row, user)) {
            throw Refusal.forbidden("只有本机构的科室负责人或本案监察组成员可以申请撤销立案");
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = Payloads.text(request.reason(), "reason", 500, true, errors);
        Payloads.failIfAny(errors);
        if (cases.pendingWithdrawal(row.id()).isPresent()) {
            throw new Refusal(cn.energyinspect.app.refusal.Refusal.Kind.STATE_CONFLICT, "已有待审批的撤销立案申请");
        }
        cases.insertWithdrawal(row.id(), reason, user.username(), time.now());
        transitions.changed(
                row, "withdrawal", row.id(), "WITHDRAWAL_REQUESTED", user.username(), null, Map.of("reason", reason));
        workflow.requestWithdrawal(row.id());
        return detail(id, user);
    }

    /**
     * A violation the checklist does not model, recorded by the team during the on-site step of the current round:
     * what was found, the article broken (from the law list, with its penalty article), evidence, a measured value.
     */
    public record ManualFinding(
            String description, String lawArticle, List<Long> evidenceIds, Double measuredValue, String unit) {}

    @Transactional
    public FindingRow recordFinding(long id, ManualFinding request, CurrentUser user) {
        visible(id, user);
        CaseRow row = lockOpen(id);
        requireTeamMember(row, user, "只有本案监察组成员可以记录监察发现");
        requireVisitOpen(row);
        List<FieldError> errors = new ArrayList<>();
        String description = Payloads.text(request.description(), "description", 1000, true, errors);
        var procedure = cn.energyinspect.rules.procedure.Procedure.standard();
        var article = request.lawArticle() == null
                ? java.util.Optional.<cn.energyinspect.rules.procedure.LawArticle>empty()
                : procedure
                        .article(request.lawArticle())
                        .filter(a -> a.role() == cn.energyinspect.rules.procedure.LawArticle.Role.OBLIGATION);
        if (article.isEmpty()) {
            errors.add(new FieldError("lawArticle", "须为法条清单中的义务条款代码（见 /api/v1/dictionaries 的 lawArticle）"));
        }
        if (request.unit() != null && request.unit().length() > 20) {
            errors.add(new FieldError("unit", "不能超过 20 个字符"));
        }
        if (request.measuredValue() != null
                && (request.measuredValue().isNaN() || Math.abs(request.measuredValue()) >= 1e13)) {
            errors.add(new FieldError("measuredValue", "数值超出范围"));
        }
        List<Long> evidenceIds = request.evidenceIds() == null ? List.of() : request.evidenceIds();
        if (evidenceIds.size() > 50) {
            errors.add(new FieldError("evidenceIds", "不能超过 50 项"));
        }
        Payloads.failIfAny(errors);
        String kind = MANUAL_KINDS.getOrDefault(article.get().code(), "OTHER");
        FindingRow finding = new FindingRow(
                null,
                row.id(),
                row.currentRound(),
                findings.nextNumber(row.id()),
                "MANUAL",
                kind,
                description,
                null,
                null,
                null,
                null,
                null,
                article.get().citation(),
                procedure
                        .penaltyOf(article.get())
                        .map(cn.energyinspect.rules.procedure.LawArticle::citation)
                        .orElse(null),
                request.measuredValue() == null ? null : java.math.BigDecimal.valueOf(request.measuredValue()),
                null,
                request.unit(),
                null,
                null,
                null,
                null,
                user.username());
        findings.insert(finding);
        FindingRow stored = findings.ofRound(row.id(), row.currentRound()).stream()
                .filter(f -> f.findingNo() == finding.findingNo())
                .findFirst()
                .orElseThrow();
        evidenceFiles.attachToFinding(row.id(), stored.id(), evidenceIds);
        transitions.changed(row, "finding", stored.id(), "MANUAL_FINDING_RECORDED", user.username(), null, stored);
        return stored;
    }

    @Transactional
    public void removeFinding(long id, long findingId, CurrentUser user) {
        visible(id, user);
        CaseRow row = lockOpen(id);
        requireTeamMember(row, user, "只有本案监察组成员可以删除监察发现");
        requireVisitOpen(row);
        FindingRow finding = findings.find(row.id(), findingId)
                .filter(f -> f.round() == row.currentRound() && "MANUAL".equals(f.source()))
                .orElseThrow(() -> Refusal.notFound("本轮由监察员记录的监察发现"));
        evidenceFiles.detachFromFinding(row.id(), findingId);
        findings.deleteManual(row.id(), row.currentRound(), findingId);
        transitions.changed(row, "finding", findingId, "MANUAL_FINDING_REMOVED", user.username(), finding, null);
    }

    /** The finding kind a manual finding of an article is counted as (so the dashboards count it where it belongs). */
    private static final Map<String, String> MANUAL_KINDS = Map.of(
            "EL16",
            "OVER_QUOTA",
            "EL17_ELIMINATED",
            "ELIMINATED_EQUIPMENT",
            "EL17_SUBSTANDARD",
            "BELOW_EFFICIENCY_LIMIT");

    private void requireVisitOpen(CaseRow row) {
        if (!Set.of(CaseStatus.TEAM_ASSIGNED, CaseStatus.NOTICE_SERVED, CaseStatus.REINSPECTING)
                        .contains(row.status())
                || checklistService.frozen(row)) {
            throw new Refusal(cn.energyinspect.app.refusal.Refusal.Kind.STATE_CONFLICT, "只有在现场监察进行中（笔录签署前）才能记录或删除监察发现");
        }
    }

    private CaseRow lockOpen(long id) {
        CaseRow row = cases.findForUpdate(id).orElseThrow(() -> Refusal.notFound("案件"));
        if (row.status().isFinal()) {
            throw new Refusal(
                    cn.energyinspect.app.refusal.Refusal.Kind.STATE_CONFLICT,
                    "案件已" + row.status().label() + "，不能再修改");
        }
        return row;
    }

    private boolean onTeam(CaseRow row, CurrentUser user) {
        return cases.team(row.id()).stream().anyMatch(m -> m.username().equals(user.username()));
    }

    private void requireTeamMember(CaseRow row, CurrentUser user, String refusal) {
        if (!onTeam(row, user)) {
            throw Refusal.forbidden(refusal);
        }
    }

    private void requireSupervisorOfAgency(long id, CurrentUser user, String refusal) {
        CaseRow row = cases.find(id).orElseThrow();
        if (!user.hasRole(Role.SUPERVISOR) || !java.util.Objects.equals(user.agencyId(), row.agencyId())) {
            throw Refusal.forbidden(refusal);
        }
    }

    /**
     * A document's PDF: a served one as stored; a rectification notice not yet served rendered for the agency's users to
     * read (the approver reads what it approves). An enterprise reads only what was served on it.
     */
    @Transactional(readOnly = true)
    public CaseDocuments.Download document(long id, long documentId, CurrentUser user) {
        CaseRow row = visible(id, user);
        DocumentRow document = documents
                .find(id, documentId)
                .filter(d -> d.storageKey() != null
                        || (user.role() != Role.ENTERPRISE
                                && CaseDocuments.RECTIFICATION_NOTICE.equals(d.kind())
                                && CaseDocuments.UNISSUED.contains(d.status())))
                .filter(d -> user.role() != Role.ENTERPRISE || ENTERPRISE_VISIBLE_DOCUMENTS.contains(d.status()))
                .orElseThrow(() -> Refusal.notFound("文书"));
        return documentsService.download(row, document);
    }

    /** The case if the user may see it; otherwise 404, as if it did not exist. */
    CaseRow visible(long id, CurrentUser user) {
        return cases.find(id)
                .filter(c -> user.jurisdiction().coversEnterprise(c.enterpriseUscc(), c.regionCode()))
                .orElseThrow(() -> Refusal.notFound("案件"));
    }
}
