package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton;
import cn.energyinspect.bpmn.CampaignProcess;
import cn.energyinspect.bpmn.CreditPublicationProcess;
import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.bpmn.ReportRoundProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess.Beans;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Import this into the application ({@code @Import(WorkflowConfiguration.class)}). It needs the engine's services (the
 * Camunda Spring Boot starter provides them), a {@link CaseLifecyclePort}, a {@link CampaignPort}, a {@link
 * PenaltyPort}, a {@link CreditPublicationPort}, a {@link ReportRoundPort}, a {@link DeskReviewPort}, an {@link
 * ApprovalPort} and a {@link CalendarPort} bean (the application implements them).
 * The delegate beans carry the names the BPMN's {@code camunda:delegateExpression}s use; the calendar plugin is picked
 * up by the starter like every {@link ProcessEnginePlugin} bean.
 */
@Configuration(proxyBeanMethods = false)
public class WorkflowConfiguration {

    @Bean
    public InspectionWorkflow inspectionWorkflow(
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            HistoryService historyService) {
        return new CamundaInspectionWorkflow(runtimeService, taskService, identityService, historyService);
    }

    @Bean
    public CampaignWorkflow campaignWorkflow(RuntimeService runtimeService) {
        return new CamundaCampaignWorkflow(runtimeService);
    }

    @Bean
    public ReportRoundWorkflow reportRoundWorkflow(RuntimeService runtimeService) {
        return new CamundaReportRoundWorkflow(runtimeService);
    }

    @Bean
    public DeskReviewWorkflow deskReviewWorkflow(RuntimeService runtimeService) {
        return new CamundaDeskReviewWorkflow(runtimeService);
    }

    @Bean
    public ProcessEnginePlugin workingDayCalendarPlugin(CalendarPort calendars) {
        return new WorkingDayCalendarPlugin(
                new WorkingDayBusinessCalendar(calendars, WorkingDayBusinessCalendar.CHINA));
    }

    @Bean
    public WorkingDayTimers workingDayTimers(
            ManagementService managementService,
            TaskService taskService,
            RepositoryService repositoryService,
            CalendarPort calendars) {
        return new CamundaWorkingDayTimers(
                managementService,
                taskService,
                repositoryService,
                new WorkingDayBusinessCalendar(calendars, WorkingDayBusinessCalendar.CHINA),
                WorkingDayBusinessCalendar.CHINA);
    }

    @Bean(Beans.STATEMENT_PERIOD_OVER)
    public JavaDelegate statementPeriodOverDelegate(CaseLifecyclePort port) {
        return new StatementPeriodOverDelegate(port);
    }

    @Bean(Beans.NOTICE_SERVICE_ESCALATION)
    public JavaDelegate noticeServiceEscalationDelegate(CaseLifecyclePort port) {
        return new NoticeServiceEscalationDelegate(port);
    }

    @Bean(Beans.NOTICE_SERVICE_LATE)
    public JavaDelegate noticeServiceLateDelegate(CaseLifecyclePort port) {
        return new NoticeServiceLateDelegate(port);
    }

    @Bean(Beans.REFER_FOR_PENALTY)
    public JavaDelegate referForPenaltyDelegate(CaseLifecyclePort port) {
        return new ReferForPenaltyDelegate(port);
    }

    @Bean(Beans.CASE_CLOSED)
    public JavaDelegate caseClosedDelegate(CaseLifecyclePort port) {
        return new CaseClosedDelegate(port);
    }

    @Bean(Beans.CASE_WITHDRAWN)
    public JavaDelegate caseWithdrawnDelegate(CaseLifecyclePort port) {
        return new CaseWithdrawnDelegate(port);
    }

    @Bean(CampaignProcess.Beans.PHASE_OVERDUE)
    public JavaDelegate campaignPhaseOverdueDelegate(CampaignPort port) {
        return new CampaignPhaseOverdueDelegate(port);
    }

    @Bean(CampaignProcess.Beans.FINISHED)
    public JavaDelegate campaignFinishedDelegate(CampaignPort port) {
        return new CampaignFinishedDelegate(port);
    }

    @Bean(ReportRoundProcess.Beans.REMINDER)
    public JavaDelegate reportReminderDelegate(ReportRoundPort port) {
        return new ReportReminderDelegate(port);
    }

    @Bean(ReportRoundProcess.Beans.MISSING)
    public JavaDelegate reportMissingDelegate(ReportRoundPort port) {
        return new ReportMissingDelegate(port);
    }

    @Bean(ReportRoundProcess.Beans.CLOSED)
    public JavaDelegate reportRoundClosedDelegate(ReportRoundPort port) {
        return new ReportRoundClosedDelegate(port);
    }

    @Bean(DeskReviewProcess.Beans.CLOSED)
    public JavaDelegate deskCaseClosedDelegate(DeskReviewPort port) {
        return new DeskCaseClosedDelegate(port);
    }

    @Bean(DeskReviewProcess.Beans.ANSWER_PERIOD_OVER)
    public JavaDelegate deskAnswerPeriodOverDelegate(DeskReviewPort port) {
        return new DeskAnswerPeriodOverDelegate(port);
    }

    @Bean(DeskReviewProcess.Beans.RECTIFICATION_ORDERED)
    public JavaDelegate deskRectificationOrderedDelegate(DeskReviewPort port) {
        return new DeskRectificationOrderedDelegate(port);
    }

    @Bean(DeskReviewProcess.Beans.ESCALATED)
    public JavaDelegate deskEscalatedDelegate(DeskReviewPort port) {
        return new DeskEscalatedDelegate(port);
    }

