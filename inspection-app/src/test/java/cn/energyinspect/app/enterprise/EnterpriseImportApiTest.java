package cn.energyinspect.app.enterprise;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static cn.energyinspect.app.support.EnterpriseBuilder.freshUscc;
import static cn.energyinspect.app.support.Workbooks.aWorkbook;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/v1/enterprises/import}: an Excel list checked row by row with the register's own rules. */
@IntegrationTest
class EnterpriseImportApiTest {
    private static final String IMPORT = "/api/v1/enterprises/import";
    private static final String[] HEADER = {
        "统一社会信用代码", "企业名称", "行政区划代码", "行业代码", "年综合能耗（吨标准煤）", "能耗年份", "重点用能单位", "联系人", "联系电话"
    };

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    Api citySupervisor;

    @BeforeEach
    void signIn() {
        citySupervisor = Api.as(port, users.create(Role.SUPERVISOR, "330100"));
    }

    @Test
    void a_valid_file_registers_every_row_audited_listed_and_searchable() {
        List<String[]> rows = List.of(valid("330106"), valid("330110"), valid("330106"));

        Api.Response response = upload(citySupervisor, "all", sheet(rows));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("rows").asInt()).isEqualTo(3);
        assertThat(report.path("valid").asInt()).isEqualTo(3);
        assertThat(report.path("invalid").asInt()).isZero();
        assertThat(report.path("imported").asInt()).isEqualTo(3);
        assertThat(report.path("mode").asText()).isEqualTo("all");
        assertThat(report.path("errors")).isEmpty();
        for (String[] row : rows) {
            JsonNode enterprise =
                    citySupervisor.get("/api/v1/enterprises/" + row[0]).json();
            assertThat(enterprise.path("name").asText()).isEqualTo(row[1]);
            assertThat(enterprise.path("annualEnergyTce").decimalValue()).isEqualByComparingTo("3200.5");
            assertThat(enterprise.path("energyYear").asInt()).isEqualTo(2025);
            assertThat(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'enterprise' AND entity_id = ?", row[0]))
                    .as("audited like a single registration")
                    .isEqualTo(1);
        }
        JsonNode listed = citySupervisor
                .get("/api/v1/enterprises?nameContains=" + enc(rows.get(1)[1]))
                .json();
        assertThat(listed.path("totalItems").asLong()).isEqualTo(1);
        rows.forEach(row -> awaitSearchable(row[0]));
    }

    @Test
    void with_mode_all_two_bad_rows_import_nothing_and_the_report_names_their_rows_and_fields() {
        String[] good1 = valid("330106");
        String[] badCode = valid("330106");
        badCode[0] = wrongCheckCharacter(badCode[0]);
        String[] good2 = valid("330106");
        String[] badIndustry = valid("330106");
        badIndustry[3] = "X99";

        Api.Response response = upload(citySupervisor, "all", sheet(List.of(good1, badCode, good2, badIndustry)));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:validation-failed");
        JsonNode problem = response.json();
        assertThat(problem.path("imported").asInt()).isZero();
        assertThat(problem.path("invalid").asInt()).isEqualTo(2);
        assertThat(errors(problem))
                .as("Excel's row numbers: the header is row 1")
                .containsExactly("3/uscc/统一社会信用代码", "5/industryCode/行业代码");
        assertThat(problem.at("/errors/0/message").asText()).contains("统一社会信用代码无效");
        for (String[] row : List.of(good1, badCode, good2, badIndustry)) {
            assertThat(registered(row[0])).as("nothing changed").isFalse();
        }
    }

