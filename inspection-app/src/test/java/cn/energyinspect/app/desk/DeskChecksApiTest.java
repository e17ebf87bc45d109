package cn.energyinspect.app.desk;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The checks of issue 16 that the round and desk-case scenarios do not reach, through the HTTP API: a province's batch
 * import (several units in one Excel file; a cell that is not a number is a 422 naming sheet, row and column, and a bad
 * file stores nothing), the key-unit flag recomputed from a report's comprehensive consumption (GB/T 2589) with its
 * basis and the unit that crosses the threshold put on next year's round, a province's screening rule set changing the
 * outcome of the next screening (and its bad inputs), data centres' PUE graded against GB 40879 (its unconfirmed grade
 * values said so) and the PUE &lt; 1.3 target of new large data centres, and the electricity-price consequence of
 * aluminium, cement, steel and data centres, each verdict with its source.
 *
 * <p>Provinces only this class uses: 贵州 (52) for the batch and the key units, 云南 (53) for the rule set (reset at
 * the end), 北京 (11) for data centres and prices.
 */
@IntegrationTest
class DeskChecksApiTest {
    static final Instant MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

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

    // ---------------------------------------------------------------- the province's batch

    @Test
    void a_province_imports_a_batch_of_several_units_and_a_bad_cell_is_named_by_sheet_row_and_column()
            throws Exception {
        clock.set(MARCH_2026);
        Api province = Api.as(port, users.create(Role.SUPERVISOR, agencyOf("520000", "贵州省节能监察中心（测试）")));
        String a = unit("520102", false);
        String b = unit("520103", false);
        String c = unit("520102", true);
        String yunnan = unit("530102", false);
        byte[] template = province.bytes("/api/v1/desk/reports/batch-template.xlsx");

        List<Map<String, String>> good = List.of(
                batchRow(a, "8000", "2000", "108"),
                batchRow(b, "21000", "3000", "112"),
                batchRow(c, "6000", "800", "119"));
        byte[] file = batch(template, good);

        assertThat(Api.as(port, worlds.create("520102").inspector1())
                        .upload("/api/v1/desk/reports/import?year=2025&mode=all", "batch.xlsx", file)
                        .status())
                .as("an inspector does not import")
                .isEqualTo(403);
        assertThat(province.upload("/api/v1/desk/reports/import?year=2025&mode=everything", "batch.xlsx", file)
                        .problemFields())
                .containsExactly("mode");
        Api.Response garbage =
                province.upload("/api/v1/desk/reports/import?year=2025&mode=all", "batch.xlsx", "不是 Excel".getBytes());
        assertThat(garbage.status()).isEqualTo(415);

        // a cell that is not a number, another province's unit and a unit listed twice: named, and nothing stored
        List<Map<String, String>> bad = new ArrayList<>(good);
        Map<String, String> typo = new HashMap<>(batchRow(c, "6000", "800", "119"));
        typo.put("原煤（t）", "六千");
        bad.set(2, typo);
        bad.add(batchRow(yunnan, "1000", "100", "110"));
        bad.add(batchRow(a, "8000", "2000", "108"));
        byte[] badFile = batch(template, bad);
        Api.Response refused = province.upload("/api/v1/desk/reports/import?year=2025&mode=all", "batch.xlsx", badFile);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        String coal = letter(template, "原煤（t）");
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("报告汇总!" + coal + "4", "报告汇总!A5", "报告汇总!A6");
        JsonNode report = refused.json().path("report");
        assertThat(report.path("rows").asInt()).isEqualTo(5);
        assertThat(report.path("invalid").asInt()).isEqualTo(3);
        JsonNode cell = report.path("errors").get(0);
        assertThat(cell.path("sheet").asText()).isEqualTo("报告汇总");
        assertThat(cell.path("row").asInt()).isEqualTo(4);
        assertThat(cell.path("column").asText()).isEqualTo(coal);
        assertThat(cell.path("columnTitle").asText())
                .as("the column is named by its title too")
                .isEqualTo("原煤（t）");
        assertThat(cell.path("message").asText()).contains("六千");
        for (String uscc : List.of(a, b, c)) {
            assertThat(status(province, uscc))
                    .as("nothing of a refused file is stored")
                    .isEqualTo("NONE");
        }

        JsonNode validated =
                ok(province.upload("/api/v1/desk/reports/import?year=2025&mode=validate", "batch.xlsx", badFile));
        assertThat(validated.path("valid").asInt()).isEqualTo(2);
        assertThat(validated.path("filed").asInt()).isZero();
        assertThat(status(province, a)).isEqualTo("NONE");

        JsonNode imported = ok(province.upload("/api/v1/desk/reports/import?year=2025&mode=all", "batch.xlsx", file));
        assertThat(imported.path("rows").asInt()).isEqualTo(3);
        assertThat(imported.path("filed").asInt()).isEqualTo(3);
        assertThat(imported.path("errors")).isEmpty();
        JsonNode filed = ok(province.get(reportPath(b)));
        assertThat(filed.path("status").asText()).isEqualTo("SUBMITTED");
        JsonNode version = filed.path("versions").get(0);
        assertThat(version.path("source").asText()).isEqualTo("BATCH");
        assertThat(version.path("reason").asText()).contains("省级批量导入");
        assertThat(version.path("keyUnitStatus").asText())
                .as("21,000 t of raw coal and 30 GWh are over 10,000 tce")
                .isEqualTo("YES");
        assertThat(filed.path("latest").path("verdicts").findValuesAsText("check"))
                .contains("TCE_CONVERSION", "KEY_UNIT", "QUOTA_GRADE");
        JsonNode own = ok(Api.as(port, users.enterpriseUser(a, "520102")).get(reportPath(a)));
        assertThat(own.path("currentVersion").asInt())
                .as("the unit reads what the province filed")
                .isEqualTo(1);

        JsonNode again = ok(province.upload("/api/v1/desk/reports/import?year=2025&mode=all", "batch.xlsx", file));
        assertThat(again.path("filed").asInt()).isZero();
        assertThat(again.path("unchanged").asInt())
                .as("the same batch twice is stored once")
                .isEqualTo(3);

        JsonNode validOnly =
                ok(province.upload("/api/v1/desk/reports/import?year=2025&mode=validOnly", "batch.xlsx", badFile));
        assertThat(validOnly.path("invalid").asInt()).isEqualTo(3);
        assertThat(validOnly.path("unchanged").asInt()).isEqualTo(2);
        assertThat(validOnly.path("errors").findValuesAsText("row")).containsExactlyInAnyOrder("4", "5", "6");
        assertThat(ok(province.get(reportPath(c))).path("currentVersion").asInt())
                .as("the bad row of c was not filed")
                .isEqualTo(1);
    }

