package cn.energyinspect.app.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.PenaltySteps;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
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
 * Every refusal of the penalty procedure through the HTTP API: its status and problem type, the field or period it
 * names, and nothing changed.
 */
@IntegrationTest
class PenaltyBadInputTest {
    /** Monday 1 June 2026, 10:00 in Beijing. */
    static final Instant MONDAY = Instant.parse("2026-06-01T02:00:00Z");

    static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService jobs;

    @Autowired
    JdbcTemplate jdbc;

    PenaltySteps steps;

    @BeforeEach
    void openCase() {
        clock.set(MONDAY);
        steps = new PenaltySteps(port, worlds.create("330106"), runtime, jobs);
        steps.configureAuthority();
        steps.openByHand("EL83");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_fine_outside_the_articles_range_is_refused_naming_the_field() {
        steps.register("王建国");
        steps.investigate();

        Api.Response below = steps.review(50_000);

        assertRefused(below, 422, "validation-failed");
        assertThat(below.problemFields()).containsExactly("intendedFineYuan");
        assertThat(below.body()).contains("100000 元至 300000 元");
        assertThat(steps.detail().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(steps.detail().path("review").isNull()).isTrue();
        steps.task(steps.supervisor, "Task_LegalReview"); // still open
    }

    @Test
    void a_decision_while_the_notice_periods_run_is_a_conflict_naming_the_days_they_end() {
        toNotice();

        Api.Response early = steps.step(steps.supervisor, "Task_Decide", decision(150_000));

        assertRefused(early, 409, "state-conflict");
        // 3 and 5 working days after Monday 1 June 2026
        assertThat(early.json().path("statementDeadline").asText()).isEqualTo("2026-06-04");
        assertThat(early.json().path("hearingDeadline").asText()).isEqualTo("2026-06-08");
        assertThat(early.json().path("detail").asText()).contains("陈述申辩期至 2026-06-04", "听证申请期至 2026-06-08");
        assertThat(count("SELECT COUNT(*) FROM penalty_decision WHERE penalty_id = ?"))
                .isZero();
    }

    @Test
    void a_hearing_asked_for_after_five_working_days_is_refused_naming_the_deadline() {
        toNotice();
        clock.set(Instant.parse("2026-06-09T01:00:00Z")); // Tuesday 9 June: the 5 working days ended on 8 June
        steps.signIn();

        Api.Response late = steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/hearing-request", Map.of("reason", "要求听证"));

        assertRefused(late, 422, "validation-failed");
        assertThat(late.problemFields()).containsExactly("hearingDeadline");
        assertThat(late.json().path("deadline").asText()).isEqualTo("2026-06-08");
        assertThat(count("SELECT COUNT(*) FROM penalty_hearing WHERE penalty_id = ?"))
                .isZero();
        assertThat(steps.detail().path("status").asText()).isEqualTo("NOTIFIED");
    }

    @Test
    void a_hearing_asked_for_in_time_is_scheduled_by_someone_who_did_not_investigate() {
        toNotice();
        clock.set(Instant.parse("2026-06-08T08:00:00Z")); // the last day, 16:00
        steps.signIn();

        PenaltySteps.ok(steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/hearing-request", Map.of("reason", "对罚款数额有异议")));

        assertThat(steps.detail().path("status").asText()).isEqualTo("HEARING");
        Api.Response investigatorHosts = steps.complete(
                steps.supervisor,
                "Task_ScheduleHearing",
                Map.of(
                        "hearingAt", "2026-06-25T09:30:00+08:00",
                        "place", "大队三楼听证室",
                        "host", steps.world.inspector1(),
                        "servedOn", "2026-06-08"));
        assertRefused(investigatorHosts, 422, "validation-failed");
        assertThat(investigatorHosts.problemFields()).containsExactly("host");
        Api.Response tooSoon = steps.complete(
                steps.supervisor,
                "Task_ScheduleHearing",
                Map.of(
                        "hearingAt", "2026-06-12T09:30:00+08:00",
                        "place", "大队三楼听证室",
                        "host", steps.world.inspector2(),
                        "servedOn", "2026-06-08"));
        assertRefused(tooSoon, 422, "validation-failed");
        assertThat(tooSoon.problemFields()).containsExactly("hearingAt");
        assertThat(tooSoon.body()).contains("最早可定于 2026-06-17"); // 7 working days after Monday 8 June
    }

    @Test
    void a_decision_whose_record_misses_the_legal_representative_cannot_be_issued_and_names_cf_frdb() {
        toDecisionTask(null);

        Api.Response refused = steps.decide(150_000, "GENERAL");

        assertRefused(refused, 422, "validation-failed");
        assertThat(refused.problemFields()).containsExactly("record.CF_FRDB");
        assertThat(refused.body()).contains("法定代表人");
        assertThat(count("SELECT COUNT(*) FROM penalty_decision WHERE penalty_id = ?"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM penalty_document WHERE penalty_id = ? AND kind = 'PENALTY_DECISION'"))
                .isZero();
        steps.task(steps.supervisor, "Task_Decide");
    }

    @Test
    void without_the_authoritys_code_the_record_names_cf_cfjgdm() {
        jdbc.update("DELETE FROM penalty_authority WHERE agency_id = ?", steps.world.agencyId());
        toDecisionTask("王建国");

        Api.Response refused = steps.decide(150_000, "GENERAL");

        assertRefused(refused, 422, "validation-failed");
        assertThat(refused.problemFields()).contains("record.CF_CFJGDM", "record.CF_SJLYDM");
    }

    @Test
    void a_decision_above_the_notified_fine_or_outside_the_range_is_refused() {
        toDecisionTask("王建国");

        Api.Response heavier = steps.decide(200_000, "GENERAL");
        assertRefused(heavier, 422, "validation-failed");
        assertThat(heavier.problemFields()).containsExactly("fineYuan");
        assertThat(heavier.body()).contains("第四十五条");

        Api.Response outside = steps.decide(350_000, "GENERAL");
        assertThat(outside.problemFields()).contains("fineYuan");

        Api.Response tier = steps.decide(150_000, "SERIOUS");
        assertRefused(tier, 422, "validation-failed");
        assertThat(tier.problemFields()).containsExactly("tierReason");
    }

    @Test
    void another_countys_penalty_is_not_found_and_an_enterprise_sees_only_its_own() {
        toNotice();
        CaseWorld.World other = worlds.create("330108");
        Api otherSupervisor = Api.as(port, other.supervisor());
        Api otherEnterprise = Api.as(port, other.enterpriseUser());

        assertRefused(otherSupervisor.get("/api/v1/penalties/" + steps.penaltyId), 404, "not-found");
        assertRefused(otherEnterprise.get("/api/v1/portal/penalties/" + steps.penaltyId), 404, "not-found");
        assertRefused(
                otherEnterprise.post(
                        "/api/v1/portal/penalties/" + steps.penaltyId + "/statement", Map.of("text", "不是我的案件")),
                404,
                "not-found");
        assertThat(otherSupervisor
                        .get("/api/v1/penalties?size=200")
                        .json()
                        .path("items")
                        .findValuesAsText("id"))
                .doesNotContain(Long.toString(steps.penaltyId));
        assertThat(steps.enterprise
                        .get("/api/v1/portal/penalties")
                        .json()
                        .path("items")
                        .findValuesAsText("id"))
                .containsExactly(Long.toString(steps.penaltyId));
        assertRefused(steps.enterprise.get("/api/v1/penalties/" + steps.penaltyId + "/audit"), 403, "forbidden");
    }

    @Test
    void a_penalty_opened_again_with_its_idempotency_key_is_opened_once_and_another_body_under_the_key_is_a_conflict() {
        Map<String, Object> command = Map.of(
                "enterpriseUscc",
                steps.world.enterpriseUscc(),
                "articleCode",
                "EL82",
                "violationType",
                "使用国家明令淘汰的用能设备",
                "facts",
                "经查，该单位仍在使用 Y 系列电动机 3 台。");
        Api keyed = steps.supervisor.withHeader("Idempotency-Key", "penalty-open-" + steps.penaltyId);
        long before = jdbc.queryForObject(
                "SELECT COUNT(*) FROM penalty_case WHERE enterprise_uscc = ?",
                Long.class,
                steps.world.enterpriseUscc());

        Api.Response first = keyed.post("/api/v1/penalties", command);
        Api.Response resent = keyed.post("/api/v1/penalties", command);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(resent.status()).as(resent.body()).isEqualTo(201);
        assertThat(resent.json().path("id").asLong())
                .isEqualTo(first.json().path("id").asLong());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM penalty_case WHERE enterprise_uscc = ?",
                        Long.class,
                        steps.world.enterpriseUscc()))
                .isEqualTo(before + 1);
        Map<String, Object> other = new java.util.HashMap<>(command);
        other.put("articleCode", "EL83");
        Api.Response reused = keyed.post("/api/v1/penalties", other);
        assertRefused(reused, 409, "state-conflict");
        assertThat(reused.problemFields()).containsExactly("Idempotency-Key");
    }

    @Test
    void a_penalty_opened_on_an_article_not_of_the_law_or_for_an_unknown_enterprise_is_refused() {
        Api.Response response = steps.supervisor.post(
                "/api/v1/penalties",
                Map.of(
                        "enterpriseUscc",
                        "91350100M000100Y44",
                        "articleCode",
                        "EL16",
                        "violationType",
                        "",
                        "facts",
                        "x"));

        assertRefused(response, 422, "validation-failed");
        assertThat(response.problemFields()).contains("enterpriseUscc", "articleCode", "violationType");
    }

    // ---------------------------------------------------------------- steps

    private void toNotice() {
        steps.register("王建国");
        steps.investigate();
        PenaltySteps.ok(steps.review(150_000));
        steps.serveNotice(JUNE_1);
    }

    /** The party waives its statement and no hearing is asked for: the decision task opens after the 5 days. */
    private void toDecisionTask(String legalRepresentative) {
        steps.register(legalRepresentative);
        steps.investigate();
        PenaltySteps.ok(steps.review(150_000));
        steps.serveNotice(JUNE_1);
        PenaltySteps.ok(steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/statement", Map.of("waived", true)));
        clock.set(Instant.parse("2026-06-09T01:00:00Z"));
        steps.signIn();
        assertThat(steps.fireDueTimers())
                .as("the hearing request period is over")
                .isEqualTo(1);
    }

    private static Map<String, Object> decision(long fine) {
        return Map.of("kinds", List.of("FINE"), "fineYuan", fine, "reasons", "维持拟作出的处罚", "severityTier", "GENERAL");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, steps.penaltyId);
    }

    private static void assertRefused(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:" + type);
        assertThat(response.contentType()).contains("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.path("title").asText()).isNotBlank();
    }
}
