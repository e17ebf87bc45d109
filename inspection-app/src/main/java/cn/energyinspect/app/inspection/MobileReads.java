package cn.energyinspect.app.inspection;

import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.mobile.MobileModels;
import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.workflow.InspectionWorkflow;
import cn.energyinspect.workflow.WorkItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an inspector's device reads: the inspections of the user's teams, the offline bundle of one, what the server has
 * of a visit, and the visit's trace for the case pages.
 */
@Component
class MobileReads {
    /** Most inspections listed for one inspector, and most earlier findings in a bundle. */
    static final int LIMIT = 200;

    private final UserDirectory users;
    private final InspectionWorkflow workflow;
    private final InspectionCases cases;
    private final CaseMapper caseRows;
    private final Checklists checklists;
    private final EnterpriseMapper enterprises;
    private final MobileRequestMapper requests;
    private final MobileSyncMapper sync;
    private final BusinessTime time;
    private final ObjectMapper json;

    MobileReads(
            UserDirectory users,
            InspectionWorkflow workflow,
            InspectionCases cases,
            CaseMapper caseRows,
            Checklists checklists,
            EnterpriseMapper enterprises,
            MobileRequestMapper requests,
            MobileSyncMapper sync,
            BusinessTime time,
            ObjectMapper json) {
        this.users = users;
        this.workflow = workflow;
        this.cases = cases;
        this.caseRows = caseRows;
        this.checklists = checklists;
        this.enterprises = enterprises;
        this.requests = requests;
        this.sync = sync;
        this.time = time;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<MobileModels.AssignedInspection> assignedInspections(String username) {
        user(username);
        return sync.openCasesOfMember(username, LIMIT).stream()
                .map(caseRows::find)
                .flatMap(Optional::stream)
                .map(this::assigned)
                .toList();
    }

    @Transactional(readOnly = true)
    public MobileModels.ChecklistForm checklist(String username, long caseId) {
        return form(teamCase(caseId, user(username)));
    }

    @Transactional(readOnly = true)
    public MobileModels.OfflineBundle bundle(String username, long caseId) {
        CaseRow row = teamCase(caseId, user(username));
        EnterpriseRow enterprise = enterprises.findByUscc(row.enterpriseUscc()).orElseThrow();
        MobileModels.ChecklistForm form = form(row);
        boolean quota = form.items().stream().anyMatch(i -> "QUOTA".equals(i.kind()));
        boolean equipment = form.items().stream().anyMatch(i -> "EQUIPMENT".equals(i.kind()));
        return new MobileModels.OfflineBundle(
                row.id(),
                time.now(),
                assigned(row),
                new MobileModels.Enterprise(
                        enterprise.uscc(),
                        enterprise.name(),
                        enterprise.regionCode(),
                        enterprise.regionName(),
                        enterprise.address(),
                        enterprise.industryCode(),
                        enterprise.annualEnergyTce() == null
                                ? null
                                : enterprise.annualEnergyTce().doubleValue(),
                        enterprise.energyYear(),
                        enterprise.keyEnergyUnit(),
                        enterprise.contactName(),
                        enterprise.contactPhone()),
                form,
                sync.previousFindings(row.enterpriseUscc(), row.id(), row.currentRound(), LIMIT).stream()
                        .map(f -> new MobileModels.PreviousFinding(
                                f.caseId(),
                                f.caseNumber(),
                                f.round(),
                                f.findingNo(),
                                f.kind(),
                                f.description(),
                                f.lawArticle(),
                                f.deadline(),
                                f.rectification(),
                                f.caseStatus()))
                        .toList(),
                quota ? quotaIndicators() : List.of(),
                equipment ? equipmentTypes() : List.of(),
                received(row, row.currentRound()));
    }

    @Transactional(readOnly = true)
    public MobileModels.SyncStatus syncStatus(String username, long caseId) {
        CaseRow row = teamCase(caseId, user(username));
        Checklists.Checklist checklist = checklists.checklist(row);
        return new MobileModels.SyncStatus(
                row.id(),
                row.status().name(),
                row.currentRound(),
                checklist.frozen(),
                onSiteTask(row).isPresent(),
                time.now(),
                checklist.versions(),
                received(row, row.currentRound()),
                requests.ofCase(row.id(), username, 500).stream()
                        .map(c -> new MobileModels.ReceivedCommand(
                                c.clientRequestId(), c.command(), c.status(), c.resourceId(), c.receivedAt()))
                        .toList());
    }

    /** The visit's trace for an agency user who may see the case (the case pages). */
    @Transactional(readOnly = true)
    public MobileModels.VisitTrace trace(CurrentUser user, long caseId, Integer round) {
        return trace(cases.visible(caseId, user), round);
    }

    /** The visit's trace for the inspector's device: the case's team only. */
    @Transactional(readOnly = true)
    public MobileModels.VisitTrace trace(String username, long caseId, Integer round) {
        return trace(teamCase(caseId, user(username)), round);
    }

    private MobileModels.VisitTrace trace(CaseRow row, Integer round) {
        int which = round == null ? row.currentRound() : round;
        var visit = sync.visit(row.id(), which);
        return new MobileModels.VisitTrace(
                row.id(),
                which,
                visit.map(MobileSyncMapper.VisitRow::startedAt).orElse(null),
                visit.map(MobileSyncMapper.VisitRow::endedAt).orElse(null),
                visit.map(MobileSyncMapper.VisitRow::receivedAt).orElse(null),
                visit.map(MobileSyncMapper.VisitRow::submittedBy).orElse(null),
                visit.map(v -> position(
                                v.startLatitude(),
                                v.startLongitude(),
                                v.startAccuracyM(),
                                v.startFixedAt(),
                                v.startNoFix()))
                        .orElse(null),
                visit.map(v -> position(
                                v.endLatitude(), v.endLongitude(), v.endAccuracyM(), v.endFixedAt(), v.endNoFix()))
                        .orElse(null),
                received(row, which));
    }

    /** The case if the user is on its team; to anyone else it does not exist here (404). */
    CaseRow teamCase(long caseId, CurrentUser user) {
        CaseRow row = cases.visible(caseId, user);
        if (caseRows.team(row.id()).stream().noneMatch(m -> m.username().equals(user.username()))) {
            throw Refusal.notFound("案件");
        }
        return row;
    }

    CurrentUser user(String username) {
        return users.byUsername(username).orElseThrow(() -> Refusal.notFound("用户"));
    }

    private MobileModels.ChecklistForm form(CaseRow row) {
        Checklists.Checklist checklist = checklists.checklist(row);
        ChecklistTemplate template = checklist.template();
        return new MobileModels.ChecklistForm(
                row.id(),
                template.code(),
                template.version(),
                template.title(),
                template.items().stream()
                        .map(i -> new MobileModels.ChecklistForm.Item(
                                i.code(),
                                i.kind(),
                                i.label(),
                                i.unit(),
                                required(i),
                                i.lawArticle(),
                                i.penaltyArticle()))
                        .toList(),
                checklist.answers(),
                checklist.round(),
                checklist.frozen(),
                checklist.versions());
    }

    /** An item the visit is incomplete without: an obligation of the law, or the quota figures. */
    static boolean required(ChecklistTemplate.Item item) {
        return item.lawArticle() != null || "QUOTA".equals(item.kind());
    }

    private MobileModels.AssignedInspection assigned(CaseRow row) {
        EnterpriseRow enterprise = enterprises.findByUscc(row.enterpriseUscc()).orElseThrow();
        ChecklistTemplate template = checklists.template(row);
        List<TeamMemberRow> team = caseRows.team(row.id());
        Optional<WorkItem> task = onSiteTask(row);
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
                task.map(WorkItem::taskId).orElse(null),
                row.status().name(),
                task.isPresent() ? "ON_SITE" : "COMING",
                row.currentRound(),
                team.stream()
                        .map(m ->
                                new MobileModels.TeamMember(m.username(), m.displayName(), m.role(), m.certificateNo()))
                        .toList(),
                team.stream()
                        .filter(m -> "LEADER".equals(m.role()))
                        .map(TeamMemberRow::username)
                        .findFirst()
                        .orElse(null));
    }

