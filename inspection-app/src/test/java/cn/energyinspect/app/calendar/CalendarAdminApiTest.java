package cn.energyinspect.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The holiday calendar as data a province administrator maintains (issue 11), through the HTTP API: years listed with
 * where their holidays come from, a year entered from its State Council notice and checked field by field, deadlines
 * into a year not entered counted over weekends and marked 暂按周末计算 until it is, and the statement timer of a case
 * waiting over New Year moved when 2027 is entered with 1 January a holiday.
 */
@IntegrationTest
class CalendarAdminApiTest {
    private static final String YEARS = "/api/v1/admin/calendar/years";
    private static final Instant FIRST_DECEMBER_2026 = Instant.parse("2026-12-01T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    ManagementService jobs;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessCalendar calendar;

    private String adminName;
    private Api admin;

    @BeforeEach
    void signIn() {
        clock.set(FIRST_DECEMBER_2026);
        adminName = users.create(Role.PROVINCE_ADMIN, "330000");
        admin = Api.as(port, adminName);
    }

    @AfterEach
    void withdrawWhatWasEntered() {
        clock.reset();
        Api fresh = Api.as(port, adminName);
        if ("ENTERED".equals(fresh.get(YEARS + "/2027").json().path("state").asText())) {
            CaseSteps.ok(fresh.delete(YEARS + "/2027"));
        }
    }

    @Test
    void the_shipped_years_are_listed_and_next_year_is_provisional_until_entered() {
        JsonNode items = admin.get(YEARS).json().path("items");

        assertThat(items.get(0).path("year").asInt()).isEqualTo(2020);
        JsonNode year2026 = year(items, 2026);
        assertThat(year2026.path("state").asText()).isEqualTo("SHIPPED");
        assertThat(year2026.path("holidays").asInt()).isGreaterThan(20);
        assertThat(year2026.path("workdays").asInt()).isPositive();
        assertThat(year2026.path("noticeTitle").asText()).contains("2026年部分节假日安排");
        JsonNode year2027 = year(items, 2027);
        assertThat(year2027.path("state").asText()).isEqualTo("PROVISIONAL");
        assertThat(year2027.path("holidays").asInt()).isZero();

        JsonNode national = admin.get(YEARS + "/2026").json();
        assertThat(national.path("days").findValuesAsText("date")).contains("2026-10-01", "2026-10-10");
        assertThat(national.path("source").asText()).contains("content_7047091");
    }

    @Test
    void only_a_province_administrator_may_read_or_enter_the_calendar() {
        Api supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330106"));

        assertThat(supervisor.get(YEARS).status()).isEqualTo(403);
        assertThat(supervisor.put(YEARS + "/2027", year2027(null)).status()).isEqualTo(403);
        assertThat(supervisor.delete(YEARS + "/2027").status()).isEqualTo(403);
        assertThat(admin.get(YEARS + "/2027").json().path("state").asText()).isEqualTo("PROVISIONAL");
    }

    @Test
    void a_wrong_year_is_refused_naming_each_field_and_nothing_is_stored() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("noticeNumber", " ");
        form.put(
                "days",
                List.of(
                        day("2027-01-01", "HOLIDAY", "元旦"),
                        day("2026-12-31", "HOLIDAY", "元旦"),
                        day("2027-01-01", "WORKDAY", "元旦"),
                        day("2027-01-25", "WORKDAY", "春节"))); // a Monday

        Api.Response refused = admin.put(YEARS + "/2027", form);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.problemType()).isEqualTo("urn:energyinspect:problem:validation-failed");
        assertThat(refused.problemFields())
                .containsExactly(
                        "noticeNumber", "noticeDate", "days[1].date", "days[2].date", "days[2].date", "days[3].date");
        List<String> messages = refused.json().path("errors").findValuesAsText("message");
        assertThat(messages.get(2)).contains("不在 2027 年内");
        assertThat(messages.get(3)).contains("不能既放假又调休上班");
        assertThat(messages.get(4)).contains("周六或周日");
        assertThat(messages.get(5)).contains("周六或周日");

