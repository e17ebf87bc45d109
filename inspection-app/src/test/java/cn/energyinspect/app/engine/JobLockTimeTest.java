package cn.energyinspect.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * A job locked by a node that crashed (or lost its database) mid-run is taken up again once its lock expires. Our jobs
 * are timers that take well under a second, so the lock lasts a minute, not Camunda's five; the job executor of a
 * node (built here as the Camunda starter builds it, tests run without one) gets it from the application's settings.
 */
@IntegrationTest
class JobLockTimeTest {
    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void a_job_of_a_dead_node_is_taken_up_again_within_a_minute() {
        JobExecutor executor = DefaultJobConfiguration.JobConfiguration.jobExecutor(new SyncTaskExecutor(), camunda);

        assertThat(Duration.ofMillis(executor.getLockTimeInMillis()))
                .isEqualTo(Duration.ofMinutes(1))
                .isLessThan(Duration.ofMinutes(5));
    }
}
