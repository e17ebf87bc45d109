package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The desk-review process the written answer's day ended without one (Timer_AnswerPeriodOver). */
final class DeskAnswerPeriodOverDelegate implements JavaDelegate {
    private final DeskReviewPort port;

    DeskAnswerPeriodOverDelegate(DeskReviewPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = DelegateIds.caseId(execution);
        port.answerPeriodOver(caseId);
    }
}
