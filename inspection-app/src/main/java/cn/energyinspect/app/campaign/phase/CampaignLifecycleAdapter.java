package cn.energyinspect.app.campaign.phase;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.workflow.CampaignPort;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the campaign process tells us: a phase ran past its deadline, the plan's process ended. Idempotent. */
@Component
class CampaignLifecycleAdapter implements CampaignPort {
    private static final Logger log = LoggerFactory.getLogger(CampaignLifecycleAdapter.class);
    private static final String SYSTEM = "system";

    private final PhaseMapper phases;
    private final AuditLog audit;
    private final BusinessTime time;

    CampaignLifecycleAdapter(PhaseMapper phases, AuditLog audit, BusinessTime time) {
        this.phases = phases;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public void phaseOverdue(long planId, String phase) {
        if (phases.recordOverdue(planId, phase, time.now()) == 1) {
            audit.record(null, "campaign_plan", planId, "PHASE_OVERDUE", SYSTEM, null, Map.of("phase", phase));
            log.warn("W-CAMPAIGN-PHASE-OVERDUE plan={} phase={}", planId, phase);
        }
    }

    @Override
    public void finished(long planId) {
        log.info("I-CAMPAIGN-FINISHED plan={}", planId);
    }
}
