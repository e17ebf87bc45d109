package cn.energyinspect.app.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.penalty.credit.CreditDeliveries;
import cn.energyinspect.app.penalty.credit.CreditProperties;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.PenaltySteps;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A penalty case from beginning to end through the HTTP API, as the agency's people, the enterprise and the public
 * see it: a case not rectified in time is referred; registered, investigated, reviewed; the 告知书 served and the party
 * heard; the decision made with its credit record and served with the 信用修复告知书; the record published within 7
 * working days on the public page and delivered to the provincial platform as an exchange file; the fine paid and the
 * case closed; repair refused before its day, then applied for with the 整改复查意见书 and accepted, which ends the
 * publication early and pushes the stop.
 */
@IntegrationTest
class PenaltyScenarioTest {
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
    JdbcTemplate jdbc;

    @Autowired
    CreditDeliveries deliveries;

    @Autowired
    CreditProperties credit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_referred_case_is_decided_published_delivered_paid_closed_and_its_credit_repaired() throws Exception {
        clock.set(MONDAY_1_JUNE_2026);
        CaseWorld.World world = worlds.create("330106");
        referInspectionCase(world);

        // 1 August 2026: the rectification deadline passed; the penalty case is waiting for 立案审批
        PenaltySteps steps = new PenaltySteps(port, world, runtime, jobs);
        JsonNode list = steps.supervisor
                .get("/api/v1/penalties?enterprise=" + world.enterpriseUscc())
                .json();
        assertThat(list.path("totalItems").asLong()).isEqualTo(1);
        steps.penaltyId = list.path("items").get(0).path("id").asLong();
        JsonNode referred = steps.detail();
        assertThat(referred.path("status").asText()).isEqualTo("REFERRED");
        assertThat(referred.path("statusName").asText()).isEqualTo("待立案审批");
        assertThat(referred.path("source").asText()).isEqualTo("REFERRAL");
        assertThat(referred.path("findings")).hasSize(1);
        assertThat(referred.path("findings").get(0).path("kindName").asText()).isEqualTo("超过单位产品能耗限额");
        assertThat(referred.path("proposedArticles").findValuesAsText("code")).contains("EL72");
        assertThat(referred.path("facts").asText()).contains("逾期未整改");

        clock.set(Instant.parse("2026-08-03T01:00:00Z")); // Monday
        steps.signIn();
        steps.configureAuthority();
        steps.register("王建国");
        JsonNode registered = steps.detail();
        assertThat(registered.path("article").path("code").asText()).isEqualTo("EL83");
        assertThat(registered.path("article").path("fineMinYuan").asLong()).isEqualTo(100_000);
        assertThat(registered.path("article").path("fineMaxYuan").asLong()).isEqualTo(300_000);
        assertThat(registered.path("decisionLimitOn").asText()).isEqualTo("2026-11-02"); // 90 days, rolled to Monday
        steps.investigate();
        PenaltySteps.ok(steps.review(150_000));
        steps.serveNotice(LocalDate.of(2026, 8, 3));
        JsonNode notified = steps.detail();
        assertThat(notified.path("notice").path("statementDeadline").asText()).isEqualTo("2026-08-06");
        assertThat(notified.path("notice").path("hearingOffered").asBoolean()).isTrue();
        assertThat(notified.path("notice").path("hearingDeadline").asText()).isEqualTo("2026-08-10");
        assertThat(notified.path("notice").path("statementDaysUnconfirmed").asBoolean())
                .isTrue();

        // the enterprise sees its notice and states its case
        JsonNode portal = steps.enterprise
                .get("/api/v1/portal/penalties/" + steps.penaltyId)
                .json();
        assertThat(portal.path("documents").findValuesAsText("kind")).contains("PENALTY_NOTICE");
        assertThat(portal.path("documents").findValuesAsText("kind")).doesNotContain("PENALTY_REGISTRATION");
        assertThat(portal.path("review").isNull())
                .as("the review opinion is internal")
                .isTrue();
        PenaltySteps.ok(steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/statement", Map.of("text", "我公司已启动余热发电改造，恳请从轻处罚。")));

        clock.set(Instant.parse("2026-08-11T01:00:00Z")); // the 5 working days to ask for a hearing ended on 8-10
        steps.signIn();
        assertThat(steps.fireDueTimers()).isEqualTo(1);
        JsonNode form = steps.supervisor
                .get("/api/v1/penalty-tasks/" + steps.task(steps.supervisor, "Task_Decide"))
                .json()
                .path("form");
        assertThat(form.path("article").path("fineMinYuan").asLong()).isEqualTo(100_000);
        assertThat(form.path("suggestedTier").asText()).isEqualTo("GENERAL");
        assertThat(form.path("windows").path("GENERAL").path("regime").asText()).isEqualTo("国家发展改革委令第36号");
        PenaltySteps.ok(steps.decide(150_000, "GENERAL"));
        JsonNode decided = steps.detail();
        assertThat(decided.path("status").asText()).isEqualTo("DECIDED");
        JsonNode decision = decided.path("decision");
        assertThat(decision.path("decisionNumber").asText()).matches(".+罚〔2026〕[1-9]\\d*号");
        assertThat(decision.path("repairFrom").asText()).isEqualTo("2026-11-11");
        assertThat(decision.path("publicUntil").asText()).isEqualTo("2027-08-11");
        assertThat(decision.path("severityTierName").asText()).isEqualTo("一般");
        assertThat(field(decision, "CF_NR_FK")).isEqualTo("15.000000");
        assertThat(field(decision, "CF_XDR_SHXYM")).isEqualTo(world.enterpriseUscc());
        assertThat(field(decision, "CF_CFJGDM")).isEqualTo(steps.authorityUscc());
        assertThat(field(decision, "CF_GSJZQ")).isEqualTo("2027-08-11");

        clock.set(Instant.parse("2026-08-12T01:00:00Z"));
        steps.signIn();
        steps.serveDecision(LocalDate.of(2026, 8, 12));
        JsonNode served = steps.detail();
        assertThat(served.path("status").asText()).isEqualTo("SERVED");
        assertThat(served.path("service").path("paymentDueOn").asText()).isEqualTo("2026-08-27");
        assertThat(served.path("publication").path("status").asText()).isEqualTo("PENDING");
        assertThat(served.path("publication").path("dueOn").asText()).isEqualTo("2026-08-20");
        assertDocuments(steps, served);

        // the record is published two working days after the decision, and shown to anyone
        clock.set(Instant.parse("2026-08-13T02:00:00Z"));
        steps.signIn();
        steps.publish();
        JsonNode published = steps.detail().path("publication");
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("delayWorkingDays").asInt()).isEqualTo(2);
        assertThat(published.path("late").asBoolean()).isFalse();
        Api anyone = Api.anonymous(port);
        JsonNode byCode = anyone.get("/api/v1/public/penalties?q=" + world.enterpriseUscc())
                .json();
        assertThat(byCode.path("totalItems").asLong()).isEqualTo(1);
        JsonNode shown = byCode.path("items").get(0);
        assertThat(shown.path("decisionNumber").asText())
                .isEqualTo(decision.path("decisionNumber").asText());
        assertThat(shown.path("fields").has("CF_FR_ZJHM")).isFalse();
        assertThat(shown.path("fields").has("CF_XDR_ZJHM")).isFalse();
        assertThat(shown.path("labels").path("CF_XDR_MC").asText()).isEqualTo("行政相对人名称");
        assertThat(anyone.get("/api/v1/public/penalties?q="
                                + steps.detail().path("party").path("name").asText())
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(1);

        // delivered to the provincial platform as an exchange file (Excel and JSON), with its receipt
        assertThat(deliveries.runOnce().delivered()).isGreaterThanOrEqualTo(1);
        JsonNode push = steps.detail().path("pushes").get(0);
        assertThat(push.path("action").asText()).isEqualTo("PUBLISH");
        assertThat(push.path("deliveredAt").isNull()).isFalse();
        String receipt = push.path("receipt").asText();
        Path workbook = credit.exportDir().resolve(receipt.substring(0, receipt.indexOf('#')));
        assertThat(workbook).exists();
        assertThat(Files.exists(Path.of(workbook.toString().replace(".xlsx", ".json"))))
                .isTrue();
        assertExchangeFile(workbook, Integer.parseInt(receipt.substring(receipt.indexOf('#') + 1)), world, decision);

        // the fine is paid and confirmed; the case closes
        steps.payAndConfirm(150_000, LocalDate.of(2026, 8, 13));
        assertThat(steps.detail().path("status").asText()).isEqualTo("PAID");
        PenaltySteps.ok(steps.complete(steps.supervisor, "Task_ApproveClosure", Map.of("comment", "罚款已缴清，同意结案")));
        JsonNode closed = steps.detail();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcomeName").asText()).isEqualTo("执行完毕结案");
        assertThat(closed.path("publication").path("status").asText())
                .as("publication goes on")
                .isEqualTo("PUBLISHED");

        // repair before the minimum period: refused with the earliest day
        clock.set(Instant.parse("2026-09-01T02:00:00Z"));
        steps.signIn();
        Api.Response early = steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/repair",
                Map.of("commitment", "本单位承诺所提交材料真实有效", "commitmentPublic", true));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().path("earliestDate").asText()).isEqualTo("2026-11-11");
        assertThat(early.problemFields()).containsExactly("repairFrom");

