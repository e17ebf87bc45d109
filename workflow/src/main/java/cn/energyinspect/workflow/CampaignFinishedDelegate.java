package cn.energyinspect.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The plan's results were published: the last step of the campaign process (Task_RecordCampaignFinished). */
final class CampaignFinishedDelegate implements JavaDelegate {
    private static final Logger log = LoggerFactory.getLogger(CampaignFinishedDelegate.class);
    private final CampaignPort port;

    CampaignFinishedDelegate(CampaignPort port) {
        this.port = port;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = DelegateIds.planId(execution);
        log.info("WF-202 campaign finished: plan {}", planId);
        port.finished(planId);
    }
}