    @Bean
    public PenaltyWorkflow penaltyWorkflow(
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            HistoryService historyService) {
        return new CamundaPenaltyWorkflow(
                runtimeService, taskService, identityService, historyService, WorkingDayBusinessCalendar.CHINA);
    }

    @Bean(PenaltyProcess.Beans.STATEMENT_PERIOD_OVER)
    public JavaDelegate penaltyStatementPeriodOverDelegate(PenaltyPort port) {
        return new PortCallDelegate("WF-P01", "statement period (陈述申辩) over", port::partyStatementPeriodOver);
    }

    @Bean(PenaltyProcess.Beans.DECISION_DUE)
    public JavaDelegate penaltyDecisionDueDelegate(PenaltyPort port) {
        return new PortCallDelegate("WF-P02", "decision limit approaching", port::decisionDue);
    }

    @Bean(PenaltyProcess.Beans.DECISION_LATE)
    public JavaDelegate penaltyDecisionLateDelegate(PenaltyPort port) {
        return new PortCallDelegate(
                "WF-P03", "90 days from registration passed without a decision", port::decisionLate);
    }

    @Bean(PenaltyProcess.Beans.SERVICE_LATE)
    public JavaDelegate penaltyServiceLateDelegate(PenaltyPort port) {
        return new PortCallDelegate("WF-P04", "decision not served within 7 working days", port::serviceLate);
    }

    @Bean(PenaltyProcess.Beans.DECISION_SERVED)
    public JavaDelegate penaltyDecisionServedDelegate(PenaltyPort port) {
        return new PortCallDelegate("WF-P05", "decision served, publication starts", port::decisionServed);
    }

    @Bean(PenaltyProcess.Beans.PAYMENT_OVERDUE)
    public JavaDelegate penaltyPaymentOverdueDelegate(PenaltyPort port) {
        return new PortCallDelegate("WF-P06", "fine not paid within 15 days", port::paymentOverdue);
    }

    @Bean(PenaltyProcess.Beans.CLOSED)
    public JavaDelegate penaltyClosedDelegate(PenaltyPort port) {
        return new PenaltyClosedDelegate(port);
    }

    @Bean(CreditPublicationProcess.Beans.NOT_REQUIRED)
    public JavaDelegate publicationNotRequiredDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C01", "light record not published", port::recordNotPublished);
    }

    @Bean(CreditPublicationProcess.Beans.ESCALATION)
    public JavaDelegate publicationEscalationDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C02", "record not yet published on working day 5", port::publicationEscalated);
    }

    @Bean(CreditPublicationProcess.Beans.LATE)
    public JavaDelegate publicationLateDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C03", "record not published within 7 working days", port::publicationLate);
    }

    @Bean(CreditPublicationProcess.Beans.ENDED)
    public JavaDelegate publicationEndedDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C04", "publication period ended", port::publicationEnded);
    }

    @Bean(CreditPublicationProcess.Beans.REPAIRED)
    public JavaDelegate publicationRepairedDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C05", "credit repaired, publication ended early", port::recordRepaired);
    }

    @Bean(CreditPublicationProcess.Beans.REPAIR_LATE)
    public JavaDelegate repairDecisionLateDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C06", "repair request not decided in time", port::repairDecisionLate);
    }

    @Bean(CreditPublicationProcess.Beans.CORRECTED)
    public JavaDelegate publicationCorrectedDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C07", "decision amended, record corrected", port::recordCorrected);
    }

    @Bean(CreditPublicationProcess.Beans.WITHDRAWN)
    public JavaDelegate publicationWithdrawnDelegate(CreditPublicationPort port) {
        return new PortCallDelegate("WF-C08", "decision revoked, record withdrawn", port::recordWithdrawn);
    }

    @Bean
    public CapacityReplacementWorkflow capacityReplacementWorkflow(RuntimeService runtimeService) {
        return new CamundaApprovalWorkflow.CapacityReplacement(runtimeService);
    }

    @Bean
    public WhiteListWorkflow whiteListWorkflow(RuntimeService runtimeService) {
        return new CamundaApprovalWorkflow.WhiteList(runtimeService);
    }

    @Bean(ApprovalSkeleton.Beans.PUBLICITY_START)
    public JavaDelegate approvalPublicityStartDelegate(ApprovalPort port) {
        return new ApprovalPublicityStartDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.PUBLICITY_END)
    public JavaDelegate approvalPublicityEndDelegate(ApprovalPort port) {
        return new ApprovalPublicityEndDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.APPROVED)
    public JavaDelegate approvalApprovedDelegate(ApprovalPort port) {
        return new ApprovalApprovedDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.REFUSED)
    public JavaDelegate approvalRefusedDelegate(ApprovalPort port) {
        return new ApprovalRefusedDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.MILESTONE_OVERDUE)
    public JavaDelegate approvalMilestoneOverdueDelegate(ApprovalPort port) {
        return new ApprovalMilestoneOverdueDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.COMPLETED)
    public JavaDelegate approvalCompletedDelegate(ApprovalPort port) {
        return new ApprovalCompletedDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.REVOKED)
    public JavaDelegate approvalRevokedDelegate(ApprovalPort port) {
        return new ApprovalRevokedDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.LISTING_RENEWED)
    public JavaDelegate approvalListingRenewedDelegate(ApprovalPort port) {
        return new ApprovalListingRenewedDelegate(port);
    }

    @Bean(ApprovalSkeleton.Beans.DELISTED)
    public JavaDelegate approvalDelistedDelegate(ApprovalPort port) {
        return new ApprovalDelistedDelegate(port);
    }
}
