package cn.energyinspect.app.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.penalty.credit.CreditDeliveries;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
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

/**
 * The other ways a penalty case goes, through the HTTP API: a hearing and 集体讨论 before the decision; 不予处罚, 移送,
 * 不予立案, 撤销立案; a late publication; the end of a publication's period; a revoked and an amended decision; an
 * unpaid fine; a 轻微 record that is not published.
 */
@IntegrationTest
class PenaltyBranchesTest {
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
    CreditDeliveries deliveries;

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
    void a_hearing_is_noticed_held_and_recorded_and_the_serious_case_discussed_before_the_decision() {
        steps.register("王建国");
        steps.investigate();
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_LegalReview",
                Map.of(
                        "outcome",
                        "PENALTY",
                        "opinion",
                        "情节较重，拟予处罚，须集体讨论",
                        "collectiveDiscussion",
                        true,
                        "intendedKinds",
                        List.of("FINE"),
                        "intendedFineYuan",
                        250_000)));
        steps.serveNotice(JUNE_1);
        PenaltySteps.ok(steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/hearing-request", Map.of("reason", "对罚款数额有异议")));
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_ScheduleHearing",
                Map.of(
                        "hearingAt", "2026-06-17T09:30:00+08:00",
                        "place", "大队三楼听证室",
                        "host", steps.world.inspector2(),
                        "servedOn", "2026-06-01")));
        clock.set(Instant.parse("2026-06-17T03:00:00Z"));
        steps.signIn();
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_HoldHearing",
                Map.of(
                        "heldAt", "2026-06-17T09:30:00+08:00",
                        "attendees", "当事人委托代理人；调查人员两名",
                        "record", "调查人员陈述违法事实和证据；当事人代理人提出已开始技改。",
                        "report", "建议罚款二十万元。")));
        assertThat(steps.fireDueTimers())
                .as("the statement period ended on 4 June")
                .isEqualTo(1);
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_CollectiveDiscussion",
                Map.of("participants", "大队长、副大队长、法制员", "conclusion", "采纳听证报告，罚款二十万元")));
        PenaltySteps.ok(steps.decide(200_000, "GENERAL"));

        JsonNode decided = steps.detail();
        assertThat(decided.path("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.path("documents").findValuesAsText("kind")).contains("HEARING_NOTICE", "HEARING_RECORD");
        assertThat(decided.path("hearing").path("report").asText()).isEqualTo("建议罚款二十万元。");
        assertThat(decided.path("decision").path("fineYuan").asLong()).isEqualTo(200_000);
        assertThat(actions()).contains("PENALTY_HEARING_REQUESTED", "PENALTY_HEARING_HELD", "PENALTY_DISCUSSED");
    }

    @Test
    void no_penalty_ends_with_its_decision_and_no_credit_record() {
        steps.register("王建国");
        steps.investigate();
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_LegalReview",
                Map.of("outcome", "NO_PENALTY", "opinion", "首次违法且及时改正", "collectiveDiscussion", false)));
        PenaltySteps.ok(
                steps.complete(steps.supervisor, "Task_DecideNoPenalty", Map.of("reasons", "违法行为轻微并及时改正，没有造成危害后果。")));

        JsonNode closed = steps.detail();
        assertThat(closed.path("status").asText()).isEqualTo("NO_PENALTY");
        assertThat(closed.path("documents").findValuesAsText("kind")).contains("NO_PENALTY_DECISION");
        assertThat(closed.path("publication").isNull()).isTrue();
        assertThat(steps.enterprise
                        .get("/api/v1/portal/penalties/" + steps.penaltyId)
                        .status())
                .as("the party was told")
                .isEqualTo(200);
    }

    @Test
    void a_transfer_a_refused_registration_and_a_withdrawal_end_the_case_with_their_reasons() {
        steps.register("王建国");
        steps.investigate();
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_LegalReview",
                Map.of("outcome", "TRANSFER", "opinion", "属市场监管职权", "collectiveDiscussion", false)));
        PenaltySteps.ok(steps.complete(
                steps.supervisor, "Task_Transfer", Map.of("body", "杭州市西湖区市场监督管理局", "reason", "能源计量器具配备问题由市场监管部门查处")));
        assertThat(steps.detail().path("status").asText()).isEqualTo("TRANSFERRED");
        assertThat(steps.detail().path("transferBody").asText()).isEqualTo("杭州市西湖区市场监督管理局");

        steps.openByHand("EL84");
        PenaltySteps.ok(steps.complete(
                steps.supervisor, "Task_RegisterPenaltyCase", Map.of("registered", false, "opinion", "证据不足，不予立案")));
        assertThat(steps.detail().path("status").asText()).isEqualTo("NOT_REGISTERED");
        assertThat(steps.detail().path("closingReason").asText()).isEqualTo("证据不足，不予立案");

        steps.openByHand("EL82");
        steps.register("王建国");
        Api.Response withdrawn = steps.supervisor.post(
                "/api/v1/penalties/" + steps.penaltyId + "/withdrawal", Map.of("reason", "当事人已于立案前整改完毕"));
        PenaltySteps.ok(withdrawn);
        assertThat(withdrawn.json().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("openSteps")).isEmpty();
        assertThat(steps.supervisor
                        .post("/api/v1/penalties/" + steps.penaltyId + "/withdrawal", Map.of("reason", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_publication_after_seven_working_days_is_reminded_on_day_five_and_recorded_late() {
        toServed(150_000, "GENERAL"); // decided Tuesday 9 June 2026: due 18 June (19 June is 端午)

        clock.set(Instant.parse("2026-06-16T16:30:00Z")); // 17 June, 00:30 in Beijing
        steps.signIn();
        assertThat(steps.fireDueTimers()).isEqualTo(1);
        assertThat(steps.detail().path("publication").path("escalated").asBoolean())
                .isTrue();
        assertThat(steps.detail().path("publication").path("late").asBoolean()).isFalse();
        clock.set(Instant.parse("2026-06-18T16:30:00Z")); // 19 June, 00:30
        steps.signIn();
        assertThat(steps.fireDueTimers()).isEqualTo(1);
        assertThat(steps.detail().path("publication").path("late").asBoolean()).isTrue();

        clock.set(Instant.parse("2026-06-22T02:00:00Z"));
        steps.signIn();
        steps.publish();
        JsonNode publication = steps.detail().path("publication");
        assertThat(publication.path("delayWorkingDays").asInt()).isEqualTo(8);
        assertThat(publication.path("late").asBoolean()).isTrue();
        JsonNode figures = steps.supervisor
                .get("/api/v1/penalties/statistics?from=2026-06-09&to=2026-06-09")
                .json();
        assertThat(figures.path("publication").path("LATE").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.path("delays").path("8").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(actions()).contains("PUBLICATION_ESCALATED", "PUBLICATION_LATE");
    }

    @Test
    void a_publication_ends_by_itself_at_the_end_of_its_period_and_leaves_the_public_page() {
        toServed(150_000, "GENERAL");
        steps.publish();
        payAndClose();
        Api anyone = Api.anonymous(port);
        assertThat(anyone.get("/api/v1/public/penalties/" + steps.penaltyId).status())
                .isEqualTo(200);

        clock.set(Instant.parse("2027-06-09T15:00:00Z")); // 9 June 2027, 23:00: still the last day
        assertThat(steps.fireDueTimers()).isZero();
        assertThat(anyone.get("/api/v1/public/penalties/" + steps.penaltyId).status())
                .isEqualTo(200);
        clock.set(Instant.parse("2027-06-09T16:01:00Z")); // 10 June 2027, 00:01
        assertThat(anyone.get("/api/v1/public/penalties/" + steps.penaltyId).status())
                .as("off the page on the day after, before the timer runs")
                .isEqualTo(404);
        assertThat(steps.fireDueTimers()).isEqualTo(1);

        steps.signIn();
        assertThat(steps.detail().path("publication").path("status").asText()).isEqualTo("ENDED");
        assertThat(steps.detail().path("publication").path("endReasonName").asText())
                .isEqualTo("公示期满");
        assertThat(steps.detail().path("pushes").findValuesAsText("action")).containsExactly("PUBLISH", "STOP");
    }

    @Test
    void a_revoked_decision_is_withdrawn_from_the_page_and_the_platform_with_its_reason() {
        toServed(150_000, "GENERAL");
        steps.publish();
        clock.set(Instant.parse("2026-06-15T02:00:00Z"));
        steps.signIn();

        Api.Response revoked = steps.supervisor.post(
                "/api/v1/penalties/" + steps.penaltyId + "/changes",
                Map.of(
                        "kind", "REVOKED",
                        "reason", "行政复议决定撤销原处罚决定",
                        "instrument", "西政复决〔2026〕8号",
                        "changedOn", "2026-06-12"));
        PenaltySteps.ok(revoked);
        assertThat(revoked.json().path("withdrawalDueOn").asText()).isEqualTo("2026-06-17");
        assertThat(revoked.json().path("late").asBoolean()).isFalse();

        JsonNode detail = steps.detail();
        assertThat(detail.path("status").asText()).isEqualTo("REVOKED");
        assertThat(detail.path("publication").path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(detail.path("publication").path("withdrawalReason").asText()).isEqualTo("行政复议决定撤销原处罚决定");
        assertThat(Api.anonymous(port)
                        .get("/api/v1/public/penalties/" + steps.penaltyId)
                        .status())
                .isEqualTo(404);
        assertThat(detail.path("pushes").findValuesAsText("action")).containsExactly("PUBLISH", "WITHDRAW");
        assertThat(steps.instances()).isEmpty();
        deliveries.runOnce();
        assertThat(steps.detail().path("pushes").get(1).path("receipt").asText())
                .contains(".xlsx#");
    }

    @Test
    void an_amended_decision_corrects_the_published_record_and_pushes_the_correction() {
        toServed(150_000, "GENERAL");
        steps.publish();

        Api.Response outside = steps.supervisor.post(
                "/api/v1/penalties/" + steps.penaltyId + "/changes",
                Map.of(
                        "kind", "AMENDED",
                        "reason", "复议变更罚款数额",
                        "instrument", "西政复决〔2026〕9号",
                        "changedOn", "2026-06-10",
                        "fineYuan", 90_000));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.problemFields()).containsExactly("fineYuan");

        PenaltySteps.ok(steps.supervisor.post(
                "/api/v1/penalties/" + steps.penaltyId + "/changes",
                Map.of(
                        "kind", "AMENDED",
                        "reason", "复议变更罚款数额",
                        "instrument", "西政复决〔2026〕9号",
                        "changedOn", "2026-06-10",
                        "fineYuan", 120_000)));

        JsonNode shown = Api.anonymous(port)
                .get("/api/v1/public/penalties/" + steps.penaltyId)
                .json();
        assertThat(shown.path("fineTenThousandYuan").asText()).isEqualTo("12.000000");
        JsonNode detail = steps.detail();
        assertThat(detail.path("decision").path("amended").asBoolean()).isTrue();
        assertThat(detail.path("pushes").findValuesAsText("action")).containsExactly("PUBLISH", "CORRECT");
        assertThat(detail.path("publication").path("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void an_unpaid_fine_is_overdue_after_fifteen_days_and_the_surcharge_is_shown() {
        toServed(150_000, "GENERAL"); // served 10 June: pay by 25 June

        clock.set(Instant.parse("2026-06-25T15:00:00Z"));
        steps.signIn();
        assertThat(steps.fireDueTimers()).as("publication reminders only").isLessThanOrEqualTo(2);
        assertThat(steps.detail().path("status").asText()).isEqualTo("SERVED");
        clock.set(Instant.parse("2026-06-26T02:00:00Z"));
        steps.signIn();
        steps.fireDueTimers();

        JsonNode detail = steps.detail();
        assertThat(detail.path("status").asText()).isEqualTo("PAYMENT_OVERDUE");
        assertThat(detail.path("service").path("paymentOverdue").asBoolean()).isTrue();
        assertThat(detail.path("service").path("surchargeDays").asLong()).isEqualTo(1);
        assertThat(detail.path("service").path("surchargeYuan").decimalValue()).isEqualByComparingTo("4500");
    }

    @Test
    void a_light_record_is_not_published_unless_the_agency_finds_it_necessary() {
        steps.register("王建国");
        steps.investigate();
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_LegalReview",
                Map.of(
                        "outcome",
                        "PENALTY",
                        "opinion",
                        "情节轻微，拟予警告",
                        "collectiveDiscussion",
                        false,
                        "intendedKinds",
                        List.of("WARNING"))));
        steps.serveNotice(JUNE_1);
        assertThat(steps.detail().path("notice").path("hearingOffered").asBoolean())
                .as("a warning gives no hearing")
                .isFalse();
        clock.set(Instant.parse("2026-06-05T02:00:00Z"));
        steps.signIn();
        assertThat(steps.fireDueTimers()).as("the statement period").isEqualTo(1);
        PenaltySteps.ok(steps.complete(
                steps.supervisor,
                "Task_Decide",
                Map.of("kinds", List.of("WARNING"), "reasons", "情节轻微，给予警告", "severityTier", "LIGHT")));
        steps.serveDecision(LocalDate.of(2026, 6, 5));

        JsonNode detail = steps.detail();
        assertThat(detail.path("decision").path("published").asBoolean()).isFalse();
        assertThat(detail.path("publication").path("status").asText()).isEqualTo("NOT_PUBLISHED");
        assertThat(detail.path("pushes")).isEmpty();
        assertThat(Api.anonymous(port)
                        .get("/api/v1/public/penalties/" + steps.penaltyId)
                        .status())
                .isEqualTo(404);
    }

    // ---------------------------------------------------------------- steps

    /** Decided on Tuesday 9 June 2026 and served on Wednesday 10 June. */
    private void toServed(long fine, String tier) {
        steps.register("王建国");
        steps.investigate();
        PenaltySteps.ok(steps.review(fine));
        steps.serveNotice(JUNE_1);
        PenaltySteps.ok(steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/statement", Map.of("text", "请求从轻处罚")));
        clock.set(Instant.parse("2026-06-09T01:00:00Z"));
        steps.signIn();
        steps.fireDueTimers();
        PenaltySteps.ok(steps.decide(fine, tier));
        clock.set(Instant.parse("2026-06-10T01:00:00Z"));
        steps.signIn();
        steps.serveDecision(LocalDate.of(2026, 6, 10));
    }

    private void payAndClose() {
        Api.Response upload = steps.enterprise.upload(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/files?purpose=PAYMENT_PROOF", "凭证.pdf", pdf());
        PenaltySteps.ok(upload);
        PenaltySteps.ok(steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/payment-proof",
                Map.of("fileId", upload.json().path("id").asLong(), "paidOn", "2026-06-10", "amountYuan", 150000)));
        long payment = steps.detail().path("payments").get(0).path("id").asLong();
        PenaltySteps.ok(steps.supervisor.post(
                "/api/v1/penalties/" + steps.penaltyId + "/payments/" + payment + "/confirm", Map.of()));
        PenaltySteps.ok(steps.complete(steps.supervisor, "Task_ApproveClosure", Map.of()));
    }

    private List<String> actions() {
        return steps.supervisor
                .get("/api/v1/penalties/" + steps.penaltyId + "/audit")
                .json()
                .findValuesAsText("action");
    }

    private static byte[] pdf() {
        try {
            return CaseSteps.pdf();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