    @Test
    void with_mode_valid_only_the_valid_rows_are_registered_and_the_others_reported() {
        String[] good1 = valid("330106");
        String[] noName = valid("330106");
        noName[1] = "";
        String[] good2 = valid("330106");

        Api.Response response = upload(citySupervisor, "validOnly", sheet(List.of(good1, noName, good2)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("imported").asInt()).isEqualTo(2);
        assertThat(response.json().path("invalid").asInt()).isEqualTo(1);
        assertThat(errors(response.json())).containsExactly("3/name/企业名称");
        assertThat(registered(good1[0])).isTrue();
        assertThat(registered(good2[0])).isTrue();
        assertThat(registered(noName[0])).isFalse();
    }

    @Test
    void validating_reports_without_registering() {
        String[] row = valid("330106");

        Api.Response response = citySupervisor.upload(IMPORT, "list.xlsx", sheet(List.<String[]>of(row)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("mode").asText()).isEqualTo("validate");
        assertThat(response.json().path("valid").asInt()).isEqualTo(1);
        assertThat(response.json().path("imported").asInt()).isZero();
        assertThat(registered(row[0])).isFalse();
    }

    @Test
    void a_code_twice_in_the_file_or_already_registered_is_an_error_on_those_rows() {
        String[] first = valid("330106");
        String[] other = valid("330106");
        String[] again = valid("330106");
        again[0] = first[0];
        String existing = freshUscc("330106");
        citySupervisor.post(
                "/api/v1/enterprises",
                anEnterprise().withUscc(existing).inRegion("330106").build());
        String[] known = valid("330106");
        known[0] = existing;

        Api.Response response = upload(citySupervisor, "validOnly", sheet(List.of(first, other, again, known)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(errors(response.json())).containsExactly("2/uscc/统一社会信用代码", "4/uscc/统一社会信用代码", "5/uscc/统一社会信用代码");
        assertThat(response.json().at("/errors/0/message").asText()).contains("第 4 行");
        assertThat(response.json().at("/errors/1/message").asText()).contains("第 2 行");
        assertThat(response.json().at("/errors/2/message").asText()).contains("已登记");
        assertThat(response.json().path("imported").asInt()).isEqualTo(1);
        assertThat(registered(first[0])).isFalse();
        assertThat(registered(other[0])).isTrue();
    }

    @Test
    void a_county_supervisor_cannot_import_into_a_neighbouring_county_and_an_inspector_cannot_import_at_all() {
        Api county = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
        String[] own = valid("330106");
        String[] neighbour = valid("330110");

        Api.Response response = upload(county, "validOnly", sheet(List.of(own, neighbour)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(errors(response.json())).containsExactly("3/regionCode/行政区划代码");
        assertThat(response.json().at("/errors/0/message").asText()).contains("管辖范围");
        assertThat(registered(neighbour[0])).isFalse();

        Api inspector = Api.as(port, users.create(Role.INSPECTOR, "330106"));
        String[] row = valid("330106");
        Api.Response refused = upload(inspector, "all", sheet(List.<String[]>of(row)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(registered(row[0])).isFalse();
    }

    @Test
    void a_file_that_is_no_workbook_is_refused_whatever_its_name() {
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.US_ASCII);
        Api.Response response = citySupervisor.upload(IMPORT + "?mode=all", "企业名录.xlsx", pdf);

        assertThat(response.status()).as(response.body()).isEqualTo(415);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:unsupported-media-type");
        assertThat(response.problemFields()).containsExactly("file");

        Api.Response notAWorkbook = citySupervisor.upload(IMPORT, "list.xlsx", Workbooks.zipBomb(1));
        assertThat(notAWorkbook.status()).as(notAWorkbook.body()).isEqualTo(415);
    }

    @Test
    void a_zip_bomb_and_an_oversized_file_are_too_large_not_server_errors() {
        Api.Response bomb = citySupervisor.upload(IMPORT, "bomb.xlsx", Workbooks.zipBomb(200));
        assertThat(bomb.status()).as(bomb.body()).isEqualTo(413);
        assertThat(bomb.problemFields()).containsExactly("file");

        byte[] big = new byte[6 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        Api.Response oversized = citySupervisor.upload(IMPORT, "big.xlsx", big);
        assertThat(oversized.status()).as(oversized.body()).isEqualTo(413);
    }

    @Test
    void a_sheet_without_data_rows_or_without_a_required_column_is_refused() {
        Api.Response empty = citySupervisor.upload(
                IMPORT, "empty.xlsx", aWorkbook().header(HEADER).bytes());
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(empty.problemFields()).containsExactly("file");

        Api.Response missing = citySupervisor.upload(
                IMPORT,
                "missing.xlsx",
                aWorkbook().header("企业名称", "备注").row("某公司", "x").bytes());
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().path("detail").asText())
                .contains("备注")
                .contains("统一社会信用代码")
                .contains("行业代码");
    }

    @Test
    void english_field_names_work_as_headers() {
        String[] row = valid("330106");
        byte[] file = aWorkbook()
                .header("uscc", "name", "regionCode", "industryCode")
                .row(row[0], row[1], row[2], row[3])
                .bytes();

        Api.Response response = upload(citySupervisor, "all", file);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(registered(row[0])).isTrue();
    }

    @Test
    void the_downloaded_template_filled_in_with_excel_imports() throws Exception {
        Api.Download template = citySupervisor.download(IMPORT + "/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(template.contentDisposition()).contains("filename*=UTF-8''");
        List<List<String>> help = Workbooks.read(template.bytes(), 1);
        assertThat(help).extracting(r -> r.get(0)).contains("统一社会信用代码", "重点用能单位");

        String[] first = valid("330106");
        String[] second = valid("330110");
        byte[] filled;
        try (XSSFWorkbook workbook = Workbooks.open(template.bytes())) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> titles = new ArrayList<>();
            sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).startsWith("统一社会信用代码", "企业名称", "行政区划代码");
            int n = 1;
            for (String[] row : List.of(first, second)) {
                Workbooks.fill(sheet.createRow(n++), inTemplateOrder(titles, row));
            }
            sheet.getRow(2).getCell(titles.indexOf("年综合能耗（吨标准煤）")).setCellValue(12000);
            sheet.getRow(2).getCell(titles.indexOf("能耗年份")).setCellValue(2025);
            filled = Workbooks.toBytes(workbook);
        }

        Api.Response response = upload(citySupervisor, "all", filled);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("imported").asInt()).isEqualTo(2);
        JsonNode keyUnit =
                citySupervisor.get("/api/v1/enterprises/" + second[0]).json();
        assertThat(keyUnit.path("annualEnergyTce").decimalValue())
                .as("a number cell is read as its value")
                .isEqualByComparingTo("12000");
        assertThat(keyUnit.path("keyEnergyUnit").asBoolean())
                .as("12,000 tce is a key unit by law")
                .isTrue();
    }

    private static List<String> inTemplateOrder(List<String> titles, String[] row) {
        List<String> cells = new ArrayList<>();
        for (String title : titles) {
            int i = List.of(HEADER).indexOf(title);
            cells.add(i < 0 ? null : row[i]);
        }
        return cells;
    }

    private Api.Response upload(Api api, String mode, byte[] file) {
        return api.upload(IMPORT + "?mode=" + mode, "企业名录.xlsx", file);
    }

    /** A row that passes every rule, in the order of {@link #HEADER}. */
    private static String[] valid(String region) {
        String uscc = freshUscc(region);
        return new String[] {
            uscc,
            "导入测试" + uscc.substring(8, 16) + "节能有限公司",
            region,
            "C3011",
            "3200.5",
            "2025",
            "",
            "张三",
            "0571-88886666"
        };
    }

    private static byte[] sheet(List<String[]> rows) {
        Workbooks workbook = aWorkbook().header(HEADER);
        rows.forEach(workbook::row);
        return workbook.bytes();
    }

    private static String wrongCheckCharacter(String uscc) {
        return uscc.substring(0, 17) + (uscc.endsWith("0") ? "1" : "0");
    }

    private static List<String> errors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.path("errors")
                .forEach(e -> errors.add(e.path("row").asInt() + "/"
                        + e.path("field").asText() + "/" + e.path("column").asText()));
        return errors;
    }

    private boolean registered(String uscc) {
        return count("SELECT COUNT(*) FROM enterprise WHERE uscc = ?", uscc) == 1;
    }

    private long count(String sql, String arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private void awaitSearchable(String uscc) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Api.Response hits = citySupervisor.get("/api/v1/search?type=ENTERPRISE&q=" + uscc);
            if (hits.status() == 200 && hits.body().contains(uscc)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("enterprise " + uscc + " not searchable within 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
