package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** {@link DeskReviewWorkflow} on the engine's runtime service. */
final class CamundaDeskReviewWorkflow implements DeskReviewWorkflow {
    private final RuntimeService runtime;

    CamundaDeskReviewWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String startDeskReview(DeskReviewStart start) {
        ProcessInstance running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DeskReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(start.caseNumber())
                .variableValueEquals(DeskReviewProcess.Variables.CASE_ID, start.caseId())
                .singleResult();
        if (running != null) {
            return running.getId();
        }
        return runtime.startProcessInstanceByKey(
                        DeskReviewProcess.PROCESS_ID,
                        start.caseNumber(),
                        org.camunda.bpm.engine.variable.Variables.createVariables()
                                .putValue(DeskReviewProcess.Variables.CASE_ID, start.caseId())
                                .putValue(DeskReviewProcess.Variables.CASE_NUMBER, start.caseNumber())
                                .putValue(DeskReviewProcess.Variables.AGENCY_ID, start.agencyId())
                                .putValue(DeskReviewProcess.Variables.ENTERPRISE_USCC, start.enterpriseUscc()))
                .getId();
    }

    @Override
    public String continueAtRectification(CaseStart start, String reviewedAt, int findingCount) {
        if (!start.teamDrawn()) {
            throw new IllegalArgumentException("the rectification of a desk case needs its reviewers as the team");
        }
        if (findingCount < 1) {
            throw new IllegalArgumentException("rectification needs at least one finding, was " + findingCount);
        }
        return runtime.createProcessInstanceByKey(SiteInspectionProcess.PROCESS_ID)
                .businessKey(start.caseNumber())
                .setVariables(CamundaInspectionWorkflow.caseVariables(start))
                .setVariable(SiteInspectionProcess.Variables.FINDING_COUNT, findingCount)
                .setVariable(SiteInspectionProcess.Variables.INSPECTION_ENDED_AT, reviewedAt)
                .startBeforeActivity(SiteInspectionProcess.SUB_PROCESS_RECTIFICATION_NOTICE)
                .execute()
                .getId();
    }
}
