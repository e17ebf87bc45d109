package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton;
import cn.energyinspect.bpmn.CampaignProcess;
import cn.energyinspect.bpmn.CapacityReplacementProcess;
import cn.energyinspect.bpmn.CreditPublicationProcess;
import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.bpmn.ReportRoundProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess.Beans;
import cn.energyinspect.bpmn.WhiteListProcess;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * One engine per test JVM, as the app runs it: real MariaDB through the MySQL driver at READ COMMITTED, the real models,
 * the delegates of {@link WorkflowConfiguration} on one {@link RecordingPort} for every port, and the working-day calendar plugin. No
 * job executor: tests move the clock and run due jobs themselves.
 */
final class WorkflowTestEngine {
    static final RecordingPort PORT = new RecordingPort();
    private static ProcessEngine engine;

    private WorkflowTestEngine() {}

    static synchronized ProcessEngine get() {
        if (engine == null) {
            engine = build();
        }
        return engine;
    }

    private static ProcessEngine build() {
        EmbeddedMariaDb db = EmbeddedMariaDb.startShared(MariaDbSettings.forTests());
        PooledDataSource dataSource = new PooledDataSource(
                "com.mysql.cj.jdbc.Driver",
                db.jdbcUrl("workflow_test") + "&sendFractionalSeconds=false",
                db.username(),
                db.password());
        dataSource.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
        WorkflowConfiguration beans = new WorkflowConfiguration();
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration
                .setProcessEngineName("workflow-tests")
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        Map<Object, Object> delegates = new HashMap<>(Map.of(
                Beans.STATEMENT_PERIOD_OVER, beans.statementPeriodOverDelegate(PORT),
                Beans.NOTICE_SERVICE_ESCALATION, beans.noticeServiceEscalationDelegate(PORT),
                Beans.NOTICE_SERVICE_LATE, beans.noticeServiceLateDelegate(PORT),
                Beans.REFER_FOR_PENALTY, beans.referForPenaltyDelegate(PORT),
                Beans.CASE_CLOSED, beans.caseClosedDelegate(PORT),
                Beans.CASE_WITHDRAWN, beans.caseWithdrawnDelegate(PORT),
                CampaignProcess.Beans.PHASE_OVERDUE, beans.campaignPhaseOverdueDelegate(PORT),
                CampaignProcess.Beans.FINISHED, beans.campaignFinishedDelegate(PORT)));
        delegates.putAll(Map.of(
                PenaltyProcess.Beans.STATEMENT_PERIOD_OVER, beans.penaltyStatementPeriodOverDelegate(PORT),
                PenaltyProcess.Beans.DECISION_DUE, beans.penaltyDecisionDueDelegate(PORT),
                PenaltyProcess.Beans.DECISION_LATE, beans.penaltyDecisionLateDelegate(PORT),
                PenaltyProcess.Beans.SERVICE_LATE, beans.penaltyServiceLateDelegate(PORT),
                PenaltyProcess.Beans.DECISION_SERVED, beans.penaltyDecisionServedDelegate(PORT),
                PenaltyProcess.Beans.PAYMENT_OVERDUE, beans.penaltyPaymentOverdueDelegate(PORT),
                PenaltyProcess.Beans.CLOSED, beans.penaltyClosedDelegate(PORT)));
        delegates.putAll(Map.of(
                CreditPublicationProcess.Beans.NOT_REQUIRED, beans.publicationNotRequiredDelegate(PORT),
                CreditPublicationProcess.Beans.ESCALATION, beans.publicationEscalationDelegate(PORT),
                CreditPublicationProcess.Beans.LATE, beans.publicationLateDelegate(PORT),
                CreditPublicationProcess.Beans.ENDED, beans.publicationEndedDelegate(PORT),
                CreditPublicationProcess.Beans.REPAIRED, beans.publicationRepairedDelegate(PORT),
                CreditPublicationProcess.Beans.REPAIR_LATE, beans.repairDecisionLateDelegate(PORT),
                CreditPublicationProcess.Beans.CORRECTED, beans.publicationCorrectedDelegate(PORT),
                CreditPublicationProcess.Beans.WITHDRAWN, beans.publicationWithdrawnDelegate(PORT)));
        delegates.putAll(Map.ofEntries(
                Map.entry(ReportRoundProcess.Beans.REMINDER, beans.reportReminderDelegate(PORT)),
                Map.entry(ReportRoundProcess.Beans.MISSING, beans.reportMissingDelegate(PORT)),
                Map.entry(ReportRoundProcess.Beans.CLOSED, beans.reportRoundClosedDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.CLOSED, beans.deskCaseClosedDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.ANSWER_PERIOD_OVER, beans.deskAnswerPeriodOverDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.RECTIFICATION_ORDERED, beans.deskRectificationOrderedDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.ESCALATED, beans.deskEscalatedDelegate(PORT))));
        delegates.putAll(Map.ofEntries(
                Map.entry(ApprovalSkeleton.Beans.PUBLICITY_START, beans.approvalPublicityStartDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.PUBLICITY_END, beans.approvalPublicityEndDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.APPROVED, beans.approvalApprovedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.REFUSED, beans.approvalRefusedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.MILESTONE_OVERDUE, beans.approvalMilestoneOverdueDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.COMPLETED, beans.approvalCompletedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.REVOKED, beans.approvalRevokedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.LISTING_RENEWED, beans.approvalListingRenewedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.DELISTED, beans.approvalDelistedDelegate(PORT))));
        configuration.setBeans(delegates);
        configuration.getProcessEnginePlugins().add(beans.workingDayCalendarPlugin(PORT));
        ProcessEngine built = configuration.buildProcessEngine();
        built.getRepositoryService()
                .createDeployment()
                .name("energyinspect")
                .addClasspathResource(SiteInspectionProcess.RESOURCE)
                .addClasspathResource(CampaignProcess.RESOURCE)
                .addClasspathResource(PenaltyProcess.RESOURCE)
                .addClasspathResource(CreditPublicationProcess.RESOURCE)
                .addClasspathResource(ReportRoundProcess.RESOURCE)
                .addClasspathResource(DeskReviewProcess.RESOURCE)
                .addClasspathResource(CapacityReplacementProcess.RESOURCE)
                .addClasspathResource(WhiteListProcess.RESOURCE)
                .enableDuplicateFiltering(true)
                .deploy();
        return built;
    }
}
