package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton;
import cn.energyinspect.bpmn.CampaignProcess;
import cn.energyinspect.bpmn.CapacityReplacementProcess;
import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.bpmn.ReportRoundProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess.Beans;
import cn.energyinspect.bpmn.WhiteListProcess;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import java.sql.Connection;
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
        configuration.setBeans(Map.ofEntries(
                Map.entry(Beans.STATEMENT_PERIOD_OVER, beans.statementPeriodOverDelegate(PORT)),
                Map.entry(Beans.NOTICE_SERVICE_ESCALATION, beans.noticeServiceEscalationDelegate(PORT)),
                Map.entry(Beans.NOTICE_SERVICE_LATE, beans.noticeServiceLateDelegate(PORT)),
                Map.entry(Beans.REFER_FOR_PENALTY, beans.referForPenaltyDelegate(PORT)),
                Map.entry(Beans.CASE_CLOSED, beans.caseClosedDelegate(PORT)),
                Map.entry(Beans.CASE_WITHDRAWN, beans.caseWithdrawnDelegate(PORT)),
                Map.entry(CampaignProcess.Beans.PHASE_OVERDUE, beans.campaignPhaseOverdueDelegate(PORT)),
                Map.entry(CampaignProcess.Beans.FINISHED, beans.campaignFinishedDelegate(PORT)),
                Map.entry(ReportRoundProcess.Beans.REMINDER, beans.reportReminderDelegate(PORT)),
                Map.entry(ReportRoundProcess.Beans.MISSING, beans.reportMissingDelegate(PORT)),
                Map.entry(ReportRoundProcess.Beans.CLOSED, beans.reportRoundClosedDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.CLOSED, beans.deskCaseClosedDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.ANSWER_PERIOD_OVER, beans.deskAnswerPeriodOverDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.RECTIFICATION_ORDERED, beans.deskRectificationOrderedDelegate(PORT)),
                Map.entry(DeskReviewProcess.Beans.ESCALATED, beans.deskEscalatedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.PUBLICITY_START, beans.approvalPublicityStartDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.PUBLICITY_END, beans.approvalPublicityEndDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.APPROVED, beans.approvalApprovedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.REFUSED, beans.approvalRefusedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.MILESTONE_OVERDUE, beans.approvalMilestoneOverdueDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.COMPLETED, beans.approvalCompletedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.REVOKED, beans.approvalRevokedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.LISTING_RENEWED, beans.approvalListingRenewedDelegate(PORT)),
                Map.entry(ApprovalSkeleton.Beans.DELISTED, beans.approvalDelistedDelegate(PORT))));
        configuration.getProcessEnginePlugins().add(beans.workingDayCalendarPlugin(PORT));
        ProcessEngine built = configuration.buildProcessEngine();
        built.getRepositoryService()
                .createDeployment()
                .name("energyinspect")
                .addClasspathResource(SiteInspectionProcess.RESOURCE)
                .addClasspathResource(CampaignProcess.RESOURCE)
                .addClasspathResource(ReportRoundProcess.RESOURCE)
                .addClasspathResource(DeskReviewProcess.RESOURCE)
                .addClasspathResource(CapacityReplacementProcess.RESOURCE)
                .addClasspathResource(WhiteListProcess.RESOURCE)
                .enableDuplicateFiltering(true)
                .deploy();
        return built;
    }
}