        Map<String, Object> badKind = year2027(null);
        badKind.put("days", List.of(day("2027-01-01", "HOLIDAYS", "元旦")));
        Api.Response kind = admin.put(YEARS + "/2027", badKind);
        assertThat(kind.status()).isEqualTo(422);
        assertThat(kind.problemFields()).containsExactly("days[0].kind");

        Map<String, Object> future = year2027(null);
        future.put("noticeDate", "2026-12-02");
        assertThat(admin.put(YEARS + "/2027", future).problemFields()).containsExactly("noticeDate");

        assertThat(admin.get(YEARS + "/2027").json().path("state").asText()).isEqualTo("PROVISIONAL");
        assertThat(auditActions(2027)).isEmpty();
    }

    @Test
    void entering_a_year_makes_its_deadlines_certain_is_audited_and_can_be_corrected_and_withdrawn() {
        String deadline = "/api/v1/calendar/deadline?from=2026-12-28&workingDays=5";
        JsonNode before = admin.get(deadline).json();
        assertThat(before.path("deadline").asText()).isEqualTo("2027-01-04");
        assertThat(before.path("provisional").asBoolean()).isTrue();
        assertThat(before.path("note").asText()).startsWith("暂按周末计算");

        Api.Response entered = admin.put(YEARS + "/2027", year2027(null));

        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.json().path("state").asText()).isEqualTo("ENTERED");
        assertThat(entered.json().path("version").asInt()).isEqualTo(1);
        assertThat(entered.json().path("enteredBy").asText()).isEqualTo(adminName);
        assertThat(entered.json().path("noticeTitle").asText()).isEqualTo("国务院办公厅关于2027年部分节假日安排的通知");
        JsonNode after = admin.get(deadline).json();
        assertThat(after.path("deadline").asText()).isEqualTo("2027-01-05");
        assertThat(after.path("provisional").asBoolean()).isFalse();
        assertThat(after.path("basis").findValuesAsText("standard")).anyMatch(s -> s.contains("国办发明电〔2026〕99号"));
        assertThat(year(admin.get(YEARS).json().path("items"), 2027)
                        .path("state")
                        .asText())
                .isEqualTo("ENTERED");
        assertThat(auditActions(2027)).containsExactly("CALENDAR_YEAR_ENTERED");

        Map<String, Object> correction = year2027(1);
        correction.put("days", List.of(day("2027-01-01", "HOLIDAY", "元旦"), day("2027-01-04", "HOLIDAY", "元旦")));
        Api.Response corrected = admin.put(YEARS + "/2027", correction);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("version").asInt()).isEqualTo(2);
        assertThat(admin.get(deadline).json().path("deadline").asText()).isEqualTo("2027-01-06");

        Api.Response stale = admin.put(YEARS + "/2027", year2027(1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemType()).isEqualTo("urn:energyinspect:problem:stale-version");

        Api.Response withdrawn = admin.delete(YEARS + "/2027");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("state").asText()).isEqualTo("PROVISIONAL");
        assertThat(admin.get(deadline).json().path("provisional").asBoolean()).isTrue();
        assertThat(auditActions(2027))
                .containsExactly("CALENDAR_YEAR_ENTERED", "CALENDAR_YEAR_CHANGED", "CALENDAR_YEAR_WITHDRAWN");
    }

    @Test
    void a_year_entered_on_another_node_is_in_force_here_once_the_revision_check_sees_it() {
        // another node's save: the rows and the revision, written straight to the shared database
        jdbc.update(
                "INSERT INTO calendar_year (year, notice_title, notice_number, notice_date, entered_by, version)"
                        + " VALUES (2027, '国务院办公厅关于2027年部分节假日安排的通知', '国办发明电〔2026〕98号', '2026-11-20', ?, 1)",
                adminName);
        jdbc.update("INSERT INTO calendar_day (day, year, kind, name) VALUES ('2027-01-01', 2027, 'HOLIDAY', '元旦')");
        jdbc.update("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1");
        String deadline = "/api/v1/calendar/deadline?from=2026-12-28&workingDays=5";
        calendar.checkRevision(); // what the node's background check does every refresh-interval

        JsonNode after = admin.get(deadline).json();
        assertThat(after.path("deadline").asText()).isEqualTo("2027-01-05");
        assertThat(after.path("provisional").asBoolean()).isFalse();
    }

    @Test
    void a_statement_period_over_new_year_is_provisional_and_moves_when_2027_is_entered_with_1_january_off() {
        clock.set(Instant.parse("2026-12-29T02:00:00Z")); // Tuesday, 10:00 in Beijing
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        String caseNumber = steps.open("COMPLAINT").path("caseNumber").asText();
        CaseSteps.ok(steps.assignTeam("2026-12-29"));
        CaseSteps.ok(steps.inspect(118, Instant.parse("2026-12-29T00:30:00Z"), Instant.parse("2026-12-29T01:30:00Z")));

        // 3 working days: 12-30, 12-31 and, 2027 not entered, Friday 1 January
        JsonNode waiting = statementTask(steps);
        assertThat(waiting.path("due").asText()).isEqualTo("2027-01-01T16:00:00Z");
        assertThat(waiting.path("provisional").asBoolean()).isTrue();

        admin = Api.as(port, adminName);
        Api.Response entered = admin.put(YEARS + "/2027", year2027(null));
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.json().path("recalculated").path("timers").asInt()).isPositive();

        // 1 January is a holiday: 12-30, 12-31, Monday 4 January
        JsonNode redated = statementTask(steps);
        assertThat(redated.path("due").asText()).isEqualTo("2027-01-04T16:00:00Z");
        assertThat(redated.path("provisional").asBoolean()).isFalse();
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                // case numbers repeat across the test worlds' agencies of one county: the case's own instance
                .variableValueEquals("caseId", steps.caseId)
                .singleResult()
                .getId();
        assertThat(jobs.createJobQuery()
                        .processInstanceId(instance)
                        .activityId("Timer_StatementPeriodOver")
                        .singleResult()
                        .getDuedate()
                        .toInstant())
                .isEqualTo(Instant.parse("2027-01-04T16:00:00Z"));
    }

    private static JsonNode statementTask(CaseSteps steps) {
        for (JsonNode task :
                steps.enterprise.get("/api/v1/tasks?size=200").json().path("items")) {
            if (task.path("caseId").asLong() == steps.caseId
                    && task.path("taskKey").asText().equals("Task_EnterpriseStatement")) {
                return task;
            }
        }
        throw new AssertionError("no statement task of case " + steps.caseId);
    }

    private List<String> auditActions(int year) {
        return jdbc.queryForList(
                "SELECT action FROM audit_log WHERE entity = 'calendar_year' AND entity_id = ? AND actor = ? ORDER BY id",
                String.class,
                String.valueOf(year),
                adminName);
    }

    private static JsonNode year(JsonNode items, int year) {
        for (JsonNode item : items) {
            if (item.path("year").asInt() == year) {
                return item;
            }
        }
        throw new AssertionError("year " + year + " not listed in " + items);
    }

    /** An invented 2027 (the real notice is not out yet): 元旦 on Friday 1 January, 春节 with Saturday 6 February worked. */
    private static Map<String, Object> year2027(Integer version) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("noticeNumber", "国办发明电〔2026〕99号");
        form.put("noticeDate", "2026-11-20");
        form.put("version", version);
        form.put(
                "days",
                List.of(
                        day("2027-01-01", "HOLIDAY", "元旦"),
                        day("2027-02-06", "WORKDAY", "春节"),
                        day("2027-02-08", "HOLIDAY", "春节")));
        return form;
    }

    private static Map<String, Object> day(String date, String kind, String name) {
        return Map.of("date", date, "kind", kind, "name", name);
    }
}