    private Optional<WorkItem> onSiteTask(CaseRow row) {
        return workflow.openTasks(row.id()).stream()
                .filter(t -> t.taskKey().equals(SiteInspectionProcess.TASK_ON_SITE_INSPECTION))
                .findFirst();
    }

    private List<MobileModels.ReceivedEvidence> received(CaseRow row, int round) {
        return sync.teamEvidence(row.id()).stream()
                .filter(e -> e.round() == round)
                .map(e -> new MobileModels.ReceivedEvidence(
                        e.evidenceId(),
                        e.sha256(),
                        e.kind(),
                        e.caption(),
                        e.itemCode(),
                        e.mediaType(),
                        e.sizeBytes(),
                        e.originalName(),
                        e.uploadedBy(),
                        e.takenAt(),
                        e.receivedAt(),
                        e.latitude() == null && e.noFix() == null
                                ? null
                                : position(e.latitude(), e.longitude(), e.accuracyM(), e.takenAt(), e.noFix()),
                        e.exifTakenAt(),
                        number(e.exifLatitude()),
                        number(e.exifLongitude()),
                        e.originalBytes(),
                        e.signerRole(),
                        e.signer()))
                .toList();
    }

    /**
     * The quota indicators with what the form needs: names, unit, every condition field with its range and unit and
     * whether grading needs it, and the references of the editions loaded (the legal basis).
     */
    private List<JsonNode> quotaIndicators() {
        return QuotaGrading.standard().indicators().stream()
                .map(indicator -> {
                    ObjectNode node = json.valueToTree(indicator);
                    ArrayNode editions = node.putArray("editions");
                    indicator
                            .editions()
                            .forEach(b -> editions.addObject()
                                    .put("reference", b.reference())
                                    .put(
                                            "effectiveFrom",
                                            b.effectiveFrom() == null
                                                    ? null
                                                    : b.effectiveFrom().toString()));
                    return (JsonNode) node;
                })
                .toList();
    }

    private List<JsonNode> equipmentTypes() {
        return EquipmentConformity.standard().types().stream()
                .map(type -> {
                    ObjectNode node = json.valueToTree(type);
                    ArrayNode editions = node.putArray("editions");
                    type.editions()
                            .forEach(b -> editions.addObject()
                                    .put("reference", b.reference())
                                    .put(
                                            "effectiveFrom",
                                            b.effectiveFrom() == null
                                                    ? null
                                                    : b.effectiveFrom().toString()));
                    return (JsonNode) node;
                })
                .toList();
    }

    private static MobileModels.Position position(
            BigDecimal latitude, BigDecimal longitude, BigDecimal accuracy, java.time.Instant at, String noFix) {
        return new MobileModels.Position(number(latitude), number(longitude), number(accuracy), at, noFix);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