    // ---------------------------------------------------------------- the key-unit flag

    @Test
    void the_key_unit_flag_is_recomputed_from_the_report_and_a_unit_that_crosses_the_threshold_files_next_year() {
        clock.set(MARCH_2026);
        String agencyRegion = agencyOf("520100", "贵阳市节能监察支队（测试）");
        String crossing = unit("520103", false);
        String designatable = unit("520103", false);
        String registered = unit("520103", true);
        Api crossingUser = Api.as(port, users.enterpriseUser(crossing, "520103"));

        // 15,000 t of raw coal (0.7143 kgce/kg) and 5 GWh (0.1229 kgce/kWh): 10,714.5 + 614.5 = 11,329 tce
        JsonNode filed = ok(crossingUser.post(
                reportPath(crossing) + "/submit",
                Map.of("content", content(energy(15_000, 5_000_000), List.of(clinker(110)), null))));
        assertThat(filed.path("keyUnitStatus").asText()).isEqualTo("YES");
        assertThat(filed.path("recomputedTotalTce").decimalValue()).isEqualByComparingTo("11329");
        JsonNode conversion = verdict(filed.path("verdicts"), "TCE_CONVERSION");
        assertThat(conversion.path("value").decimalValue()).isEqualByComparingTo("11329");
        assertThat(sources(conversion)).anyMatch(s -> s.contains("2589"));
        JsonNode key = verdict(filed.path("verdicts"), "KEY_UNIT");
        assertThat(key.path("level").asText()).isEqualTo("YES");
        assertThat(key.path("threshold").decimalValue()).isEqualByComparingTo("10000");
        assertThat(key.path("message").asText()).contains("11329", "10000", "重点用能单位");
        assertThat(key.path("basis").findValuesAsText("standard")).anyMatch(r -> r.contains("节约能源法"));

        JsonNode view = ok(crossingUser.get(reportPath(crossing)));
        assertThat(view.path("versions").get(0).path("keyUnitStatusLabel").asText())
                .isNotBlank()
                .doesNotContain("YES");
        JsonNode flag = view.path("keyUnitNextYear");
        assertThat(flag.path("appliesYear").asInt())
                .as("the flag decides next year's filing")
                .isEqualTo(2026);
        assertThat(flag.path("status").asText()).isEqualTo("YES");
        assertThat(flag.path("totalTce").decimalValue()).isEqualByComparingTo("11329");
        assertThat(flag.path("basis").asText()).contains("2025", "11329", "GB/T 2589", "第五十二条");

        // 8,000 t: 5,714.4 tce, between 5,000 and 10,000 — a key unit only if designated, not put on the round
        JsonNode between = ok(Api.as(port, users.enterpriseUser(designatable, "520103"))
                .post(
                        reportPath(designatable) + "/submit",
                        Map.of("content", content(energy(8_000, 0), List.of(clinker(110)), null))));
        assertThat(between.path("keyUnitStatus").asText()).isEqualTo("IF_DESIGNATED");
        // the register's key unit that used little stays on the list (the register decides)
        JsonNode small = ok(Api.as(port, users.enterpriseUser(registered, "520103"))
                .post(
                        reportPath(registered) + "/submit",
                        Map.of("content", content(energy(1_000, 0), List.of(clinker(110)), null))));
        assertThat(small.path("keyUnitStatus").asText()).isEqualTo("NO");

        clock.set(Instant.parse("2027-02-01T02:00:00Z"));
        Api city = Api.as(port, users.create(Role.SUPERVISOR, agencyRegion));
        Api.Response opened = city.post("/api/v1/desk/rounds", Map.of("year", 2026, "dueDate", "2027-03-31"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long round = opened.json().path("id").asLong();
        Map<String, String> basis = new HashMap<>();
        for (JsonNode f : ok(city.get("/api/v1/desk/rounds/" + round + "/filers?size=200"))
                .path("items")) {
            basis.put(f.path("uscc").asText(), f.path("basis").asText());
        }
        assertThat(basis).containsKeys(crossing, registered).doesNotContainKey(designatable);
        assertThat(basis.get(crossing))
                .as("the unit that crossed the threshold files for 2026, with why")
                .contains("上年度报告折算", "11329", "GB/T 2589");
        assertThat(basis.get(registered)).contains("企业名录");
    }

    // ---------------------------------------------------------------- the province's rule set

    @Test
    void a_provinces_rule_set_changes_the_next_screening_and_its_bad_inputs_change_nothing() {
        clock.set(MARCH_2026);
        CaseWorld.World world = worlds.create("530102");
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "530000"));
        Api supervisor = Api.as(port, world.supervisor());
        Api enterprise = Api.as(port, world.enterpriseUser());
        String path = reportPath(world.enterpriseUscc());
        try {
            // clinker at 118 kgce/t over the 117 limit; 10,000 t coal + 5 GWh recompute to 7,757.5 tce, 5% declared
            // above
            Map<String, Object> overQuota = content(energy(10_000, 5_000_000), List.of(clinker(118)), null, 8_145.4);
            ok(enterprise.post(path + "/submit", Map.of("content", overQuota)));
            JsonNode before = screening(supervisor, world.enterpriseUscc());
            assertThat(before.path("riskClass").asText()).isEqualTo("HIGH");
            assertThat(before.path("caseCandidate").asBoolean()).isTrue();
            assertThat(before.path("ruleSet").asText()).isEqualTo("DEFAULT");
            assertThat(outcomes(before)).containsEntry("OVER_QUOTA", "CASE").containsEntry("TCE_MISMATCH", "CASE");

            // bad inputs: each named, nothing changed
            assertThat(supervisor
                            .put("/api/v1/desk/rule-set", Map.of("outcomes", Map.of("OVER_QUOTA", "FLAG")))
                            .status())
                    .as("only a province administrator sets the rules")
                    .isEqualTo(403);
            assertThat(admin.put("/api/v1/desk/rule-set", Map.of("outcomes", Map.of("OVER_QUOTA", "MAYBE")))
                            .problemFields())
                    .containsExactly("outcomes.OVER_QUOTA");
            assertThat(admin.put("/api/v1/desk/rule-set", Map.of("outcomes", Map.of("DANCING", "CASE")))
                            .problemFields())
                    .containsExactly("outcomes.DANCING");
            assertThat(admin.put("/api/v1/desk/rule-set", Map.of("parameters", Map.of("TCE_TOLERANCE_PERCENT", 80)))
                            .problemFields())
                    .containsExactly("parameters.TCE_TOLERANCE_PERCENT");
            assertThat(admin.put("/api/v1/desk/rule-set", Map.of("parameters", Map.of("GUESS_PERCENT", 3)))
                            .problemFields())
                    .containsExactly("parameters.GUESS_PERCENT");
            Map<String, Object> nullValue = new HashMap<>();
            nullValue.put("TCE_TOLERANCE_PERCENT", null);
            assertThat(admin.put("/api/v1/desk/rule-set", Map.of("parameters", nullValue))
                            .problemFields())
                    .containsExactly("parameters.TCE_TOLERANCE_PERCENT");
            Api.Response notANumber =
                    admin.put("/api/v1/desk/rule-set", Map.of("parameters", Map.of("TCE_TOLERANCE_PERCENT", "五")));
            assertThat(notANumber.status()).as(notANumber.body()).isEqualTo(422);
            assertThat(notANumber.problemFields()).containsExactly("parameters.TCE_TOLERANCE_PERCENT");
            Api.Response mixed = admin.put(
                    "/api/v1/desk/rule-set",
                    Map.of(
                            "outcomes",
                            Map.of("OVER_QUOTA", "FLAG"),
                            "parameters",
                            Map.of("TCE_TOLERANCE_PERCENT", -1)));
            assertThat(mixed.problemFields())
                    .as("a good choice does not slip through beside a bad one")
                    .containsExactly("parameters.TCE_TOLERANCE_PERCENT");
            JsonNode unchanged = ok(supervisor.get("/api/v1/desk/rule-set"));
            assertThat(unchanged.path("rules").findValuesAsText("overridden")).containsOnly("false");
            assertThat(unchanged.path("parameters").findValuesAsText("overridden"))
                    .containsOnly("false");

            // the province makes over-quota a flag, turns the audit cycle off and allows 6% on the declared total
            JsonNode set = ok(admin.put(
                    "/api/v1/desk/rule-set",
                    Map.of(
                            "outcomes",
                            Map.of("OVER_QUOTA", "FLAG", "ABOVE_BASELINE", "FLAG", "AUDIT_OVERDUE", "OFF"),
                            "parameters",
                            Map.of("TCE_TOLERANCE_PERCENT", 6))));
            JsonNode rule = find(set.path("rules"), "OVER_QUOTA");
            assertThat(rule.path("outcome").asText()).isEqualTo("FLAG");
            assertThat(rule.path("defaultOutcome").asText()).isEqualTo("CASE");
            assertThat(rule.path("overridden").asBoolean()).isTrue();
            JsonNode tolerance = find(set.path("parameters"), "TCE_TOLERANCE_PERCENT");
            assertThat(tolerance.path("value").decimalValue()).isEqualByComparingTo("6");
            assertThat(tolerance.path("defaultValue").decimalValue()).isEqualByComparingTo("2");
            assertThat(tolerance.path("source").asText()).contains("省级");
            assertThat(find(ok(supervisor.get("/api/v1/desk/rule-set")).path("rules"), "OVER_QUOTA")
                            .path("outcome")
                            .asText())
                    .as("every agency user of the province reads the set in force")
                    .isEqualTo("FLAG");

            // the live check already applies the province's tolerance
            JsonNode live = ok(enterprise.post(path + "/check", overQuota));
            JsonNode declared = verdict(live.path("verdicts"), "TCE_DECLARED");
            assertThat(declared.path("outcome").asText()).isEqualTo("PASS");
            assertThat(declared.path("basis").findValuesAsText("standard")).contains("省级设定");

            // the correction is screened by the province's rules: no case signal left, a medium risk
            Map<String, Object> corrected = content(energy(10_000, 5_000_000), List.of(clinker(118.5)), null, 8_145.4);
            ok(enterprise.post(path + "/submit", Map.of("content", corrected, "reason", "熟料单耗更正")));
            JsonNode after = screening(supervisor, world.enterpriseUscc());
            assertThat(after.path("id").asLong()).isEqualTo(before.path("id").asLong());
            assertThat(after.path("riskClass").asText()).isEqualTo("MEDIUM");
            assertThat(after.path("caseCandidate").asBoolean()).isFalse();
            assertThat(after.path("ruleSet").asText()).startsWith("53");
            assertThat(outcomes(after)).containsEntry("OVER_QUOTA", "FLAG").doesNotContainKey("TCE_MISMATCH");
        } finally {
            Api.Response reset = admin.put("/api/v1/desk/rule-set", Map.of());
            assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        }
        assertThat(ok(supervisor.get("/api/v1/desk/rule-set")).path("rules").findValuesAsText("overridden"))
                .containsOnly("false");
    }