        // the rectification is done and accepted in a new inspection case: its 整改复查意见书 proves it
        String opinion = steps.rectified(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 30));

        clock.set(Instant.parse("2026-11-11T02:00:00Z"));
        steps.signIn();
        JsonNode conditions = steps.enterprise
                .get("/api/v1/portal/penalties/" + steps.penaltyId + "/repair")
                .json();
        assertThat(conditions.path("periodPassed").asBoolean()).isTrue();
        assertThat(conditions.path("finePaid").asBoolean()).isTrue();
        assertThat(conditions.path("reviewOpinionNumber").asText()).isEqualTo(opinion);
        Api.Response applied = steps.enterprise.post(
                "/api/v1/portal/penalties/" + steps.penaltyId + "/repair",
                Map.of("commitment", "本单位承诺所提交材料真实有效，如有不实愿承担相应责任", "commitmentPublic", true));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().path("reviewOpinionNumber").asText()).isEqualTo(opinion);
        PenaltySteps.ok(steps.complete(steps.supervisor, "Task_ReviewRepair", Map.of("accepted", true)));

        JsonNode repaired = steps.detail();
        assertThat(repaired.path("publication").path("status").asText()).isEqualTo("REPAIRED");
        assertThat(repaired.path("publication").path("endReasonName").asText()).isEqualTo("信用修复");
        assertThat(repaired.path("repairs").get(0).path("statusName").asText()).isEqualTo("准予修复");
        assertThat(anyone.get("/api/v1/public/penalties?q=" + world.enterpriseUscc())
                        .json()
                        .path("totalItems")
                        .asLong())
                .as("repaired: off the public page")
                .isZero();
        assertThat(anyone.get("/api/v1/public/penalties/" + steps.penaltyId).status())
                .isEqualTo(404);
        deliveries.runOnce();
        List<String> actions = steps.detail().path("pushes").findValuesAsText("action");
        assertThat(actions).containsExactly("PUBLISH", "STOP");
        assertThat(steps.detail().path("pushes").get(1).path("deliveredAt").isNull())
                .isFalse();
        assertThat(steps.instances()).as("both processes ended").isEmpty();

        List<String> trail = steps.supervisor
                .get("/api/v1/penalties/" + steps.penaltyId + "/audit")
                .json()
                .findValuesAsText("action");
        assertThat(trail)
                .contains(
                        "PENALTY_REFERRED",
                        "PENALTY_REGISTERED",
                        "PENALTY_NOTICE_SERVED",
                        "PENALTY_STATEMENT_SUBMITTED",
                        "PENALTY_DECIDED",
                        "PENALTY_DECISION_SERVED",
                        "PUBLICATION_PUBLISHED",
                        "PENALTY_PAYMENT_CONFIRMED",
                        "PENALTY_CLOSED",
                        "REPAIR_REQUESTED",
                        "REPAIR_ACCEPTED");
        // the page names each actor of the trail by the person, never by the login
        JsonNode people = steps.detail().path("people");
        List<String> actors = steps.supervisor
                .get("/api/v1/penalties/" + steps.penaltyId + "/audit")
                .json()
                .findValuesAsText("actor");
        assertThat(actors).contains(steps.world.supervisor());
        for (String actor : actors) {
            if (!"process".equals(actor)) {
                assertThat(people.path(actor).asText()).as(actor).isNotBlank().isNotEqualTo(actor);
            }
        }
    }

    /** An over-quota clinker works that lets its rectification deadline (31 July 2026) pass: referred on 1 August. */
    private void referInspectionCase(CaseWorld.World world) {
        CaseSteps inspection = new CaseSteps(port, world);
        inspection.open("COMPLAINT");
        CaseSteps.ok(inspection.assignTeam("2026-06-01"));
        CaseSteps.ok(
                inspection.inspect(125, Instant.parse("2026-06-01T02:30:00Z"), Instant.parse("2026-06-01T05:00:00Z")));
        String instance = jdbc.queryForObject(
                "SELECT process_instance_id FROM inspection_case WHERE id = ?", String.class, inspection.caseId);
        clock.advance(Duration.ofDays(10));
        CaseSteps.fireDueTimers(jobs, instance);
        inspection.signIn();
        inspection.draftApproveAndServe("2026-07-31", "2026-06-11");
        clock.set(Instant.parse("2026-08-01T02:00:00Z"));
        CaseSteps.fireDueTimers(jobs, instance);
        inspection.signIn();
        assertThat(inspection.detail().path("status").asText()).isEqualTo("REFERRED_FOR_PENALTY");
    }

    /** The documents issued so far, read back: each with what the law requires on it. */
    private static void assertDocuments(PenaltySteps steps, JsonNode detail) throws Exception {
        List<String> kinds = new ArrayList<>(detail.path("documents").findValuesAsText("kind"));
        assertThat(kinds)
                .containsExactly(
                        "PENALTY_REGISTRATION",
                        "PENALTY_NOTICE",
                        "PENALTY_DECISION",
                        "CREDIT_REPAIR_NOTICE",
                        "SERVICE_RECEIPT");
        String number = detail.path("decision").path("decisionNumber").asText();
        String decision = pdfText(steps, detail, "PENALTY_DECISION");
        assertThat(decision)
                .contains("行政处罚决定书", number, detail.path("party").path("name").asText(), "王建国")
                .contains("第八十三条", "壹拾伍万元整", "150000元", "15日内", "百分之三", "60日内", "6个月内")
                .contains("信用修复告知书")
                .doesNotContain("CF_", "FINE", "GENERAL");
        String repair = pdfText(steps, detail, "CREDIT_REPAIR_NOTICE");
        assertThat(repair).contains(number, "国家发展改革委令第36号", "一般", "2027年8月11日", "2026年11月11日");
        String receipt = pdfText(steps, detail, "SERVICE_RECEIPT");
        assertThat(receipt).contains("送达回证", number, "信用修复告知书", "直接送达", "王建国");
        String notice = pdfText(steps, detail, "PENALTY_NOTICE");
        assertThat(notice).contains("拟作出", "罚款人民币150000元", "2026年8月6日", "2026年8月10日", "听证");
        assertThat(detail.path("documents").findValuesAsText("servedOn")).contains("2026-08-12");
    }

    private static String pdfText(PenaltySteps steps, JsonNode detail, String kind) throws Exception {
        for (JsonNode document : detail.path("documents")) {
            if (document.path("kind").asText().equals(kind)) {
                byte[] pdf = steps.supervisor.bytes("/api/v1/penalties/" + steps.penaltyId + "/documents/"
                        + document.path("id").asLong() + "/pdf");
                return new PDFTextStripper().getText(Loader.loadPDF(pdf)).replaceAll("\\s+", "");
            }
        }
        throw new AssertionError("no " + kind);
    }

    /** The exchange workbook: a row of CF codes, a row of names, the record on the receipt's row. */
    private static void assertExchangeFile(Path file, int row, CaseWorld.World world, JsonNode decision)
            throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row codes = sheet.getRow(0);
            Row names = sheet.getRow(1);
            Row data = sheet.getRow(row - 1);
            Map<String, String> values = new java.util.HashMap<>();
            for (int c = 0; c < codes.getLastCellNum(); c++) {
                values.put(
                        codes.getCell(c).getStringCellValue(), data.getCell(c).getStringCellValue());
            }
            assertThat(names.getCell(3).getStringCellValue()).isEqualTo("行政相对人名称");
            assertThat(values.get("PUSH_ACTION")).isEqualTo("公示");
            assertThat(values.get("CF_XDR_SHXYM")).isEqualTo(world.enterpriseUscc());
            assertThat(values.get("CF_WSH"))
                    .isEqualTo(decision.path("decisionNumber").asText());
            assertThat(values.get("CF_NR_FK")).isEqualTo("15.000000");
            assertThat(values.get("CF_CFLB")).isEqualTo("罚款");
            assertThat(values.get("CF_JDRQ")).isEqualTo("2026-08-11");
        }
    }

    private static String field(JsonNode decision, String code) {
        for (JsonNode field : decision.path("record")) {
            if (field.path("code").asText().equals(code)) {
                return field.path("value").asText();
            }
        }
        throw new AssertionError("no field " + code);
    }
}
