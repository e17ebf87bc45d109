package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton;
import cn.energyinspect.bpmn.CampaignProcess;
import cn.energyinspect.bpmn.DeskReviewProcess;
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
 * ReportRoundPort}, a {@link DeskReviewPort}, an {@link ApprovalPort} and a {@link CalendarPort} bean (the application
 * implements them).
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
