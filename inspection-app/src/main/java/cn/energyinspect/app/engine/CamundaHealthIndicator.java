package cn.energyinspect.app.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code camunda} health component: UP while the engine answers a query, DOWN (not an error) when it cannot. Whether this node's job executor runs is
 * a detail, not a failure: a node may be configured without one (tests drive jobs themselves).
 */
@Component("camundaHealthIndicator")
class CamundaHealthIndicator implements HealthIndicator {
    private final ProcessEngine engine;

    CamundaHealthIndicator(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean jobsActive = jobs != null && jobs.isActive();
        try {
            long deployments =
                    engine.getRepositoryService().createDeploymentQuery().count();
            return Health.up()
                    .withDetail("engine", engine.getName())
                    .withDetail("deployments", deployments)
                    .withDetail("jobExecutorActive", jobsActive)
                    .build();
        } catch (RuntimeException e) {
            // the engine cannot reach its tables (database down): DOWN, never an exception out of /actuator/health
            return Health.down()
                    .withDetail("engine", engine.getName())
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
