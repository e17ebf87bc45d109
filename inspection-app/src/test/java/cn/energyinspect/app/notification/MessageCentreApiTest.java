package cn.energyinspect.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The message centre through the API: the day-15 escalation of a rectification notice not yet served reaches the
 * supervisor's badge and inbox, links to the case, is recorded with its recipient on the case, and goes to the test
 * channel too; tasks newly offered are announced by the poller; a message is read once. Counties of 赣州 (3607xx).
 */
@IntegrationTest
class MessageCentreApiTest {
    static final Instant MONDAY_1_JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    ManagementService jobs;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskNotices taskNotices;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_day_15_escalation_reaches_the_supervisors_badge_and_the_case_records_who_was_told() {
        clock.set(MONDAY_1_JUNE_2026);
        CaseWorld.World world = worlds.create("360702");
        CaseSteps steps = new CaseSteps(port, world);
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        steps.ok(steps.inspect(125, Instant.parse("2026-06-01T02:30:00Z"), Instant.parse("2026-06-01T05:00:00Z")));
        String instance = runtime.createProcessInstanceQuery()
                .variableValueEquals("caseId", steps.caseId)
                .singleResult()
                .getId();
        long unreadBefore = badge(steps.supervisor).path("unreadMessages").asLong();

        clock.set(Instant.parse("2026-06-17T02:00:00Z"));
        steps.signIn();
        assertThat(CaseSteps.fireAllDueTimers(jobs, instance)).isGreaterThanOrEqualTo(2);

        JsonNode badge = badge(steps.supervisor);
        assertThat(badge.path("unreadMessages").asLong()).isGreaterThan(unreadBefore);
        assertThat(badge.path("total").asLong())
                .isEqualTo(badge.path("unreadMessages").asLong()
                        + badge.path("openTasks").asLong());
        JsonNode inbox =
                steps.supervisor.get("/api/v1/notifications?unread=true").json();
        JsonNode escalation = find(inbox.path("items"), "NOTICE_SERVICE_ESCALATED");
        assertThat(escalation.path("link").asText()).isEqualTo("/cases/" + steps.caseId);
        assertThat(escalation.path("caseId").asLong()).isEqualTo(steps.caseId);
        assertThat(escalation.path("title").asText()).contains("整改通知书送达预警");
        assertThat(inbox.path("badge").path("unreadMessages").asLong())
                .isEqualTo(badge.path("unreadMessages").asLong());
        assertThat(find(steps.inspector1.get("/api/v1/notifications").json().path("items"), "STATEMENT_PERIOD_OVER")
                        .path("caseId")
                        .asLong())
                .as("the team is told the statement period ended")
                .isEqualTo(steps.caseId);
        assertThat(steps.inspector1
                        .get("/api/v1/notifications")
                        .json()
                        .path("items")
                        .findValuesAsText("kind"))
                .as("the escalation is the supervisors'")
                .doesNotContain("NOTICE_SERVICE_ESCALATED");

        JsonNode told = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/notifications")
                .json();
        JsonNode recorded = find(told, "NOTICE_SERVICE_ESCALATED");
        assertThat(recorded.path("username").asText()).isEqualTo(world.supervisor());
        assertThat(recorded.path("createdAt").asText()).startsWith("2026-06-17");
        assertThat(recorded.path("readAt").isNull()).isTrue();
        assertThat(steps.enterprise
                        .get("/api/v1/cases/" + steps.caseId + "/notifications")
                        .status())
                .isEqualTo(404);
        assertThat(steps.supervisor
                        .get("/api/v1/notifications/deliveries")
                        .json()
                        .findValuesAsText("title"))
                .as("the test channel recorded the SMS it would send")
                .anyMatch(t -> t.contains("整改通知书送达预警"));

        CaseSteps.fireDueTimers(jobs, instance);
        assertThat(steps.supervisor.get("/api/v1/notifications").json().path("items").findValuesAsText("kind").stream()
                        .filter("NOTICE_SERVICE_ESCALATED"::equals)
                        .count())
                .as("a retried job tells no one twice")
                .isEqualTo(1);
        long id = escalation.path("id").asLong();
        JsonNode afterRead = steps.supervisor
                .post("/api/v1/notifications/" + id + "/read", java.util.Map.of())
                .json();
        assertThat(afterRead.path("unreadMessages").asLong())
                .isEqualTo(badge.path("unreadMessages").asLong() - 1);
        assertThat(steps.inspector2
                        .post("/api/v1/notifications/" + id + "/read", java.util.Map.of())
                        .status())
                .as("another's message is not there")
                .isEqualTo(404);
        assertThat(find(
                                steps.supervisor
                                        .get("/api/v1/cases/" + steps.caseId + "/notifications")
                                        .json(),
                                "NOTICE_SERVICE_ESCALATED")
                        .path("readAt")
                        .isNull())
                .isFalse();
    }

    @Test
    void a_task_newly_offered_is_announced_to_its_group_once_and_links_to_the_task() {
        clock.set(MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("360703"));
        steps.open("MANUAL");
        String task = steps.task(steps.supervisor, "Task_AssignTeam");

        taskNotices.poll();
        taskNotices.poll();

        List<JsonNode> offered = new java.util.ArrayList<>();
        steps.supervisor.get("/api/v1/notifications").json().path("items").forEach(m -> {
            if ("TASK_OFFERED".equals(m.path("kind").asText())
                    && task.equals(m.path("taskId").asText())) {
                offered.add(m);
            }
        });
        assertThat(offered).hasSize(1);
        assertThat(offered.getFirst().path("link").asText()).isEqualTo("/workbench?task=" + task);
        assertThat(offered.getFirst().path("title").asText()).contains("指派监察组");
        assertThat(steps.inspector1
                        .get("/api/v1/notifications")
                        .json()
                        .path("items")
                        .findValuesAsText("taskId"))
                .as("the inspectors are not the assign-team group")
                .doesNotContain(task);
    }

    private static JsonNode badge(Api api) {
        Api.Response response = api.get("/api/v1/notifications/badge");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode find(JsonNode items, String kind) {
        for (JsonNode item : items) {
            if (kind.equals(item.path("kind").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " in " + items);
    }
}
