package cn.energyinspect.app.bench;

import static cn.energyinspect.app.support.EnterpriseBuilder.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.Workbooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Excel figures, printed as {@code BENCH spreadsheet:} lines: importing 5,000 enterprises (validate, then all in
 * one transaction) and exporting 5,000 cases. Only the work is asserted. Skipped unless asked for:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='SpreadsheetBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SpreadsheetBenchmark {
    static final int ROWS = 5_000;

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import_5000_enterprises() {
        Api supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330100"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String uscc = freshUscc("330106");
            rows.add(List.of(uscc, "基准导入" + uscc.substring(8, 16) + "有限公司", "330106", "C3011", "3200.5", "2025"));
        }
        byte[] file = Workbooks.aWorkbook()
                .header("统一社会信用代码", "企业名称", "行政区划代码", "行业代码", "年综合能耗（吨标准煤）", "能耗年份")
                .rows(rows)
                .bytes();
        print("import file %d rows, %d KB", ROWS, file.length / 1024);

        long start = System.nanoTime();
        Api.Response validated = supervisor.upload("/api/v1/enterprises/import?mode=validate", "b.xlsx", file);
        print("import validate %d rows: %d ms", ROWS, millisSince(start));
        assertThat(validated.json().path("valid").asInt()).as(validated.body()).isEqualTo(ROWS);

        start = System.nanoTime();
        Api.Response imported = supervisor.upload("/api/v1/enterprises/import?mode=all", "b.xlsx", file);
        print("import all %d rows (one transaction): %d ms", ROWS, millisSince(start));
        assertThat(imported.json().path("imported").asInt()).as(imported.body()).isEqualTo(ROWS);
    }

    @Test
    void export_5000_cases() {
        CaseWorld.World world = worlds.create("330106");
        long template = jdbc.queryForObject("SELECT MIN(id) FROM checklist_template", Long.class);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            cases.add(new Object[] {"基准〔2026〕第" + i + "号", world.agencyId(), i, world.enterpriseUscc(), template});
        }
        jdbc.batchUpdate(
                "INSERT INTO inspection_case (case_number, agency_id, case_year, sequence_no, enterprise_uscc,"
                        + " region_code, case_trigger, inspection_type, status, template_id, opened_by)"
                        + " VALUES (?, ?, 2026, ?, ?, '330106', 'MANUAL', 'ON_SITE', 'OPENED', ?, 'bench')",
                cases);
        Api supervisor = Api.as(port, world.supervisor());
        String path = "/api/v1/cases/export.xlsx?enterprise=" + world.enterpriseUscc();

        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Api.Download export = supervisor.download(path);
            print("export %d cases run %d: %d ms, %d KB", ROWS, run, millisSince(start), export.bytes().length / 1024);
            assertThat(Workbooks.read(export.bytes(), 0)).hasSize(ROWS + 1);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCH spreadsheet: " + String.format(Locale.ROOT, format, args));
    }
}
