package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.SiteInspectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.energyinspect.bpmn.SiteInspectionProcess.Defaults;
import cn.energyinspect.bpmn.SiteInspectionProcess.Triggers;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A desk review that orders rectification continues the same case in site-inspection at its rectification notice: no
 * team assignment, no notice of inspection, no visit, no statement; the 20-day clock runs from the review. Coverage of
 * site-inspection is asserted by its own path test, not here.
 */
@Deployment(resources = SiteInspectionProcess.RESOURCE)
class DeskHandOverTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder(
                    PathTestEngine.configuration())
            .build();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        PathTestJobs.at("2026-05-06T10:00:00+08:00");
        for (String bean : new String[] {
            Beans.STATEMENT_PERIOD_OVER,
            Beans.NOTICE_SERVICE_ESCALATION,
            Beans.NOTICE_SERVICE_LATE,
            Beans.REFER_FOR_PENALTY,
            Beans.CASE_CLOSED,
            Beans.CASE_WITHDRAWN
        }) {
            Mocks.register(bean, (JavaDelegate) execution -> {});
        }
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void the_case_starts_at_the_rectification_notice_with_its_clocks_from_the_review() {
        ProcessInstance pi = runtimeService()
                .createProcessInstanceByKey(PROCESS_ID)
                .businessKey("皖节监〔2026〕第0007号")
                .setVariable(Variables.CASE_ID, 77L)
                .setVariable(Variables.CASE_NUMBER, "皖节监〔2026〕第0007号")
                .setVariable(Variables.AGENCY_ID, 34L)
                .setVariable(Variables.ENTERPRISE_USCC, "91340100MA2KXXXX1Q")
                .setVariable(Variables.TRIGGER, Triggers.DESK_SCREENING)
                .setVariable(Variables.INSPECTION_TYPE, InspectionTypes.DESK)
                .setVariable(Variables.STATEMENT_PERIOD, Defaults.STATEMENT_WORKING_DAYS)
                .setVariable(Variables.NOTICE_SERVICE_DAYS, Defaults.NOTICE_SERVICE_DAYS)
                .setVariable(Variables.NOTICE_ESCALATION_DAYS, Defaults.NOTICE_ESCALATION_DAYS)
                .setVariable(Variables.TEAM_DRAWN, true)
                .setVariable(Variables.TEAM_USERNAMES, "wang.fang,chen.lei")
                .setVariable(Variables.FINDING_COUNT, 1)
                .setVariable(Variables.INSPECTION_ENDED_AT, "2026-05-06T10:00:00+08:00")
                .startBeforeActivity(SUB_PROCESS_RECTIFICATION_NOTICE)
                .execute();

        assertThat(pi)
                .isWaitingAt(TASK_DRAFT_RECTIFICATION_NOTICE)
                .hasNotPassed(TASK_ASSIGN_TEAM, TASK_SERVE_INSPECTION_NOTICE, TASK_ON_SITE_INSPECTION)
                .hasNotPassed(TASK_ENTERPRISE_STATEMENT);
        assertThat(task(TASK_DRAFT_RECTIFICATION_NOTICE, pi)).hasCandidateUser("wang.fang");
        assertThat(runtimeService().getVariable(pi.getId(), Variables.EXTENSION_REQUESTED))
                .isEqualTo(false);
        assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .timers()
                        .list())
                .extracting(Job::getDuedate)
                .contains(Date.from(PathTestJobs.instant("2026-05-27T00:00:00+08:00")));
    }
}