    // ---------------------------------------------------------------- data centres

    @Test
    void a_data_centres_pue_is_graded_against_gb_40879_and_a_new_large_one_against_the_target_of_1_3() {
        clock.set(MARCH_2026);
        String dc = unit("110105", false);
        Api enterprise = Api.as(port, users.enterpriseUser(dc, "110105"));
        String path = reportPath(dc);

        // a new large data centre (2023, 5,000 racks) at PUE 1.45 in 北京: grade 3 of GB 40879 (unconfirmed), the
        // 1.3 target missed (a policy: a flag), and 北京's differential price above 1.35
        JsonNode filed = ok(enterprise.post(
                path + "/submit", Map.of("content", content(energy(0, 80_000_000), List.of(), dataCentre(1.45)))));
        JsonNode grade = verdict(filed.path("verdicts"), "PUE_GRADE");
        assertThat(grade.path("value").decimalValue()).isEqualByComparingTo("1.45");
        assertThat(grade.path("grade").asInt()).isEqualTo(3);
        assertThat(grade.path("threshold").decimalValue()).as("the 能效限定值").isEqualByComparingTo("1.50");
        assertThat(grade.path("outcome").asText()).isEqualTo("PASS");
        assertThat(grade.path("unconfirmed").asBoolean())
                .as("grade values 1 and 3 of GB 40879 are unconfirmed and said so")
                .isTrue();
        assertThat(grade.path("basis").findValuesAsText("standard")).anyMatch(r -> r.contains("GB 40879"));
        JsonNode target = verdict(filed.path("verdicts"), "PUE_TARGET");
        assertThat(target.path("outcome").asText()).isEqualTo("SIGNAL");
        assertThat(target.path("signal").asText()).isEqualTo("PUE_ABOVE_TARGET");
        assertThat(target.path("threshold").decimalValue()).isEqualByComparingTo("1.3");
        assertThat(target.path("message").asText()).contains("1.45", "1.3", "不作违法认定");
        assertThat(sources(target)).anyMatch(s -> s.contains("工信部联节〔2022〕76号"));
        JsonNode price = verdict(filed.path("verdicts"), "TARIFF");
        assertThat(price.path("level").asText()).isEqualTo("DATA_CENTRE_BEIJING");
        assertThat(price.path("signal").asText()).isEqualTo("TARIFF_APPLIES");
        assertThat(price.path("threshold").decimalValue()).isEqualByComparingTo("1.35");
        assertThat(price.path("message").asText()).contains("2026", "不计费");
        assertThat(sources(price)).anyMatch(s -> s.contains("chinastarmarket.cn"));

        Api supervisor = Api.as(port, users.create(Role.SUPERVISOR, "110105"));
        JsonNode screened = screening(supervisor, dc);
        assertThat(outcomes(screened))
                .containsEntry("PUE_ABOVE_TARGET", "FLAG")
                .containsEntry("TARIFF_APPLIES", "FLAG")
                .doesNotContainKey("PUE_ABOVE_LIMIT");
        assertThat(screened.path("riskClass").asText()).isEqualTo("MEDIUM");

        // above the 1.5 限定值: the mandatory standard's signal, resting on an unconfirmed value
        JsonNode over =
                ok(enterprise.post(path + "/check", content(energy(0, 80_000_000), List.of(), dataCentre(1.6))));
        JsonNode limit = verdict(over.path("verdicts"), "PUE_GRADE");
        assertThat(limit.path("outcome").asText()).isEqualTo("SIGNAL");
        assertThat(limit.path("signal").asText()).isEqualTo("PUE_ABOVE_LIMIT");
        assertThat(limit.path("unconfirmed").asBoolean()).isTrue();

        // 1.25 is grade 2, better than the target, and below 北京's price line; "not grade 1" rests on the unconfirmed
        // 1.20 of grade 1, so the grade says so too
        JsonNode good =
                ok(enterprise.post(path + "/check", content(energy(0, 80_000_000), List.of(), dataCentre(1.25))));
        JsonNode second = verdict(good.path("verdicts"), "PUE_GRADE");
        assertThat(second.path("grade").asInt()).isEqualTo(2);
        assertThat(second.path("threshold").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(second.path("unconfirmed").asBoolean()).isTrue();
        assertThat(verdict(good.path("verdicts"), "PUE_TARGET").path("outcome").asText())
                .isEqualTo("PASS");
        assertThat(good.path("verdicts").findValuesAsText("check")).doesNotContain("TARIFF");

        // the PUE from the two electricity totals when it is not given
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("totalElectricityKwh", 70_000_000);
        totals.put("itElectricityKwh", 50_000_000);
        totals.put("standardRacks", 800);
        totals.put("commissionedYear", 2018);
        JsonNode computed = ok(enterprise.post(path + "/check", content(energy(0, 70_000_000), List.of(), totals)));
        assertThat(verdict(computed.path("verdicts"), "PUE_GRADE").path("value").decimalValue())
                .isEqualByComparingTo("1.4");
        assertThat(computed.path("verdicts").findValuesAsText("check"))
                .as("an old small data centre is not held to the new large ones' target")
                .doesNotContain("PUE_TARGET");
    }

    // ---------------------------------------------------------------- electricity prices

    @Test
    void the_tiered_and_punitive_prices_of_aluminium_cement_and_steel_are_shown_with_their_sources() {
        clock.set(MARCH_2026);
        String plant = unit("110108", false);
        Api enterprise = Api.as(port, users.enterpriseUser(plant, "110108"));

        // clinker electricity 75 kWh/t, 14 over the 61 limit of GB 16780-2021: cement's tiered price, the upper band
        Map<String, Object> cement = product("CEMENT_CLINKER", "COMPREHENSIVE_ELECTRICITY", 75, "kWh/t");
        cement.put("conditions", Map.of("altitudeMeters", 200));
        // aluminium liquid at 13,400 kWh/t: within its quota, but 100 over the 13,300 line of the tiered price (2026)
        Map<String, Object> aluminium =
                product("ELECTROLYTIC_ALUMINIUM", "LIQUID_ALUMINIUM_COMPREHENSIVE_AC_POWER", 13_400, "kWh/t");
        JsonNode checked = ok(enterprise.post(
                reportPath(plant) + "/check", content(energy(10_000, 5_000_000), List.of(cement, aluminium), null)));
        List<JsonNode> prices = all(checked.path("verdicts"), "TARIFF");
        JsonNode cementPrice = byLevel(prices, "CEMENT_TIERED");
        assertThat(cementPrice.path("field").asText()).isEqualTo("products[0].value");
        assertThat(cementPrice.path("value").decimalValue()).isEqualByComparingTo("75");
        assertThat(cementPrice.path("threshold").decimalValue())
                .as("the band starts 10 kWh/t over the 61 limit")
                .isEqualByComparingTo("71");
        assertThat(cementPrice.path("message").asText()).contains("2026", "0.2");
        assertThat(sources(cementPrice)).anyMatch(s -> s.contains("发改价格〔2016〕75号"));
        assertThat(cementPrice.path("unconfirmed").asBoolean()).isTrue();
        assertThat(prices)
                .as("cement has its own rule: the general punitive price does not apply twice")
                .noneMatch(p -> p.path("level").asText().equals("QUOTA_PUNITIVE"));
        JsonNode aluminiumPrice = byLevel(prices, "ALUMINIUM_TIERED");
        assertThat(aluminiumPrice.path("field").asText()).isEqualTo("products[1].value");
        assertThat(aluminiumPrice.path("message").asText()).contains("13300", "0.05");
        assertThat(aluminiumPrice.path("threshold").decimalValue()).isEqualByComparingTo("13300");
        assertThat(sources(aluminiumPrice)).anyMatch(s -> s.contains("发改价格〔2021〕1239号"));
        assertThat(verdictAt(checked.path("verdicts"), "QUOTA_GRADE", "products[1].value")
                        .path("outcome")
                        .asText())
                .as("within the aluminium quota")
                .isEqualTo("PASS");

        // steel: the 2025 edition of GB 21256 is in force from July 2026 — for 2025 the grade is left to a person
        Map<String, Object> furnace = product("STEEL_BLAST_FURNACE", "PROCESS_ENERGY", 450, "kgce/t");
        furnace.put("conditions", Map.of("burdenIronGradePercent", 62));
        JsonNode steel2025 =
                ok(enterprise.post(reportPath(plant) + "/check", content(energy(10_000, 0), List.of(furnace), null)));
        assertThat(verdict(steel2025.path("verdicts"), "QUOTA_GRADE")
                        .path("outcome")
                        .asText())
                .isEqualTo("PENDING");
        assertThat(steel2025.path("verdicts").findValuesAsText("check")).doesNotContain("TARIFF");
        // for 2026: 450 over the 415 limit, the punitive price within twice the quota, its amount the province's
        clock.set(Instant.parse("2027-03-01T02:00:00Z"));
        enterprise = Api.as(port, users.enterpriseUser(plant, "110108"));
        JsonNode steel2026 = ok(enterprise.post(
                "/api/v1/desk/reports/" + plant + "/2026/check", content(energy(10_000, 0), List.of(furnace), null)));
        assertThat(verdict(steel2026.path("verdicts"), "QUOTA_GRADE")
                        .path("signal")
                        .asText())
                .isEqualTo("OVER_QUOTA");
        JsonNode punitive = verdict(steel2026.path("verdicts"), "TARIFF");
        assertThat(punitive.path("level").asText()).isEqualTo("QUOTA_PUNITIVE");
        assertThat(punitive.path("threshold").decimalValue())
                .as("the 415 limit")
                .isEqualByComparingTo("415");
        assertThat(punitive.path("message").asText()).contains("2027", "价格主管部门");
        assertThat(sources(punitive)).anyMatch(s -> s.contains("发改价格〔2010〕978号"));
    }

    // ---------------------------------------------------------------- helpers

    /** The agency of {@code region} (made once), for the users created in that region. */
    String agencyOf(String region, String name) {
        if (agencies.findByRegion(region).isEmpty()) {
            Agency.Tier tier = region.endsWith("0000") ? Agency.Tier.PROVINCE : Agency.Tier.CITY;
            agencies.insert(new AgencyMapper.AgencyInsert(name, region, tier));
        }
        return region;
    }

    String unit(String county, boolean key) {
        EnterpriseForm form = anEnterprise().inRegion(county).keyEnergyUnit(key).build();
        enterprises.insert(form, key);
        return form.uscc();
    }

    static String reportPath(String uscc) {
        return "/api/v1/desk/reports/" + uscc + "/2025";
    }

    static String status(Api api, String uscc) {
        return ok(api.get(reportPath(uscc))).path("status").asText();
    }

    static List<Map<String, Object>> energy(double coalTonnes, double kwh) {
        List<Map<String, Object>> energy = new ArrayList<>();
        if (coalTonnes > 0) {
            energy.add(Map.of("energyType", "RAW_COAL", "quantity", coalTonnes, "unit", "t"));
        }
        if (kwh > 0) {
            energy.add(Map.of("energyType", "ELECTRICITY", "quantity", kwh, "unit", "kWh"));
        }
        return energy;
    }

    static Map<String, Object> product(String product, String indicator, double value, String unit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("product", product);
        p.put("indicator", indicator);
        p.put("value", value);
        p.put("unit", unit);
        return p;
    }

    static Map<String, Object> clinker(double kgce) {
        Map<String, Object> p = product("CEMENT_CLINKER", "COMPREHENSIVE_ENERGY", kgce, "kgce/t");
        p.put("conditions", Map.of("altitudeMeters", 200));
        return p;
    }

    static Map<String, Object> dataCentre(double pue) {
        return Map.of("pue", pue, "standardRacks", 5_000, "commissionedYear", 2023);
    }

    static Map<String, Object> content(
            List<Map<String, Object>> energy, List<Map<String, Object>> products, Map<String, Object> dataCentre) {
        return content(energy, products, dataCentre, null);
    }

    static Map<String, Object> content(
            List<Map<String, Object>> energy,
            List<Map<String, Object>> products,
            Map<String, Object> dataCentre,
            Double declared) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("basic", Map.of("unitName", "测试单位", "managerFiled", true, "lastAuditYear", 2024));
        content.put("energy", energy);
        if (declared != null) {
            content.put("declaredTotalTce", declared);
        }
        content.put("products", products);
        if (dataCentre != null) {
            content.put("dataCentre", dataCentre);
        }
        return content;
    }

