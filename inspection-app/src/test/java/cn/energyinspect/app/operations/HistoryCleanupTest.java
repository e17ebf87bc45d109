package cn.energyinspect.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's history does not grow for ever: every process keeps it 365 days after an instance ended
 * (energyinspect.history.time-to-live), and Camunda's cleanup job, scheduled in the nightly window, then deletes it —
 * while the case itself, with its audit trail, stays.
 */
@IntegrationTest
class HistoryCleanupTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant MONDAY_1_JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void every_deployed_process_keeps_its_history_for_the_configured_365_days() {
        List<ProcessDefinition> definitions =
                repository.createProcessDefinitionQuery().list();

        assertThat(definitions)
                .extracting(ProcessDefinition::getKey)
                .contains("site-inspection", "penalty", "campaign");
        assertThat(definitions)
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive())
                        .as(definition.getId())
                        .isEqualTo(365));
    }

    @Test
    void the_cleanup_runs_in_the_nightly_window_from_one_to_five_beijing_time() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        BatchWindow window =
                configuration.getBatchWindowManager().getCurrentOrNextBatchWindow(new Date(), configuration);

        assertThat(window).isNotNull();
        assertThat(window.getStart().toInstant().atZone(BEIJING).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(window.getEnd().toInstant().atZone(BEIJING).toLocalTime()).isEqualTo(LocalTime.of(5, 0));
        assertThat(history.findHistoryCleanupJobs())
                .as("the engine scheduled its cleanup job at start-up")
                .isNotEmpty();
    }

    @Test
    void a_withdrawn_cases_engine_history_is_removed_a_year_after_it_ended_and_the_case_record_stays() {
        clock.set(MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        CaseSteps.ok(steps.assignTeam("2026-06-01"));
        CaseSteps.ok(steps.inspector1.post(
                "/api/v1/cases/" + steps.caseId + "/withdrawal", Map.of("reason", "举报线索不实，企业已停产注销")));
        CaseSteps.ok(steps.complete(steps.supervisor, "Task_ApproveWithdrawal", Map.of("approved", true)));
        String processInstance = jdbc.queryForObject(
                "SELECT process_instance_id FROM inspection_case WHERE id = ?", String.class, steps.caseId);

        HistoricProcessInstance ended = historyOf(processInstance);
        assertThat(ended.getEndTime()).as("the withdrawal ended the process").isNotNull();
        assertThat(Duration.between(
                        ended.getEndTime().toInstant(), ended.getRemovalTime().toInstant()))
                .isBetween(
                        Duration.ofDays(365).minusHours(1), Duration.ofDays(365).plusHours(1));
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(processInstance)
                        .count())
                .isPositive();

        clock.set(MONDAY_1_JUNE_2026.plus(Duration.ofDays(364)));
        runCleanup(processInstance, 3);
        assertThat(historyOf(processInstance))
                .as("kept until its time to live has passed")
                .isNotNull();

        clock.set(MONDAY_1_JUNE_2026.plus(Duration.ofDays(366)));
        runCleanup(processInstance, 30);
        assertThat(historyOf(processInstance)).as("removed by the cleanup job").isNull();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(processInstance)
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstance)
                        .count())
                .isZero();

        steps.signIn();
        JsonNode record = steps.detail();
        assertThat(record.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(steps.supervisor
                        .get("/api/v1/cases/" + steps.caseId + "/audit")
                        .json()
                        .findValuesAsText("action"))
                .as("the case's own audit trail is the legal record and stays")
                .contains("WITHDRAWAL_REQUESTED", "WITHDRAWAL_APPROVED", "CASE_WITHDRAWN");
    }

    /**
     * Runs the cleanup job at once, as the job executor would in the window: again while the instance's history is
     * there (each run deletes at most a batch of 500 rows per table, and the shared test database holds other
     * instances past their time too).
     */
    private void runCleanup(String processInstance, int rounds) {
        for (int round = 0; round < rounds && historyOf(processInstance) != null; round++) {
            history.cleanUpHistoryAsync(true);
            history.findHistoryCleanupJobs().forEach(job -> jobs.executeJob(job.getId()));
        }
    }

    private HistoricProcessInstance historyOf(String processInstance) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstance)
                .singleResult();
    }
}
