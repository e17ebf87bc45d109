package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.workflow.CaseStart;
import cn.energyinspect.workflow.InspectionWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Clock clock;

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
            Clock clock) {
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
        this.clock = clock;
    }

    /** Opens a case; a campaign draw passes its campaign id. */
    public record OpenCase(
            String enterpriseUscc, CaseTrigger trigger, InspectionType inspectionType, Long campaignId) {}

    @Transactional
    public CaseView open(OpenCase command, CurrentUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.PROVINCE_ADMIN) || user.agencyId() == null) {
            throw ApiProblem.forbidden("只有监察机构的科室负责人或管理员可以立案");
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
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Agency agency = agencies.findById(user.agencyId()).orElseThrow(() -> ApiProblem.forbidden("用户未关联监察机构"));
        EnterpriseRow enterprise = enterprises
                .findByUscc(command.enterpriseUscc())
                .filter(e -> RegionCodes.isWithin(e.regionCode(), agency.regionCode()))
                .orElseThrow(() -> ApiProblem.invalid("enterpriseUscc", "企业不存在或不在本机构管辖范围内"));
        long id = insertAndStart(agency, enterprise, command, List.of(), user.username());
        return detail(id, user);
    }

    /**
     * Inserts a case with the agency's next number and starts its process. A team drawn at random (campaign draws)
     * goes with it, so the process skips Task_AssignTeam; the caller records the team.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    long insertAndStart(
            Agency agency, EnterpriseRow enterprise, OpenCase command, List<String> drawnTeam, String username) {
        ChecklistMapper.TemplateRow template = checklists
                .latest(command.inspectionType())
                .orElseThrow(() -> new IllegalStateException("no checklist template for " + command.inspectionType()));
        int year = LocalDate.now(clock).getYear();
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
                username);
        cases.insert(row);
        String processInstance = workflow.startCase(new CaseStart(
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
            throw ApiProblem.forbidden("只有监察机构负责人可以指派监察组");
        }
        return cases.agencyInspectors(row.agencyId(), row.enterpriseUscc(), date == null ? LocalDate.now(clock) : date);
    }

    @Transactional(readOnly = true)
    public CaseView detail(long id, CurrentUser user) {
        CaseRow row = visible(id, user);
        String enterpriseName = enterprises
                .findByUscc(row.enterpriseUscc())
                .map(EnterpriseRow::name)
                .orElse(null);
        List<CaseView.OpenStep> steps = (row.processInstanceId() == null
                        ? List.<cn.energyinspect.workflow.WorkItem>of()
                        : workflow.openTasksOfInstance(row.processInstanceId()))
                .stream()
                        .map(t -> new CaseView.OpenStep(t.taskId(), t.taskKey(), t.name(), t.due()))
                        .toList();
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
                cases.team(id),
                findings.ofCase(id),
                documents.ofCase(id),
                steps);
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
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        var scope = user.jurisdiction();
        return new CaseQuery(
                scope.regionPrefix(),
                scope.enterpriseUscc(),
                filter.status(),
                filter.regionCode() == null ? null : RegionCodes.prefix(filter.regionCode()),
                filter.type(),
                filter.enterpriseUscc(),
                filter.openedFrom(),
                filter.openedTo(),
                filter.campaignId(),
                filter.findingKind(),
                filter.industry(),
                offset,
                limit);
    }

    /** Saves checklist answers: only the case's team, only while the case is open. */
    @Transactional
    public Checklists.Checklist saveAnswers(
            long id, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> answers, CurrentUser user) {
        CaseRow row = visible(id, user);
        if (row.status().isFinal()) {
            throw new ApiProblem(cn.energyinspect.app.web.ProblemType.STATE_CONFLICT, "案件已结案，不能再修改");
        }
        if (cases.team(id).stream().noneMatch(m -> m.username().equals(user.username()))) {
            throw ApiProblem.forbidden("只有本案监察组成员可以填写检查表");
        }
        checklistService.save(row, answers, user.username());
        audit.record(id, "checklist", id, "CHECKLIST_ANSWERED", user.username(), null, answers);
        return checklistService.checklist(row);
    }

    /** The case if the user may see it; otherwise 404, as if it did not exist. */
    CaseRow visible(long id, CurrentUser user) {
        return cases.find(id)
                .filter(c -> user.jurisdiction().coversEnterprise(c.enterpriseUscc(), c.regionCode()))
                .orElseThrow(() -> ApiProblem.notFound("案件"));
    }
}