    /** One row of the province's batch: raw coal in t, electricity in 万kWh, clinker's comprehensive consumption. */
    static Map<String, String> batchRow(String uscc, String coal, String electricity, String clinker) {
        Map<String, String> row = new HashMap<>();
        row.put("统一社会信用代码", uscc);
        row.put("单位名称", "批量导入测试单位");
        row.put("原煤（t）", coal);
        row.put("电力（万kWh）", electricity);
        row.put("能源管理负责人已备案（是/否）", "是");
        row.put("最近能源审计年份", "2024");
        row.put("产品1", "CEMENT_CLINKER");
        row.put("指标1", "COMPREHENSIVE_ENERGY");
        row.put("单位产品能耗1", clinker);
        row.put("修正条件1", "altitudeMeters=200");
        return row;
    }

    /** The batch template with {@code rows} filled in under its header, cell by column title. */
    static byte[] batch(byte[] template, List<Map<String, String>> rows) throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            Sheet sheet = workbook.getSheet("报告汇总");
            List<String> titles = titles(sheet);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = new ArrayList<>();
                for (String title : titles) {
                    cells.add(rows.get(r).get(title));
                }
                Workbooks.fill(row, cells);
            }
            return Workbooks.toBytes(workbook);
        }
    }

    static String letter(byte[] template, String title) throws Exception {
        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            int i = titles(workbook.getSheet("报告汇总")).indexOf(title);
            assertThat(i).as(title).isNotNegative();
            return org.apache.poi.ss.util.CellReference.convertNumToColString(i);
        }
    }

    static List<String> titles(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            titles.add(cell.getStringCellValue());
        }
        return titles;
    }

    static JsonNode screening(Api agency, String uscc) {
        for (JsonNode item :
                ok(agency.get("/api/v1/desk/screenings?year=2025&size=200")).path("items")) {
            if (item.path("uscc").asText().equals(uscc)) {
                return ok(
                        agency.get("/api/v1/desk/screenings/" + item.path("id").asLong()));
            }
        }
        throw new AssertionError("no screening of " + uscc);
    }

    static Map<String, String> outcomes(JsonNode screening) {
        Map<String, String> outcomes = new HashMap<>();
        screening
                .path("signals")
                .forEach(s ->
                        outcomes.put(s.path("code").asText(), s.path("outcome").asText()));
        return outcomes;
    }

    static JsonNode verdict(JsonNode verdicts, String check) {
        List<JsonNode> found = all(verdicts, check);
        assertThat(found).as("a %s verdict in %s", check, verdicts).isNotEmpty();
        return found.getFirst();
    }

    static JsonNode verdictAt(JsonNode verdicts, String check, String field) {
        for (JsonNode v : all(verdicts, check)) {
            if (v.path("field").asText().equals(field)) {
                return v;
            }
        }
        throw new AssertionError("no " + check + " of " + field + " in " + verdicts);
    }

    static List<JsonNode> all(JsonNode verdicts, String check) {
        List<JsonNode> found = new ArrayList<>();
        verdicts.forEach(v -> {
            if (v.path("check").asText().equals(check)) {
                found.add(v);
            }
        });
        return found;
    }

    static JsonNode byLevel(List<JsonNode> verdicts, String level) {
        return verdicts.stream()
                .filter(v -> v.path("level").asText().equals(level))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + level + " in " + verdicts));
    }

    static JsonNode find(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no " + code + " in " + rows);
    }

    static List<String> sources(JsonNode verdict) {
        List<String> sources = new ArrayList<>();
        verdict.path("basis")
                .forEach(b -> sources.add(
                        b.path("standard").asText() + " " + b.path("source").asText()));
        return sources;
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
