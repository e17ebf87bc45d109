package cn.energyinspect.app.desk;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual filing round through the HTTP API: a city agency opens the round of 2025 for its key units, one unit files
 * (figures that do not add up are filed and flagged, the same content again is stored once, a correction needs its
 * reason), the due day passes and the unit that did not file is listed as missing — a desk-review candidate — and
 * after the round is closed a report is a 409 until the agency reopens the round for that unit. And the bad inputs of
 * issue 16: another enterprise's report, a number that is not a number, a malformed or wrongly filled workbook.
 */
@IntegrationTest
class ReportRoundScenarioTest {
    static final Instant MONDAY_2_MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService jobs;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_round_lists_who_filed_who_is_late_and_who_is_missing_and_refuses_reports_once_closed() {
        clock.set(MONDAY_2_MARCH_2026);
        agencies.insert(new AgencyMapper.AgencyInsert("温州市节能监察支队（测试）", "330300", Agency.Tier.CITY));
        String filer = keyUnit("330302", true);
        String silent = keyUnit("330303", true);
        String small = keyUnit("330302", false);
        String cityUser = users.create(Role.SUPERVISOR, "330300");
        String filerUser = users.enterpriseUser(filer, "330302");
        String silentUser = users.enterpriseUser(silent, "330303");
        Api city = Api.as(port, cityUser);
        Api enterprise = Api.as(port, filerUser);

        Api county = Api.as(port, worlds.create("330106").supervisor());
        assertThat(county.post("/api/v1/desk/rounds", Map.of("year", 2025)).status())
                .as("a county agency does not open a round")
                .isEqualTo(403);
        assertThat(city.post("/api/v1/desk/rounds", Map.of("year", 2025, "dueDate", "2025-12-31"))
                        .problemFields())
                .containsOnly("dueDate");
        Api.Response opened = city.post(
                "/api/v1/desk/rounds",
                Map.of("year", 2025, "dueDate", "2026-03-31", "reminderWorkingDays", List.of(5, 1)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long round = opened.json().path("id").asLong();
        assertThat(opened.json().path("total").path("units").asLong())
                .as("the two key units of the register, not the small one")
                .isEqualTo(2);
        assertThat(city.post("/api/v1/desk/rounds", Map.of("year", 2025, "dueDate", "2026-03-31"))
                        .status())
                .isEqualTo(409);

        // another enterprise's report is not found
        assertThat(enterprise.get(reportPath(silent)).status()).isEqualTo(404);
        assertThat(enterprise
                        .post(reportPath(silent) + "/submit", Map.of("content", report(1000)))
                        .status())
                .isEqualTo(404);
        // a number that is not a number names its field
        Map<String, Object> notANumber = report(1000);
        notANumber.put("declaredTotalTce", "一千");
        Api.Response typo = enterprise.post(reportPath(filer) + "/submit", Map.of("content", notANumber));
        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.problemFields()).containsExactly("content.declaredTotalTce");

        // figures that do not add up are the enterprise's declaration: filed, and flagged
        Api.Response filed = enterprise.post(reportPath(filer) + "/submit", Map.of("content", report(1000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("version").asInt()).isEqualTo(1);
        assertThat(filed.json().path("late").asBoolean()).isFalse();
        assertThat(filed.json().path("verdicts").findValuesAsText("signal"))
                .contains("USE_SUM_MISMATCH", "TCE_MISMATCH");
        Api.Response again = enterprise.post(reportPath(filer) + "/submit", Map.of("content", report(1000)));
        assertThat(again.status()).as("the same version twice is stored once").isEqualTo(200);
        assertThat(again.json().path("created").asBoolean()).isFalse();
        assertThat(again.json().path("version").asInt()).isEqualTo(1);
        assertThat(enterprise
                        .post(reportPath(filer) + "/submit", Map.of("content", report(900)))
                        .problemFields())
                .containsExactly("reason");
        Api.Response corrected =
                enterprise.post(reportPath(filer) + "/submit", Map.of("content", report(900), "reason", "综合能耗合计有误，更正"));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.json().path("version").asInt()).isEqualTo(2);
        JsonNode view = enterprise.get(reportPath(filer)).json();
        assertThat(view.path("versions")).hasSize(2);
        assertThat(view.path("round").path("filerStatus").asText()).isEqualTo("ON_TIME");

        JsonNode progress = city.get("/api/v1/desk/rounds/" + round).json().path("total");
        assertThat(progress.path("onTime").asLong()).isEqualTo(1);
        assertThat(progress.path("pending").asLong()).isEqualTo(1);

        // the due day passes: the unit that did not file is missing, a desk-review candidate (Art. 82)
        String instance =
                jdbc.queryForObject("SELECT process_instance_id FROM report_round WHERE id = ?", String.class, round);
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        city = Api.as(port, cityUser);
        int fired = 0;
        for (int i = 0; i < 5; i++) {
            fired += CaseSteps.fireDueTimers(jobs, instance);
        }
        assertThat(fired).as("the reminders and the due day").isGreaterThanOrEqualTo(1);
        JsonNode missing = city.get("/api/v1/desk/rounds/" + round + "/filers?status=MISSING")
                .json();
        assertThat(missing.path("items").findValuesAsText("uscc")).containsExactly(silent);
        JsonNode screenings = city.get("/api/v1/desk/screenings?year=2025&signal=NOT_FILED&size=200")
                .json();
        assertThat(screenings.path("items").findValuesAsText("uscc"))
                .contains(silent)
                .doesNotContain(small);

        // a late report is accepted and marked late while the round is open
        Api silentEnterprise = Api.as(port, silentUser);
        Api.Response late = silentEnterprise.post(reportPath(silent) + "/submit", Map.of("content", report(1000)));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().path("late").asBoolean()).isTrue();

        Api.Response closed = city.post("/api/v1/desk/rounds/" + round + "/close", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");

        enterprise = Api.as(port, filerUser);
        Api.Response afterClose =
                enterprise.post(reportPath(filer) + "/submit", Map.of("content", report(950), "reason", "再次更正"));
        assertThat(afterClose.status()).as("the round is closed").isEqualTo(409);
        assertThat(city.post("/api/v1/desk/rounds/" + round + "/filers/" + filer + "/reopen", Map.of())
                        .problemFields())
                .containsExactly("reason");
        assertThat(city.post(
                                "/api/v1/desk/rounds/" + round + "/filers/" + filer + "/reopen",
                                Map.of("reason", "企业申请更正综合能耗"))
                        .status())
                .isEqualTo(200);
        Api.Response reopened =
                enterprise.post(reportPath(filer) + "/submit", Map.of("content", report(950), "reason", "再次更正"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
        assertThat(reopened.json().path("version").asInt()).isEqualTo(3);
    }

    @Test
    void a_malformed_workbook_or_a_cell_that_is_not_a_number_is_refused_naming_sheet_row_and_column() throws Exception {
        CaseWorld.World world = worlds.create("330106");
        Api enterprise = Api.as(port, world.enterpriseUser());
        String path = reportPath(world.enterpriseUscc()) + "/upload";

        Api.Response garbage = enterprise.upload(path, "report.xlsx", "不是 Excel 文件".getBytes());
        assertThat(garbage.status())
                .as("a file that is no workbook at all: the platform's 415 for every Excel upload")
                .isEqualTo(415);
        assertThat(garbage.contentType()).contains("application/problem+json");

        byte[] template = enterprise.bytes("/api/v1/desk/reports/template.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            Sheet basic = workbook.getSheet("表1 基本情况");
            Row b = basic.getRow(1) == null ? basic.createRow(1) : basic.getRow(1);
            Workbooks.fill(b, List.of("测试水泥厂", "张三", "工程师", "是", "2024"));
            Sheet energy = workbook.getSheet("表2 能源消费");
            Row e = energy.getRow(1) == null ? energy.createRow(1) : energy.getRow(1);
            Workbooks.fill(e, List.of("原煤", "一万", "t"));
            Api.Response typo = enterprise.upload(path, "report.xlsx", Workbooks.toBytes(workbook));
            assertThat(typo.status()).as(typo.body()).isEqualTo(422);
            assertThat(typo.problemFields()).contains("表2 能源消费!B2");
        }
        assertThat(enterprise
                        .get(reportPath(world.enterpriseUscc()))
                        .json()
                        .path("status")
                        .asText())
                .as("nothing was saved")
                .isEqualTo("NONE");
    }

    // ---------------------------------------------------------------- helpers

    String keyUnit(String county, boolean key) {
        EnterpriseForm form = anEnterprise().inRegion(county).keyEnergyUnit(key).build();
        enterprises.insert(form, key);
        return form.uscc();
    }

    static String reportPath(String uscc) {
        return "/api/v1/desk/reports/" + uscc + "/2025";
    }

    /** A report whose uses (500 + 200 tce) do not add up to the declared total. */
    static Map<String, Object> report(double declaredTotal) {
        Map<String, Object> content = new LinkedHashMap<>(DeskReviewScenarioTest.report(105));
        content.put("declaredTotalTce", declaredTotal);
        content.put("uses", List.of(Map.of("use", "PRODUCTION", "tce", 500), Map.of("use", "AUXILIARY", "tce", 200)));
        return content;
    }
}
