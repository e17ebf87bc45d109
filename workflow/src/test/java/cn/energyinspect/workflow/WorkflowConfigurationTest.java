package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.bpmn.ApprovalSkeleton;
import cn.energyinspect.bpmn.CampaignProcess;
import cn.energyinspect.bpmn.CreditPublicationProcess;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess.Beans;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** What the app gets from {@code @Import(WorkflowConfiguration.class)}, given the engine's services and the ports. */
class WorkflowConfigurationTest {

    @Test
    void defines_the_facade_the_calendar_plugin_the_timers_and_every_delegate_the_model_names() {
        ProcessEngine engine = WorkflowTestEngine.get();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(RuntimeService.class, engine::getRuntimeService);
            context.registerBean(TaskService.class, engine::getTaskService);
            context.registerBean(IdentityService.class, engine::getIdentityService);
            context.registerBean(HistoryService.class, engine::getHistoryService);
            context.registerBean(ManagementService.class, engine::getManagementService);
            context.registerBean(RepositoryService.class, engine::getRepositoryService);
            context.registerBean(RecordingPort.class, RecordingPort::new); // every port
            context.register(WorkflowConfiguration.class);
            context.refresh();

            assertThat(context.getBean(InspectionWorkflow.class)).isInstanceOf(CamundaInspectionWorkflow.class);
            assertThat(context.getBean(CampaignWorkflow.class)).isInstanceOf(CamundaCampaignWorkflow.class);
            assertThat(context.getBean(PenaltyWorkflow.class)).isInstanceOf(CamundaPenaltyWorkflow.class);
            assertThat(context.getBean(ReportRoundWorkflow.class)).isInstanceOf(CamundaReportRoundWorkflow.class);
            assertThat(context.getBean(DeskReviewWorkflow.class)).isInstanceOf(CamundaDeskReviewWorkflow.class);
            assertThat(context.getBean(CapacityReplacementWorkflow.class)).isInstanceOf(CamundaApprovalWorkflow.class);
            assertThat(context.getBean(WhiteListWorkflow.class)).isInstanceOf(CamundaApprovalWorkflow.class);
            assertThat(context.getBeansOfType(ProcessEnginePlugin.class)).hasSize(1);
            assertThat(context.getBean(WorkingDayTimers.class)).isInstanceOf(CamundaWorkingDayTimers.class);
            for (String name : List.of(
                    Beans.STATEMENT_PERIOD_OVER,
                    Beans.NOTICE_SERVICE_ESCALATION,
                    Beans.NOTICE_SERVICE_LATE,
                    Beans.REFER_FOR_PENALTY,
                    Beans.CASE_CLOSED,
                    Beans.CASE_WITHDRAWN,
                    CampaignProcess.Beans.PHASE_OVERDUE,
                    CampaignProcess.Beans.FINISHED,
                    PenaltyProcess.Beans.STATEMENT_PERIOD_OVER,
                    PenaltyProcess.Beans.DECISION_DUE,
                    PenaltyProcess.Beans.DECISION_LATE,
                    PenaltyProcess.Beans.SERVICE_LATE,
                    PenaltyProcess.Beans.DECISION_SERVED,
                    PenaltyProcess.Beans.PAYMENT_OVERDUE,
                    PenaltyProcess.Beans.CLOSED,
                    CreditPublicationProcess.Beans.NOT_REQUIRED,
                    CreditPublicationProcess.Beans.ESCALATION,
                    CreditPublicationProcess.Beans.LATE,
                    CreditPublicationProcess.Beans.ENDED,
                    CreditPublicationProcess.Beans.REPAIRED,
                    CreditPublicationProcess.Beans.REPAIR_LATE,
                    CreditPublicationProcess.Beans.CORRECTED,
                    CreditPublicationProcess.Beans.WITHDRAWN,
                    cn.energyinspect.bpmn.ReportRoundProcess.Beans.REMINDER,
                    cn.energyinspect.bpmn.ReportRoundProcess.Beans.MISSING,
                    cn.energyinspect.bpmn.ReportRoundProcess.Beans.CLOSED,
                    cn.energyinspect.bpmn.DeskReviewProcess.Beans.CLOSED,
                    cn.energyinspect.bpmn.DeskReviewProcess.Beans.ANSWER_PERIOD_OVER,
                    cn.energyinspect.bpmn.DeskReviewProcess.Beans.RECTIFICATION_ORDERED,
                    cn.energyinspect.bpmn.DeskReviewProcess.Beans.ESCALATED,
                    ApprovalSkeleton.Beans.PUBLICITY_START,
                    ApprovalSkeleton.Beans.PUBLICITY_END,
                    ApprovalSkeleton.Beans.APPROVED,
                    ApprovalSkeleton.Beans.REFUSED,
                    ApprovalSkeleton.Beans.MILESTONE_OVERDUE,
                    ApprovalSkeleton.Beans.COMPLETED,
                    ApprovalSkeleton.Beans.REVOKED,
                    ApprovalSkeleton.Beans.LISTING_RENEWED,
                    ApprovalSkeleton.Beans.DELISTED)) {
                assertThat(context.getBean(name)).isInstanceOf(JavaDelegate.class);
            }
        }
    }
}
