package cn.energyinspect.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The engine clock and the jobs due, for path tests (there is no job executor: tests run due jobs themselves). */
final class PathTestJobs {
    private PathTestJobs() {}

    static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(instant(isoDateTime)));
    }

    static Instant instant(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime).toInstant();
    }

    static List<Job> dueJobs(ProcessInstance pi) {
        return managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .executable()
                .list();
    }

    /** Executes the jobs due now and checks they are exactly the timer(s) expected. */
    static void executeDueJobs(ProcessInstance pi, String... expectedTimers) {
        List<Job> due = dueJobs(pi);
        assertThat(due)
                .extracting(job -> managementService()
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult()
                        .getActivityId())
                .containsExactlyInAnyOrder(expectedTimers);
        due.forEach(job -> managementService().executeJob(job.getId()));
    }
}
