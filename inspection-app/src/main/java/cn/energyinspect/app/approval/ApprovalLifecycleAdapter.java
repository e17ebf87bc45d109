package cn.energyinspect.app.approval;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.approval.capacity.CapacityPlanForm;
import cn.energyinspect.app.calendar.BusinessCalendar;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.inspection.CaseTrigger;
import cn.energyinspect.app.inspection.InspectionCases;
import cn.energyinspect.app.inspection.InspectionType;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.ApprovalSkeleton.Milestones;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import cn.energyinspect.workflow.ApprovalPort;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the approval processes tell the application: the 公示 starting (its window: first working day from today, N
 * working days with both ends counted) and ending, the decision's papers, refusals, overdue follow-ups handed to a
 * 节能监察 case, revocations and the listing's renewal. Runs in the engine's transaction; each call reads the
 * application under lock, so a retried job finds the state it left.
 */
@Component
class ApprovalLifecycleAdapter implements ApprovalPort {
    private static final Logger log = LoggerFactory.getLogger(ApprovalLifecycleAdapter.class);
    static final String PROCESS = "process";

    private final ApprovalMapper approvals;
    private final ApprovalTransitions transitions;
    private final ApprovalDocuments documents;
    private final Applications applications;
    private final PreChecks prechecks;
    private final BusinessCalendar calendar;
    private final BusinessTime time;
    private final InspectionCases cases;
    private final AgencyMapper agencies;
    private final EnterpriseMapper enterprises;

    ApprovalLifecycleAdapter(
            ApprovalMapper approvals,
            ApprovalTransitions transitions,
            ApprovalDocuments documents,
            Applications applications,
            PreChecks prechecks,
            BusinessCalendar calendar,
            BusinessTime time,
            InspectionCases cases,
            AgencyMapper agencies,
            EnterpriseMapper enterprises) {
        this.approvals = approvals;
        this.transitions = transitions;
        this.documents = documents;
        this.applications = applications;
        this.prechecks = prechecks;
        this.calendar = calendar;
        this.time = time;
        this.cases = cases;
        this.agencies = agencies;
        this.enterprises = enterprises;
    }

    @Override
    public PublicityWindow publicityStarts(String programme, long applicationId) {
        ApprovalRow row = lock(applicationId);
        int days = prechecks.settings(row.regionCode()).publicityWorkingDays();
        WorkingDayCalendar workingDays = calendar.calendar().allowingProvisional();
        LocalDate first = time.today();
        while (!workingDays.isWorkingDay(first)) {
            first = first.plusDays(1);
        }
        LocalDate last = workingDays.addWorkingDays(first, days - 1).deadline();
        int round = row.publicityRound() + 1;
        approvals.setPublicity(applicationId, first, last, days, round);
        transitions.move(
                row,
                ApplicationStatus.PUBLICITY,
                "PUBLICITY_STARTED",
                PROCESS,
                Map.of("start", first.toString(), "end", last.toString(), "workingDays", days, "round", round));
        log.info("AP-101 publicity started: application {} {} to {} ({} WD)", applicationId, first, last, days);
        return new PublicityWindow(first, days);
    }

    @Override
    public boolean publicityEnded(String programme, long applicationId) {
        ApprovalRow row = lock(applicationId);
        boolean open = approvals.openObjections(applicationId) > 0
                || approvals.substantiatedObjections(applicationId, row.publicityRound()) > 0;
        transitions.move(
                row,
                open ? ApplicationStatus.OBJECTIONS : ApplicationStatus.DECISION,
                "PUBLICITY_ENDED",
                PROCESS,
                Map.of("objectionsOpen", open));
        return open;
    }

    @Override
    public LocalDate approved(String programme, long applicationId) {
        ApprovalRow row = lock(applicationId);
        Object form = applications.read(row);
        approvals.setDecided(applicationId, time.now());
        LocalDate due;
        if (form instanceof CapacityPlanForm plan) {
            due = plan.plannedStart();
            approvals.upsertMilestone(applicationId, Milestones.SHUTDOWN, due);
        } else {
            LocalDate from = time.today();
            due = from.plusMonths(prechecks.settings(row.regionCode()).listingMonths())
                    .minusDays(1);
            approvals.setListing(applicationId, from, due);
        }
        documents.approved(lock(applicationId), form);
        transitions.move(
                row, ApplicationStatus.APPROVED, "APPROVAL_ISSUED", PROCESS, Map.of("followUpDue", due.toString()));
        return due;
    }

    @Override
    public void refused(String programme, long applicationId) {
        ApprovalRow row = lock(applicationId);
        ApplicationStatus to =
                row.status() == ApplicationStatus.OBJECTIONS ? ApplicationStatus.WITHDRAWN : ApplicationStatus.REFUSED;
        transitions.move(row, to, "APPROVAL_REFUSED", PROCESS, null);
    }

    @Override
    public void milestoneOverdue(String programme, long applicationId, String milestone) {
        ApprovalRow row = lock(applicationId);
        String region =
                enterprises.findByUscc(row.enterpriseUscc()).orElseThrow().regionCode();
        Agency agency = Stream.of(region, RegionCodes.cityOf(region), RegionCodes.provinceOf(region))
                .map(agencies::findByRegion)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no inspection agency covers " + region));
        // the handoff acts for the agency that covers the enterprise, as a supervisor of it would open a case
        CurrentUser handoff =
                new CurrentUser(0L, PROCESS, "产能置换后续跟踪", Role.SUPERVISOR, agency.regionCode(), agency.id(), null);
        long caseId = cases.open(
                        new InspectionCases.OpenCase(
                                row.enterpriseUscc(), CaseTrigger.TRANSFER, InspectionType.ON_SITE, null),
                        handoff)
                .id();
        approvals.setMilestoneCase(applicationId, milestone, caseId);
        transitions.changed(
                row, "approval_milestone", milestone, "MILESTONE_OVERDUE", PROCESS, Map.of("caseId", caseId));
        log.warn(
                "AP-201 follow-up overdue: application {} milestone {} handed to case {}",
                applicationId,
                milestone,
                caseId);
    }

    @Override
    public void completed(String programme, long applicationId) {
        ApprovalRow row = lock(applicationId);
        transitions.move(row, ApplicationStatus.COMPLETED, "APPROVAL_COMPLETED", PROCESS, null);
    }

    @Override
    public void revoked(String programme, long applicationId, String kind) {
        ApprovalRow row = lock(applicationId);
        documents.revoked(row, kind);
        transitions.move(
                row,
                kind.equals("SUSPEND") ? ApplicationStatus.SUSPENDED : ApplicationStatus.REVOKED,
                "APPROVAL_REVOKED",
                PROCESS,
                kind);
    }

    @Override
    public LocalDate listingRenewed(String programme, long applicationId) {
        ApprovalRow row = lock(applicationId);
        LocalDate from = row.validTo().plusDays(1);
        LocalDate to = from.plusMonths(prechecks.settings(row.regionCode()).listingMonths())
                .minusDays(1);
        approvals.setListing(applicationId, from, to);
        transitions.changed(row, "approval", applicationId, "LISTING_RENEWED", PROCESS, to.toString());
        return to;
    }

    @Override
    public void delisted(String programme, long applicationId) {
        ApprovalRow row = lock(applicationId);
        transitions.move(row, ApplicationStatus.DELISTED, "LISTING_ENDED", PROCESS, null);
    }

    private ApprovalRow lock(long applicationId) {
        return approvals
                .lock(applicationId)
                .orElseThrow(() -> new IllegalStateException("no application " + applicationId));
    }
}
